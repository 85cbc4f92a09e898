package io.scaffold.orchestrator.runs;

import static io.scaffold.orchestrator.runs.SqlTime.instant;
import static io.scaffold.orchestrator.runs.SqlTime.ts;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The {@code agent_tasks} table: the jobs the application's workers handled, one row per
 * job.
 */
@Repository
public class JobExecutionRepository {

    private final JdbcClient jdbc;

    JobExecutionRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Records that a worker started a job; a retried job updates its row.
     * @return the attempt: 1 for the first delivery of the job, counting up with each
     * retry
     */
    public int started(long jobKey, UUID runId, String jobType, String phaseId, Instant at) {
        return jdbc.sql("""
                insert into agent_tasks (job_key, run_id, job_type, phase_id, attempt, outcome, started_at)
                values (?, ?, ?, ?, 1, 'RUNNING', ?)
                on conflict (job_key) do update
                  set attempt = agent_tasks.attempt + 1, outcome = 'RUNNING', error = null,
                      started_at = excluded.started_at, duration_ms = null
                returning attempt""").params(jobKey, runId, jobType, phaseId, ts(at)).query(Integer.class).single();
    }

    public void finished(long jobKey, String outcome, String error, long durationMs) {
        jdbc.sql("update agent_tasks set outcome = ?, error = ?, duration_ms = ? where job_key = ?")
            .params(outcome, error, durationMs, jobKey)
            .update();
    }

    public List<JobExecution> forRun(UUID runId) {
        return jdbc.sql("""
                select job_key, job_type, phase_id, attempt, outcome, error, started_at, duration_ms
                from agent_tasks where run_id = ? order by started_at, job_key""").param(runId).query((rs, i) -> {
            long duration = rs.getLong("duration_ms");
            return new JobExecution(rs.getLong("job_key"), rs.getString("job_type"), rs.getString("phase_id"),
                    rs.getInt("attempt"), rs.getString("outcome"), rs.getString("error"), instant(rs, "started_at"),
                    rs.wasNull() ? null : duration);
        }).list();
    }

}
