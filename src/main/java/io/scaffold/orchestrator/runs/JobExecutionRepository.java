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
     * Records that a worker started a job; a retried job updates its row. Job keys are
     * unique within one process instance of the run ({@code resumption}: the embedded
     * engine numbers keys afresh at each start, see V11).
     * @return the attempt: 1 for the first delivery of the job, counting up with each
     * retry
     */
    public int started(long jobKey, UUID runId, String jobType, String phaseId, Instant at) {
        return jdbc.sql("""
                insert into agent_tasks (job_key, run_id, resumption, job_type, phase_id, attempt, outcome, started_at)
                select ?, id, resumptions, ?, ?, 1, 'RUNNING', ? from runs where id = ?
                on conflict (run_id, resumption, job_key) do update
                  set attempt = agent_tasks.attempt + 1, outcome = 'RUNNING', error = null,
                      started_at = excluded.started_at, duration_ms = null
                returning attempt""")
            .params(jobKey, jobType, phaseId, ts(at), runId)
            .query(Integer.class)
            .optional()
            .orElseThrow(() -> new IllegalStateException("job " + jobType + " names run " + runId
                    + ", which this server does not know: was the run deleted while its process ran?"));
    }

    public void finished(UUID runId, long jobKey, String outcome, String error, long durationMs) {
        jdbc.sql("""
                update agent_tasks set outcome = ?, error = ?, duration_ms = ?
                where run_id = ? and job_key = ? and resumption = (select resumptions from runs where id = ?)""")
            .params(outcome, error, durationMs, runId, jobKey, runId)
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
