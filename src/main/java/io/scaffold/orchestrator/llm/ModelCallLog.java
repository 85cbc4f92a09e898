package io.scaffold.orchestrator.llm;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The audit trail of model calls (table {@code model_calls}). */
@Repository
public class ModelCallLog {

    /** How many calls of a run ended how, per agent and provider. */
    public record Count(AgentRole agent, String provider, ModelCallOutcome outcome, long calls) {
    }

    private final JdbcClient jdbc;

    ModelCallLog(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Records a call; its texts must already be redacted. */
    void insert(ModelCall call) {
        jdbc.sql(
                """
                        insert into model_calls (id, question_id, run_id, agent, provider, model, template_id, template_version, attempt,
                                                 prompt, response, input_tokens, output_tokens, latency_ms, cost_usd,
                                                 outcome, error, called_at)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
            .params(call.id(), call.questionId(), call.runId(), call.agent().key(), call.provider(), call.model(),
                    call.templateId(), call.templateVersion(), call.attempt(), call.prompt(), call.response(),
                    call.inputTokens(), call.outputTokens(), call.latencyMs(), call.costUsd(), call.outcome().name(),
                    call.error(), Timestamp.from(call.calledAt()))
            .update();
    }

    /**
     * Links the calls made for a question before its run existed (the requirements
     * analysis at intake) to the run.
     * @param callId any call made for the question
     */
    void assignRun(UUID callId, UUID runId) {
        jdbc.sql("""
                update model_calls set run_id = ?
                where run_id is null and question_id = (select question_id from model_calls where id = ?)""")
            .params(runId, callId)
            .update();
    }

    /** A run's calls in the order they were made. */
    public List<ModelCall> forRun(UUID runId) {
        return jdbc.sql("select * from model_calls where run_id = ? order by called_at, attempt, id")
            .param(runId)
            .query((rs, i) -> call(rs))
            .list();
    }

    /** A run's calls counted per agent, provider and outcome. */
    public List<Count> counts(UUID runId) {
        return jdbc.sql("""
                select agent, provider, outcome, count(*) as calls from model_calls where run_id = ?
                group by agent, provider, outcome order by agent, provider, outcome""")
            .param(runId)
            .query((rs, i) -> new Count(AgentRole.fromKey(rs.getString("agent")), rs.getString("provider"),
                    ModelCallOutcome.valueOf(rs.getString("outcome")), rs.getLong("calls")))
            .list();
    }

    private static ModelCall call(ResultSet rs) throws SQLException {
        return new ModelCall(rs.getObject("id", UUID.class), rs.getObject("question_id", UUID.class),
                rs.getObject("run_id", UUID.class), AgentRole.fromKey(rs.getString("agent")), rs.getString("provider"),
                rs.getString("model"), rs.getString("template_id"), rs.getInt("template_version"), rs.getInt("attempt"),
                rs.getString("prompt"), rs.getString("response"), (Integer) rs.getObject("input_tokens"),
                (Integer) rs.getObject("output_tokens"), rs.getLong("latency_ms"),
                rs.getObject("cost_usd", BigDecimal.class), ModelCallOutcome.valueOf(rs.getString("outcome")),
                rs.getString("error"), rs.getTimestamp("called_at").toInstant());
    }

}
