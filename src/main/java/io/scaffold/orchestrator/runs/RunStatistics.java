package io.scaffold.orchestrator.runs;

import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The read model behind the metrics summary: runs by status and how long runs and phases
 * take. Every query takes the organisation whose runs count, or null for all.
 */
@Repository
public class RunStatistics {

    private final JdbcClient jdbc;

    RunStatistics(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Map<RunStatus, Long> countByStatus(String organization) {
        Map<RunStatus, Long> counts = new EnumMap<>(RunStatus.class);
        jdbc.sql(
                "select status, count(*) as n from runs where (cast(:org as varchar) is null or organization = :org) group by status")
            .param("org", organization)
            .query(rs -> {
                counts.put(RunStatus.valueOf(rs.getString("status")), rs.getLong("n"));
            });
        return counts;
    }

    public Double averageRunDurationMs(String organization) {
        return jdbc.sql("""
                select avg(extract(epoch from (completed_at - created_at)) * 1000) from runs
                where status = 'COMPLETED' and (cast(:org as varchar) is null or organization = :org)""")
            .param("org", organization)
            .query(Double.class)
            .optional()
            .orElse(null);
    }

    /** The average duration of each completed phase, in the order phases first ran. */
    public Map<String, Double> averagePhaseDurationMs(String organization) {
        Map<String, Double> averages = new LinkedHashMap<>();
        jdbc.sql("""
                select p.phase_id, avg(extract(epoch from (p.completed_at - p.started_at)) * 1000) as ms
                from phases p join runs r on r.id = p.run_id
                where p.status = 'COMPLETED' and (cast(:org as varchar) is null or r.organization = :org)
                group by p.phase_id order by min(p.started_at)""").param("org", organization).query(rs -> {
            averages.put(rs.getString("phase_id"), rs.getDouble("ms"));
        });
        return averages;
    }

}
