package io.scaffold.orchestrator.runs;

import static io.scaffold.orchestrator.runs.SqlTime.instant;
import static io.scaffold.orchestrator.runs.SqlTime.ts;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The {@code runs} table. Every write is idempotent: a job that is retried or delivered
 * twice finds the run already in the state it would set and changes nothing.
 */
@Repository
public class RunRepository {

    private final JdbcClient jdbc;

    RunRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void insert(Run run) {
        jdbc.sql("""
                insert into runs (id, organization, created_by, application_name, spec_file, spec_format,
                                  automation_level, status, output_dir, created_at)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
            .params(run.id(), run.organization(), run.createdBy(), run.applicationName(), run.specFile(),
                    run.specFormat(), run.automationLevel(), run.status().name(), run.outputDir(), ts(run.createdAt()))
            .update();
    }

    /** Removes a run that never got a process instance, with everything stored for it. */
    public void delete(UUID id) {
        jdbc.sql("delete from runs where id = ? and process_instance_key is null").param(id).update();
    }

    /** The run's (new) process instance: STARTING becomes RUNNING. */
    public void attachProcessInstance(UUID id, long processInstanceKey) {
        jdbc.sql("update runs set process_instance_key = ?, status = 'RUNNING' where id = ? and status = 'STARTING'")
            .params(processInstanceKey, id)
            .update();
    }

    /**
     * Ends a run once: the first of completion, failure and cancellation wins.
     * @return true when this call ended it
     */
    public boolean finish(UUID id, RunStatus status, String reason, Instant at) {
        return jdbc.sql("""
                update runs set status = ?, failure_reason = ?, completed_at = ?
                where id = ? and status in ('STARTING', 'RUNNING', 'INTERRUPTED')""")
            .params(status.name(), reason, ts(at), id)
            .update() == 1;
    }

    /** Runs whose process instance should be running (STARTING or RUNNING). */
    public List<Run> inFlight() {
        return jdbc.sql("select * from runs where status in ('STARTING', 'RUNNING') order by created_at")
            .query(RunRepository::run)
            .list();
    }

    /**
     * Marks an in-flight run INTERRUPTED: its process instance is gone.
     * @return true when this call marked it
     */
    public boolean interrupt(UUID id) {
        return jdbc.sql("update runs set status = 'INTERRUPTED' where id = ? and status in ('STARTING', 'RUNNING')")
            .param(id)
            .update() == 1;
    }

    /**
     * Takes an INTERRUPTED run for a new process instance: STARTING again, one more
     * resumption (so the new instance's engine keys are kept apart from the old one's).
     * {@link #attachProcessInstance} then makes it RUNNING; {@link #interrupt} gives it
     * back when the instance cannot be created.
     * @return false when the run is not INTERRUPTED (any more)
     */
    public boolean claimForResumption(UUID id) {
        return jdbc.sql("""
                update runs set status = 'STARTING', resumptions = resumptions + 1
                where id = ? and status = 'INTERRUPTED'""").param(id).update() == 1;
    }

    public Optional<Run> find(UUID id) {
        return jdbc.sql("select * from runs where id = ?").param(id).query(RunRepository::run).optional();
    }

    /** Runs of an organisation, newest first; {@code status} may be null for all. */
    public List<Run> list(String organization, RunStatus status, int page, int size) {
        return jdbc.sql("""
                select * from runs
                where (cast(:org as varchar) is null or organization = :org)
                  and (cast(:status as varchar) is null or status = :status)
                order by created_at desc, id
                limit :size offset :offset""")
            .param("org", organization)
            .param("status", status == null ? null : status.name())
            .param("size", size)
            .param("offset", (long) page * size)
            .query(RunRepository::run)
            .list();
    }

    public long count(String organization, RunStatus status) {
        return jdbc.sql("""
                select count(*) from runs
                where (cast(:org as varchar) is null or organization = :org)
                  and (cast(:status as varchar) is null or status = :status)""")
            .param("org", organization)
            .param("status", status == null ? null : status.name())
            .query(Long.class)
            .single();
    }

    /** The evaluation that last rejected a run, for its failure reason. */
    public Optional<GateRejection> lastRejection(UUID runId) {
        return jdbc.sql("""
                select gate_id, attempt, score, threshold, reason, decision, decided_by, comment
                from gate_evaluations
                where run_id = ? and (verdict = 'REJECT' or decision = 'reject')
                order by evaluated_at desc limit 1""")
            .param(runId)
            .query((rs, i) -> new GateRejection(rs.getString("gate_id"), rs.getInt("attempt"),
                    rs.getBigDecimal("score"), rs.getBigDecimal("threshold"), rs.getString("reason"),
                    rs.getString("decision"), rs.getString("decided_by"), rs.getString("comment")))
            .optional();
    }

    private static Run run(ResultSet rs, int row) throws SQLException {
        long key = rs.getLong("process_instance_key");
        return new Run(rs.getObject("id", UUID.class), rs.getString("organization"), rs.getString("created_by"),
                rs.getString("application_name"), rs.getString("spec_file"), rs.getString("spec_format"),
                rs.getString("automation_level"), RunStatus.valueOf(rs.getString("status")), rs.wasNull() ? null : key,
                rs.getString("output_dir"), rs.getString("failure_reason"), instant(rs, "created_at"),
                instant(rs, "completed_at"));
    }

}
