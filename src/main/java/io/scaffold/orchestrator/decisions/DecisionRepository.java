package io.scaffold.orchestrator.decisions;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.scaffold.orchestrator.domain.decision.Decision;
import io.scaffold.orchestrator.domain.decision.DecisionKind;
import io.scaffold.orchestrator.domain.decision.DecisionSource;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The {@code decisions} table: every version of every decision of a run. Rows are only
 * added; the primary key (run, decision, version) makes a second writer of the same
 * version fail instead of duplicating it.
 */
@Repository
class DecisionRepository {

    private static final TypeReference<List<String>> STRINGS = new TypeReference<>() {
    };

    private final JdbcClient jdbc;

    private final ObjectMapper json;

    DecisionRepository(JdbcClient jdbc, ObjectMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    /**
     * @return false when that version of the decision is stored already (another worker
     * stored it first)
     */
    boolean insert(UUID runId, DecisionVersion stored) {
        Decision d = stored.decision();
        return jdbc.sql("""
                insert into decisions (run_id, decision_id, version, revision, kind, subject, question, options, chosen,
                                       source, rationale, assumption, locked, changed_by, changed_at, reason,
                                       learned_from)
                values (?, ?, ?, ?, ?, ?, ?, cast(? as jsonb), ?, ?, ?, ?, ?, ?, ?, ?, ?)
                on conflict (run_id, decision_id, version) do nothing""")
            .params(runId, d.id(), stored.version(), stored.revision(), d.kind().name(), d.subject(), d.question(),
                    toJson(d.options()), d.chosen(), d.source().name(), d.rationale(), d.assumption(), d.locked(),
                    stored.changedBy(), Timestamp.from(stored.changedAt()), stored.reason(), d.learnedFrom())
            .update() == 1;
    }

    /** The latest version of each decision of a run, ordered by decision id. */
    List<DecisionVersion> current(UUID runId) {
        return jdbc.sql("""
                select distinct on (decision_id) * from decisions where run_id = ?
                order by decision_id, version desc""").param(runId).query(this::version).list();
    }

    Optional<DecisionVersion> current(UUID runId, String decisionId) {
        return jdbc.sql("select * from decisions where run_id = ? and decision_id = ? order by version desc limit 1")
            .params(runId, decisionId)
            .query(this::version)
            .optional();
    }

    /** Every version of one decision, oldest first. */
    List<DecisionVersion> history(UUID runId, String decisionId) {
        return jdbc.sql("select * from decisions where run_id = ? and decision_id = ? order by version")
            .params(runId, decisionId)
            .query(this::version)
            .list();
    }

    /**
     * What people of the run's organisation last chose in its other runs, for each
     * subject of the given kinds: the newest PERSON version per kind and subject,
     * subjects compared case-insensitively.
     */
    List<PersonChoice> personChoices(UUID runId, Collection<DecisionKind> kinds) {
        if (kinds.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("""
                select distinct on (d.kind, lower(d.subject)) d.kind, d.subject, d.chosen, d.run_id, d.changed_by,
                       d.changed_at
                from decisions d join runs r on r.id = d.run_id
                where d.source = 'PERSON' and d.run_id <> :run and d.kind in (:kinds)
                  and r.organization = (select organization from runs where id = :run)
                order by d.kind, lower(d.subject), d.changed_at desc, d.run_id""")
            .param("run", runId)
            .param("kinds", kinds.stream().map(Enum::name).toList())
            .query((rs, row) -> new PersonChoice(DecisionKind.valueOf(rs.getString("kind")), rs.getString("subject"),
                    rs.getString("chosen"), rs.getObject("run_id", UUID.class), rs.getString("changed_by"),
                    rs.getTimestamp("changed_at").toInstant()))
            .list();
    }

    /** A person's choice for a subject in a run. */
    record PersonChoice(DecisionKind kind, String subject, String chosen, UUID runId, String changedBy,
            Instant changedAt) {
    }

    /** The number of the run's current decision set; 0 when it has none. */
    int revision(UUID runId) {
        return jdbc.sql("select coalesce(max(revision), 0) from decisions where run_id = ?")
            .param(runId)
            .query(Integer.class)
            .single();
    }

    private DecisionVersion version(ResultSet rs, int row) throws SQLException {
        Decision decision = new Decision(rs.getString("decision_id"), DecisionKind.valueOf(rs.getString("kind")),
                rs.getString("subject"), rs.getString("question"), fromJson(rs.getString("options")),
                rs.getString("chosen"), DecisionSource.valueOf(rs.getString("source")), rs.getString("rationale"),
                rs.getBoolean("assumption"), rs.getBoolean("locked"), rs.getObject("learned_from", UUID.class));
        return new DecisionVersion(decision, rs.getInt("version"), rs.getInt("revision"), rs.getString("changed_by"),
                rs.getTimestamp("changed_at").toInstant(), rs.getString("reason"));
    }

    private String toJson(List<String> options) {
        try {
            return json.writeValueAsString(options);
        }
        catch (JsonProcessingException e) {
            throw new IllegalStateException("decision options are not serialisable", e);
        }
    }

    private List<String> fromJson(String options) {
        try {
            return json.readValue(options, STRINGS);
        }
        catch (JsonProcessingException e) {
            throw new IllegalStateException("stored decision options are not a JSON list of strings: " + options, e);
        }
    }

}
