package io.scaffold.orchestrator.runs;

import static io.scaffold.orchestrator.runs.SqlTime.instant;
import static io.scaffold.orchestrator.runs.SqlTime.ts;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The {@code events} table: a run's event log. A new entry is published as a
 * {@link RunEvent} application event once the transaction that recorded it commits, so
 * listeners never see an event that was rolled back.
 */
@Repository
public class RunEventLog {

    private final JdbcClient jdbc;

    private final ObjectMapper json;

    private final ApplicationEventPublisher publisher;

    RunEventLog(JdbcClient jdbc, ObjectMapper json, ApplicationEventPublisher publisher) {
        this.jdbc = jdbc;
        this.json = json;
        this.publisher = publisher;
    }

    /**
     * Appends an event, of the type its data says, unless one of the same type and
     * {@code dedupKey} is already recorded for the run.
     * @return true when the event is new
     */
    @Transactional
    public boolean append(UUID runId, String dedupKey, RunEventData data, Instant at) {
        EventType type = data.type();
        String payloadJson = toJson(data);
        // Engine keys in dedupKey repeat across the process instances of a resumed run
        // (V11): each instance after the first keeps its own keys.
        Optional<Long> id = jdbc.sql("""
                insert into events (run_id, type, dedup_key, payload, occurred_at)
                select id, ?, case when resumptions = 0 then ? else resumptions || '/' || ? end, cast(? as jsonb), ?
                from runs where id = ?
                on conflict (run_id, type, dedup_key) do nothing
                returning id""")
            .params(type.name(), dedupKey, dedupKey, payloadJson, ts(at), runId)
            .query(Long.class)
            .optional();
        id.ifPresent(key -> publishAfterCommit(new RunEvent(key, runId, type, payloadJson, at)));
        return id.isPresent();
    }

    public List<RunEvent> forRun(UUID runId) {
        return forRun(runId, 0);
    }

    /** The run's events with a sequence number above {@code after}, in order. */
    public List<RunEvent> forRun(UUID runId, long after) {
        return jdbc.sql("select * from events where run_id = ? and id > ? order by id")
            .params(runId, after)
            .query((rs, i) -> new RunEvent(rs.getLong("id"), runId, EventType.valueOf(rs.getString("type")),
                    rs.getString("payload"), instant(rs, "occurred_at")))
            .list();
    }

    private void publishAfterCommit(RunEvent event) {
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                publisher.publishEvent(event);
            }
        });
    }

    private String toJson(RunEventData payload) {
        try {
            return json.writeValueAsString(payload);
        }
        catch (JsonProcessingException e) {
            throw new IllegalArgumentException("event payload is not serialisable: " + payload, e);
        }
    }

}
