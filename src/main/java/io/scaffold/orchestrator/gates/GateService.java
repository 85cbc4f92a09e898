package io.scaffold.orchestrator.gates;

import io.scaffold.orchestrator.artifacts.Artifact;
import io.scaffold.orchestrator.artifacts.ArtifactStore;
import io.scaffold.orchestrator.artifacts.DomainModels;
import io.scaffold.orchestrator.artifacts.Workspace;
import io.scaffold.orchestrator.runs.EventType;
import io.scaffold.orchestrator.runs.RunRepository;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import io.scaffold.orchestrator.security.PublicServerProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;

/**
 * The Java side of a quality gate: scoring one criterion from the real output, and recording what the gate
 * decided. The policy itself (criteria, weights, threshold, verdict) lives in DMN; nothing here decides.
 */
@Service
@EnableConfigurationProperties(PublicServerProperties.class)
public class GateService {

    /** Who decided a verdict that needed no person. */
    public static final String DMN = "dmn";

    private final CriterionValidators validators;
    private final GateEvaluationRepository evaluations;
    private final RunRepository runs;
    private final ArtifactStore artifacts;
    private final Workspace workspace;
    private final DomainModels models;
    private final String publicUrl;

    GateService(CriterionValidators validators, GateEvaluationRepository evaluations, RunRepository runs,
                ArtifactStore artifacts, Workspace workspace, DomainModels models,
                PublicServerProperties server) {
        this.validators = validators;
        this.evaluations = evaluations;
        this.runs = runs;
        this.artifacts = artifacts;
        this.workspace = workspace;
        this.models = models;
        this.publicUrl = server.publicUrl();
    }

    public CriterionScore score(UUID runId, String criterion) {
        GateSubject subject = new GateSubject(runId.toString(), workspace.projectDir(runId), models.load(runId),
                evaluations.outcomes(runId));
        return validators.score(criterion, subject);
    }

    /**
     * Records the evaluation the gate process just made, from its variables ({@code gate}, {@code attempt},
     * {@code criteriaResults}, {@code gateOutcome}).
     */
    @Transactional
    public GateEvaluation recordEvaluation(UUID runId, String gateId, String phaseId, Map<String, Object> variables) {
        Map<String, Object> outcome = map(variables.get("gateOutcome"), "gateOutcome");
        Map<String, Object> gate = map(variables.get("gate"), "gate");
        int attempt = ((Number) variables.getOrDefault("attempt", 1)).intValue();
        String verdict = String.valueOf(outcome.get("verdict"));
        GateEvaluation evaluation = new GateEvaluation(runId, gateId, attempt, phaseId,
                decimal(outcome.get("score")), decimal(outcome.get("threshold")), verdict,
                criteria(gate, variables.get("criteriaResults")), null,
                "APPROVAL_REQUIRED".equals(verdict) ? "pending" : DMN, null, Instant.now(), null);
        if (evaluations.insert(evaluation)) {
            EventType type = switch (verdict) {
                case "PASS" -> EventType.QualityGatePassed;
                case "APPROVAL_REQUIRED" -> EventType.ApprovalRequested;
                default -> EventType.QualityGateFailed;
            };
            Map<String, Object> payload = new HashMap<>();
            payload.put("gate", gateId);
            payload.put("phase", phaseId);
            payload.put("attempt", attempt);
            payload.put("score", evaluation.score());
            payload.put("threshold", evaluation.threshold());
            payload.put("verdict", verdict);
            runs.appendEvent(runId, type, gateId + "#" + attempt, payload, evaluation.evaluatedAt());
        }
        return evaluation;
    }

    @Transactional
    public void recordDecision(UUID runId, String gateId, int attempt, String decision, String decidedBy,
                               String comment, long elementInstanceKey) {
        Instant now = Instant.now();
        String who = decidedBy == null || decidedBy.isBlank() ? "unknown" : decidedBy;
        evaluations.decide(runId, gateId, attempt, decision, who, comment, now);
        Map<String, Object> payload = new HashMap<>();
        payload.put("gate", gateId);
        payload.put("attempt", attempt);
        payload.put("decision", decision);
        payload.put("decidedBy", who);
        payload.put("comment", comment);
        runs.appendEvent(runId, EventType.ApprovalDecided, Long.toString(elementInstanceKey), payload, now);
        if ("approve".equals(decision)) {
            runs.appendEvent(runId, EventType.QualityGatePassed, gateId + "#" + attempt, payload, now);
        } else {
            runs.appendEvent(runId, EventType.QualityGateFailed, gateId + "#" + attempt, payload, now);
        }
    }

    public void remindApprovers(UUID runId, String gateId, long elementInstanceKey) {
        runs.appendEvent(runId, EventType.ApprovalReminderSent, Long.toString(elementInstanceKey),
                Map.of("gate", gateId), Instant.now());
    }

    public void escalate(UUID runId, String gateId, long elementInstanceKey) {
        runs.appendEvent(runId, EventType.ApprovalEscalated, Long.toString(elementInstanceKey),
                Map.of("gate", gateId), Instant.now());
    }

    /** Links to the artifacts of the gate's phase, for the approval form. */
    public List<Map<String, String>> artifactLinks(GateEvaluation evaluation) {
        List<Map<String, String>> links = new ArrayList<>();
        for (Artifact a : artifacts.latest(evaluation.runId())) {
            if (a.phaseId().equals(evaluation.phaseId())) {
                links.add(Map.of("title", a.path() + " (v" + a.version() + ")",
                        "url", publicUrl + "/api/v1/processes/" + a.runId() + "/artifacts/" + a.path()));
            }
        }
        return links;
    }

    private static List<GateEvaluation.Criterion> criteria(Map<String, Object> gate, Object results) {
        Map<String, Double> weights = new HashMap<>();
        for (Object c : list(gate.get("criteria"))) {
            Map<String, Object> criterion = map(c, "gate.criteria[]");
            weights.put(String.valueOf(criterion.get("name")), ((Number) criterion.get("weight")).doubleValue());
        }
        List<GateEvaluation.Criterion> criteria = new ArrayList<>();
        for (Object r : list(results)) {
            Map<String, Object> result = map(r, "criteriaResults[]");
            String name = String.valueOf(result.get("name"));
            List<String> findings = list(result.get("findings")).stream().map(Objects::toString).toList();
            criteria.add(new GateEvaluation.Criterion(name, weights.getOrDefault(name, 0.0),
                    ((Number) result.get("score")).doubleValue(), findings));
        }
        return criteria;
    }

    private static BigDecimal decimal(Object value) {
        return new BigDecimal(String.valueOf(value)).setScale(4, RoundingMode.HALF_UP);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Object value, String name) {
        if (value instanceof Map<?, ?> m) {
            return (Map<String, Object>) m;
        }
        throw new IllegalArgumentException("variable " + name + " is missing or not an object: " + value);
    }

    private static List<?> list(Object value) {
        return value instanceof List<?> l ? l : List.of();
    }
}
