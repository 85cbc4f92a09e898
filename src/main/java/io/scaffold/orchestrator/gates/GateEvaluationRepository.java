package io.scaffold.orchestrator.gates;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.scaffold.orchestrator.contract.ApprovalDecision;
import io.scaffold.orchestrator.contract.GateOutcome;
import io.scaffold.orchestrator.contract.GateVerdict;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Gate evaluations, one row per gate attempt; a repeated job finds its row and changes
 * nothing.
 */
@Repository
public class GateEvaluationRepository {

    private static final TypeReference<List<GateEvaluation.Criterion>> CRITERIA = new TypeReference<>() {
    };

    private final JdbcClient jdbc;

    private final ObjectMapper json;

    GateEvaluationRepository(JdbcClient jdbc, ObjectMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    /**
     * @return true when the evaluation was new
     */
    boolean insert(GateEvaluation e) {
        return jdbc.sql("""
                insert into gate_evaluations (run_id, gate_id, attempt, phase_id, score, threshold, verdict, reason,
                                              criteria, decided_by, evaluated_at)
                values (?, ?, ?, ?, ?, ?, ?, ?, cast(? as jsonb), ?, ?)
                on conflict (run_id, gate_id, attempt) do nothing""")
            .params(e.runId(), e.gateId(), e.attempt(), e.phaseId(), e.score(), e.threshold(), e.verdict(), e.reason(),
                    toJson(e.criteria()), e.decidedBy(), Timestamp.from(e.evaluatedAt()))
            .update() == 1;
    }

    /**
     * @return true when this call recorded the decision
     */
    boolean decide(UUID runId, String gateId, int attempt, String decision, String decidedBy, String comment,
            Instant at) {
        return jdbc.sql("""
                update gate_evaluations set decision = ?, decided_by = ?, comment = ?, decided_at = ?
                where run_id = ? and gate_id = ? and attempt = ? and decision is null""")
            .params(decision, decidedBy, comment, Timestamp.from(at), runId, gateId, attempt)
            .update() == 1;
    }

    /**
     * Notes who completed the approval task while the decision is not yet recorded (a
     * repeated job writes the same name again).
     */
    void recordApprover(UUID runId, String gateId, int attempt, String approver) {
        jdbc.sql("""
                update gate_evaluations set decided_by = ?
                where run_id = ? and gate_id = ? and attempt = ? and decision is null""")
            .params(approver, runId, gateId, attempt)
            .update();
    }

    /** Who completed the approval task, once {@link #recordApprover} noted it. */
    Optional<String> approver(UUID runId, String gateId, int attempt) {
        return jdbc.sql("""
                select decided_by from gate_evaluations
                where run_id = ? and gate_id = ? and attempt = ? and decision is null and decided_by <> ?""")
            .params(runId, gateId, attempt, GateService.PENDING)
            .query(String.class)
            .optional();
    }

    public List<GateEvaluation> forRun(UUID runId) {
        return jdbc.sql("select * from gate_evaluations where run_id = ? order by evaluated_at, gate_id, attempt")
            .param(runId)
            .query(this::evaluation)
            .list();
    }

    /**
     * The last attempt recorded of each gate of a run (gate id → attempt), what a resumed
     * run's gates number their rounds after.
     */
    public Map<String, Integer> lastAttempts(UUID runId) {
        Map<String, Integer> attempts = new LinkedHashMap<>();
        jdbc.sql(
                "select gate_id, max(attempt) from gate_evaluations where run_id = ? group by gate_id order by gate_id")
            .param(runId)
            .query((RowCallbackHandler) rs -> attempts.put(rs.getString(1), rs.getInt(2)));
        return attempts;
    }

    /**
     * The final outcome of every gate of a run decided so far (gate id → outcome of its
     * last attempt).
     */
    public Map<String, GateOutcome> outcomes(UUID runId) {
        Map<String, GateOutcome> outcomes = new LinkedHashMap<>();
        forRun(runId).forEach(e -> outcomes.put(e.gateId(), e.outcome()));
        return outcomes;
    }

    /**
     * Share of evaluations that no person had to decide (0..1; 1 when there are none).
     * @param organization the organisation whose runs count, or null for all
     */
    public double automationRate(String organization) {
        return jdbc
            .sql("select coalesce(avg(case when g.decided_by = 'dmn' then 1.0 else 0.0 end), 1.0) " + OF_ORGANIZATION)
            .param("org", organization)
            .query(Double.class)
            .single();
    }

    /**
     * Share of gate evaluations that passed (on their own or approved); null when there
     * are none.
     * @param organization the organisation whose runs count, or null for all
     */
    public Double passRate(String organization) {
        return jdbc.sql("select avg(" + PASSED + ") " + OF_ORGANIZATION)
            .param("org", organization)
            .query(Double.class)
            .optional()
            .orElse(null);
    }

    /**
     * @param organization the organisation whose runs count, or null for all
     */
    public Map<String, Double> passRateByGate(String organization) {
        Map<String, Double> rates = new LinkedHashMap<>();
        jdbc.sql("select g.gate_id, avg(" + PASSED + ") as rate " + OF_ORGANIZATION
                + " group by g.gate_id order by g.gate_id")
            .param("org", organization)
            .query(rs -> {
                rates.put(rs.getString("gate_id"), rs.getDouble("rate"));
            });
        return rates;
    }

    /**
     * The rules that found most, gate by gate: for each gate its {@code top} rule ids by
     * number of findings (ties by rule id), with the runs they affected.
     * @param organization the organisation whose runs count, or null for all
     */
    public Map<String, List<RuleFrequency>> frequentRules(String organization, int top) {
        Map<String, List<RuleFrequency>> byGate = new LinkedHashMap<>();
        jdbc.sql("""
                select gate_id, rule_id, findings, runs from (
                    select g.gate_id, f ->> 'ruleId' as rule_id, count(*) as findings,
                           count(distinct g.run_id) as runs,
                           row_number() over (partition by g.gate_id order by count(*) desc, f ->> 'ruleId') as rank
                    from gate_evaluations g join runs r on r.id = g.run_id
                         cross join lateral jsonb_array_elements(g.criteria) c
                         cross join lateral jsonb_array_elements(
                             case when jsonb_typeof(c -> 'findings') = 'array' then c -> 'findings'
                                  else '[]'::jsonb end) f
                    where (cast(:org as varchar) is null or r.organization = :org)
                    group by g.gate_id, f ->> 'ruleId') ranked
                where rank <= :top
                order by gate_id, rank""").param("org", organization).param("top", top).query(rs -> {
            byGate.computeIfAbsent(rs.getString("gate_id"), gate -> new ArrayList<>())
                .add(new RuleFrequency(rs.getString("rule_id"), rs.getLong("findings"), rs.getLong("runs")));
        });
        byGate.replaceAll((gate, rules) -> List.copyOf(rules));
        return byGate;
    }

    /**
     * The evaluations of one organisation's runs, or of all runs when {@code :org} is
     * null.
     */
    private static final String OF_ORGANIZATION = """
            from gate_evaluations g join runs r on r.id = g.run_id
            where (cast(:org as varchar) is null or r.organization = :org)""";

    /** {@link GateOutcome#passed()} in SQL. */
    private static final String PASSED = "case when g.verdict in ('" + GateVerdict.PASS + "', '" + GateVerdict.CONCERNS
            + "') or g.decision = '" + ApprovalDecision.APPROVE.wire() + "' then 1.0 else 0.0 end";

    private GateEvaluation evaluation(ResultSet rs, int row) throws SQLException {
        Timestamp decidedAt = rs.getTimestamp("decided_at");
        return new GateEvaluation(rs.getObject("run_id", UUID.class), rs.getString("gate_id"), rs.getInt("attempt"),
                rs.getString("phase_id"), rs.getBigDecimal("score"), rs.getBigDecimal("threshold"),
                rs.getString("verdict"), rs.getString("reason"), fromJson(rs.getString("criteria")),
                rs.getString("decision"), rs.getString("decided_by"), rs.getString("comment"),
                rs.getTimestamp("evaluated_at").toInstant(), decidedAt == null ? null : decidedAt.toInstant());
    }

    private String toJson(List<GateEvaluation.Criterion> criteria) {
        try {
            return json.writeValueAsString(criteria);
        }
        catch (JsonProcessingException e) {
            throw new IllegalArgumentException(e);
        }
    }

    private List<GateEvaluation.Criterion> fromJson(String text) {
        try {
            return json.readValue(text, CRITERIA);
        }
        catch (JsonProcessingException e) {
            throw new IllegalStateException("unreadable criteria in gate_evaluations", e);
        }
    }

}
