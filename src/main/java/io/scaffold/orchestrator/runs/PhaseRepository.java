package io.scaffold.orchestrator.runs;

import static io.scaffold.orchestrator.runs.SqlTime.instant;
import static io.scaffold.orchestrator.runs.SqlTime.ts;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The {@code phases} table: one row per phase a run entered. Writes are idempotent, as
 * job deliveries repeat.
 */
@Repository
public class PhaseRepository {

    private final JdbcClient jdbc;

    PhaseRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * @return true when the phase was not recorded as started before
     */
    public boolean started(UUID runId, String phaseId, String name, Instant at) {
        return jdbc.sql("""
                insert into phases (run_id, phase_id, name, status, started_at) values (?, ?, ?, ?, ?)
                on conflict (run_id, phase_id) do nothing""")
            .params(runId, phaseId, name, PhaseStatus.RUNNING.name(), ts(at))
            .update() == 1;
    }

    /**
     * @return true when this call completed the phase
     */
    public boolean completed(UUID runId, String phaseId, Instant at) {
        return jdbc.sql("""
                update phases set status = ?, completed_at = ?
                where run_id = ? and phase_id = ? and status <> ?""")
            .params(PhaseStatus.COMPLETED.name(), ts(at), runId, phaseId, PhaseStatus.COMPLETED.name())
            .update() == 1;
    }

    public Optional<Instant> lastCompletedAt(UUID runId) {
        return jdbc.sql("select max(completed_at) from phases where run_id = ? and status = ?")
            .params(runId, PhaseStatus.COMPLETED.name())
            .query((rs, i) -> instant(rs, 1))
            .optional()
            .filter(Objects::nonNull);
    }

    /**
     * Ends the phases still running with {@code status} (FAILED or CANCELLED) when the
     * run ends early.
     */
    public void endRunning(UUID runId, PhaseStatus status, Instant at) {
        jdbc.sql("update phases set status = ?, completed_at = ? where run_id = ? and status = ?")
            .params(status.name(), ts(at), runId, PhaseStatus.RUNNING.name())
            .update();
    }

    public List<PhaseRecord> forRun(UUID runId) {
        return jdbc.sql("select * from phases where run_id = ? order by started_at, phase_id")
            .param(runId)
            .query((rs, i) -> new PhaseRecord(rs.getString("phase_id"), rs.getString("name"),
                    PhaseStatus.valueOf(rs.getString("status")), instant(rs, "started_at"),
                    instant(rs, "completed_at")))
            .list();
    }

}
