package io.scaffold.orchestrator.runs;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * Runs, their phases, the jobs their workers handled and their event log. Every write is idempotent: a
 * job that is retried or delivered twice finds its row already there and changes nothing.
 */
@Repository
public class RunRepository {

    private final JdbcClient jdbc;
    private final ObjectMapper json;
    private final ApplicationEventPublisher publisher;

    RunRepository(JdbcClient jdbc, ObjectMapper json, ApplicationEventPublisher publisher) {
        this.jdbc = jdbc;
        this.json = json;
        this.publisher = publisher;
    }

    // ---- runs

    public void insert(Run run) {
        jdbc.sql("""
                insert into runs (id, organization, created_by, application_name, spec_file, spec_format,
                                  automation_level, status, output_dir, created_at)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(run.id(), run.organization(), run.createdBy(), run.applicationName(), run.specFile(),
                        run.specFormat(), run.automationLevel(), run.status().name(), run.outputDir(),
                        ts(run.createdAt()))
                .update();
    }

    /** Removes a run that never got a process instance, with everything stored for it. */
    public void delete(UUID id) {
        jdbc.sql("delete from runs where id = ? and process_instance_key is null").param(id).update();
    }

    public void attachProcessInstance(UUID id, long processInstanceKey) {
        jdbc.sql("update runs set process_instance_key = ?, status = 'RUNNING' where id = ? and status = 'STARTING'")
                .params(processInstanceKey, id)
                .update();
    }

    /**
     * Ends a run once: the first of completion, failure and cancellation wins.
     *
     * @return true when this call ended it
     */
    public boolean finish(UUID id, RunStatus status, String reason, Instant at) {
        return jdbc.sql("""
                update runs set status = ?, failure_reason = ?, completed_at = ?
                where id = ? and status in ('STARTING', 'RUNNING')""")
                .params(status.name(), reason, ts(at), id)
                .update() == 1;
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

    /** @param organization the organisation whose runs count, or null for all */
    public Map<RunStatus, Long> countByStatus(String organization) {
        Map<RunStatus, Long> counts = new java.util.EnumMap<>(RunStatus.class);
        jdbc.sql("select status, count(*) as n from runs where (cast(:org as varchar) is null or organization = :org) group by status")
                .param("org", organization)
                .query(rs -> {
                    counts.put(RunStatus.valueOf(rs.getString("status")), rs.getLong("n"));
                });
        return counts;
    }

    /** Why the last rejecting gate of a run rejected it, for the failure message. */
    public Optional<String> lastRejection(UUID runId) {
        return jdbc.sql("""
                select gate_id, attempt, score, threshold, decision, decided_by, coalesce(comment, '') as comment
                from gate_evaluations
                where run_id = ? and (verdict = 'REJECT' or decision = 'reject')
                order by evaluated_at desc limit 1""")
                .param(runId)
                .query((rs, i) -> "reject".equals(rs.getString("decision"))
                        ? "gate " + rs.getString("gate_id") + " rejected the run: rejected by " + rs.getString("decided_by")
                                + (rs.getString("comment").isBlank() ? "" : ": " + rs.getString("comment"))
                        : "gate " + rs.getString("gate_id") + " rejected the run: score "
                                + rs.getBigDecimal("score").stripTrailingZeros().toPlainString() + " below the threshold "
                                + rs.getBigDecimal("threshold").stripTrailingZeros().toPlainString() + " after "
                                + rs.getInt("attempt") + " attempts")
                .optional();
    }

    /** @param organization the organisation whose runs count, or null for all */
    public Double averageRunDurationMs(String organization) {
        return jdbc.sql("""
                select avg(extract(epoch from (completed_at - created_at)) * 1000) from runs
                where status = 'COMPLETED' and (cast(:org as varchar) is null or organization = :org)""")
                .param("org", organization)
                .query(Double.class)
                .optional()
                .orElse(null);
    }

    /** @param organization the organisation whose runs count, or null for all */
    public Map<String, Double> averagePhaseDurationMs(String organization) {
        Map<String, Double> averages = new java.util.LinkedHashMap<>();
        jdbc.sql("""
                select p.phase_id, avg(extract(epoch from (p.completed_at - p.started_at)) * 1000) as ms
                from phases p join runs r on r.id = p.run_id
                where p.status = 'COMPLETED' and (cast(:org as varchar) is null or r.organization = :org)
                group by p.phase_id order by min(p.started_at)""")
                .param("org", organization)
                .query(rs -> {
                    averages.put(rs.getString("phase_id"), rs.getDouble("ms"));
                });
        return averages;
    }

    // ---- phases

    /** @return true when the phase was not recorded as started before */
    public boolean phaseStarted(UUID runId, String phaseId, String name, Instant at) {
        return jdbc.sql("""
                insert into phases (run_id, phase_id, name, status, started_at) values (?, ?, ?, 'RUNNING', ?)
                on conflict (run_id, phase_id) do nothing""")
                .params(runId, phaseId, name, ts(at))
                .update() == 1;
    }

    /** @return true when this call completed the phase */
    public boolean phaseCompleted(UUID runId, String phaseId, Instant at) {
        return jdbc.sql("""
                update phases set status = 'COMPLETED', completed_at = ?
                where run_id = ? and phase_id = ? and status <> 'COMPLETED'""")
                .params(ts(at), runId, phaseId)
                .update() == 1;
    }

    public Optional<Instant> lastPhaseCompletedAt(UUID runId) {
        return jdbc.sql("select max(completed_at) from phases where run_id = ? and status = 'COMPLETED'")
                .param(runId)
                .query((rs, i) -> instant(rs, 1))
                .optional()
                .filter(java.util.Objects::nonNull);
    }

    /** Marks the phases still running as failed or cancelled when the run ends early. */
    public void endRunningPhases(UUID runId, String status, Instant at) {
        jdbc.sql("update phases set status = ?, completed_at = ? where run_id = ? and status = 'RUNNING'")
                .params(status, ts(at), runId)
                .update();
    }

    public List<PhaseRecord> phases(UUID runId) {
        return jdbc.sql("select * from phases where run_id = ? order by started_at, phase_id")
                .param(runId)
                .query((rs, i) -> new PhaseRecord(rs.getString("phase_id"), rs.getString("name"),
                        rs.getString("status"), instant(rs, "started_at"), instant(rs, "completed_at")))
                .list();
    }

    // ---- agent tasks

    /**
     * Records that a worker started a job; a retried job updates its row.
     *
     * @return the attempt: 1 for the first delivery of the job, counting up with each retry
     */
    public int taskStarted(long jobKey, UUID runId, String jobType, String phaseId, Instant at) {
        return jdbc.sql("""
                insert into agent_tasks (job_key, run_id, job_type, phase_id, attempt, outcome, started_at)
                values (?, ?, ?, ?, 1, 'RUNNING', ?)
                on conflict (job_key) do update
                  set attempt = agent_tasks.attempt + 1, outcome = 'RUNNING', error = null,
                      started_at = excluded.started_at, duration_ms = null
                returning attempt""")
                .params(jobKey, runId, jobType, phaseId, ts(at))
                .query(Integer.class)
                .single();
    }

    public void taskFinished(long jobKey, String outcome, String error, long durationMs) {
        jdbc.sql("update agent_tasks set outcome = ?, error = ?, duration_ms = ? where job_key = ?")
                .params(outcome, error, durationMs, jobKey)
                .update();
    }

    public List<Map<String, Object>> tasks(UUID runId) {
        return jdbc.sql("""
                select job_key, job_type, phase_id, attempt, outcome, error, started_at, duration_ms
                from agent_tasks where run_id = ? order by started_at, job_key""")
                .param(runId)
                .query()
                .listOfRows();
    }

    // ---- events

    /**
     * Appends an event unless one of the same type and {@code dedupKey} is already recorded for the run.
     *
     * @return true when the event is new
     */
    @Transactional
    public boolean appendEvent(UUID runId, EventType type, String dedupKey, Map<String, ?> payload, Instant at) {
        String payloadJson = toJson(payload);
        Optional<Long> id = jdbc.sql("""
                insert into events (run_id, type, dedup_key, payload, occurred_at) values (?, ?, ?, cast(? as jsonb), ?)
                on conflict (run_id, type, dedup_key) do nothing
                returning id""")
                .params(runId, type.name(), dedupKey, payloadJson, ts(at))
                .query(Long.class)
                .optional();
        id.ifPresent(key -> publisher.publishEvent(new RunEvent(key, runId, type, payloadJson, at)));
        return id.isPresent();
    }

    public List<RunEvent> events(UUID runId) {
        return jdbc.sql("select * from events where run_id = ? order by id")
                .param(runId)
                .query((rs, i) -> new RunEvent(rs.getLong("id"), runId, EventType.valueOf(rs.getString("type")),
                        rs.getString("payload"), instant(rs, "occurred_at")))
                .list();
    }

    private String toJson(Map<String, ?> payload) {
        try {
            return json.writeValueAsString(payload);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("event payload is not serialisable: " + payload, e);
        }
    }

    private static Run run(ResultSet rs, int row) throws SQLException {
        long key = rs.getLong("process_instance_key");
        return new Run(rs.getObject("id", UUID.class), rs.getString("organization"), rs.getString("created_by"),
                rs.getString("application_name"), rs.getString("spec_file"), rs.getString("spec_format"),
                rs.getString("automation_level"), RunStatus.valueOf(rs.getString("status")),
                rs.wasNull() ? null : key, rs.getString("output_dir"), rs.getString("failure_reason"),
                instant(rs, "created_at"), instant(rs, "completed_at"));
    }

    static Timestamp ts(Instant instant) {
        return instant == null ? null : Timestamp.from(instant);
    }

    static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp t = rs.getTimestamp(column);
        return t == null ? null : t.toInstant();
    }

    private static Instant instant(ResultSet rs, int column) throws SQLException {
        Timestamp t = rs.getTimestamp(column);
        return t == null ? null : t.toInstant();
    }
}
