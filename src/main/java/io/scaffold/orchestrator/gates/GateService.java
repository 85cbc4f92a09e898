package io.scaffold.orchestrator.gates;

import io.scaffold.orchestrator.artifacts.Artifact;
import io.scaffold.orchestrator.artifacts.ArtifactStore;
import io.scaffold.orchestrator.artifacts.Workspace;
import io.scaffold.orchestrator.contract.ApprovalDecision;
import io.scaffold.orchestrator.contract.GateOutcome;
import io.scaffold.orchestrator.contract.GateVerdict;
import io.scaffold.orchestrator.decisions.RunDecisions;
import io.scaffold.orchestrator.notifications.ApprovalNotice;
import io.scaffold.orchestrator.notifications.ApprovalNotifier;
import io.scaffold.orchestrator.runs.RunEventData;
import io.scaffold.orchestrator.runs.RunEventLog;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import io.scaffold.orchestrator.security.PublicServerProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;

/**
 * The Java side of a quality gate: scoring one criterion from the real output, and
 * recording what the gate decided. The policy itself (criteria, weights, threshold,
 * verdict) lives in DMN; nothing here decides.
 */
@Service
@EnableConfigurationProperties(PublicServerProperties.class)
public class GateService {

    /** Who decided a verdict that needed no person. */
    public static final String DMN = "dmn";

    /** decidedBy of a verdict waiting for a person. */
    static final String PENDING = "pending";

    private final CriterionValidators validators;

    private final GateEvaluationRepository evaluations;

    private final RunEventLog events;

    private final ArtifactStore artifacts;

    private final Workspace workspace;

    private final RunDecisions decisions;

    private final GateWaiverRepository waivers;

    private final String publicUrl;

    private final ApprovalNotifier notifier;

    GateService(CriterionValidators validators, GateEvaluationRepository evaluations, RunEventLog events,
            ArtifactStore artifacts, Workspace workspace, RunDecisions decisions, GateWaiverRepository waivers,
            PublicServerProperties server, ApprovalNotifier notifier) {
        this.validators = validators;
        this.evaluations = evaluations;
        this.events = events;
        this.artifacts = artifacts;
        this.workspace = workspace;
        this.decisions = decisions;
        this.waivers = waivers;
        this.publicUrl = server.publicUrl();
        this.notifier = notifier;
    }

    /**
     * Scores one criterion on the run's effective model, keeping only the proposed
     * decision changes that would change something.
     */
    public CriterionScore score(UUID runId, String criterion) {
        GateSubject subject = new GateSubject(runId.toString(), workspace.projectDir(runId),
                decisions.effectiveModel(runId), evaluations.outcomes(runId));
        return validators.score(criterion, subject).keepingProposals(change -> decisions.changes(runId, change));
    }

    /** Records the evaluation the gate process just made. */
    @Transactional
    public GateEvaluation recordEvaluation(UUID runId, EvaluationVariables variables) {
        GateVerdict verdict = variables.gateOutcome().verdict();
        String gateId = variables.gateId();
        String phaseId = variables.phaseId();
        int attempt = variables.attempt();
        GateEvaluation evaluation = new GateEvaluation(runId, gateId, attempt, phaseId,
                decimal(variables.gateOutcome().score()), decimal(variables.gateOutcome().threshold()), verdict.name(),
                variables.gateOutcome().reason(), criteria(variables), null,
                verdict == GateVerdict.APPROVAL_REQUIRED ? PENDING : DMN, null, Instant.now(), null);
        if (evaluations.insert(evaluation)) {
            RunEventData.GateResult result = RunEventData.GateResult.scored(gateId, phaseId, attempt,
                    evaluation.score(), evaluation.threshold(), verdict.name());
            RunEventData data = switch (verdict) {
                case PASS, CONCERNS -> new RunEventData.QualityGatePassed(result);
                case APPROVAL_REQUIRED -> new RunEventData.ApprovalRequested(result);
                case REWORK, REJECT -> new RunEventData.QualityGateFailed(result);
            };
            events.append(runId, gateId + "#" + attempt, data, evaluation.evaluatedAt());
        }
        return evaluation;
    }

    /**
     * Remembers who completed the approval task (Tasklist's assignee) until the decision
     * is recorded; a task completed without assignee (the API, the terminal) leaves
     * nothing to remember.
     */
    public void recordApprover(UUID runId, String gateId, int attempt, String assignee) {
        if (assignee != null && !assignee.isBlank()) {
            evaluations.recordApprover(runId, gateId, attempt, assignee);
        }
    }

    /**
     * @param decidedBy who the answer names (the API's caller, the terminal's user); when
     * blank, the user who completed the task in Tasklist ({@link #recordApprover}), else
     * "unknown"
     * @param waiver null unless the answer approved the gate below its threshold
     */
    @Transactional
    public void recordDecision(UUID runId, String gateId, int attempt, ApprovalDecision decision, String decidedBy,
            String comment, Waiver waiver, long elementInstanceKey) {
        Instant now = Instant.now();
        String who = decidedBy != null && !decidedBy.isBlank() ? decidedBy
                : evaluations.approver(runId, gateId, attempt).orElse("unknown");
        evaluations.decide(runId, gateId, attempt, decision.wire(), who, comment, now);
        RunEventData.ApprovalDecided decided = new RunEventData.ApprovalDecided(gateId, attempt, decision.wire(), who,
                comment);
        events.append(runId, Long.toString(elementInstanceKey), decided, now);
        if (decision == ApprovalDecision.APPROVE && waiver != null && waivers
            .insert(new GateWaiver(runId, gateId, attempt, waiver.reason(), waiver.expiresAt(), who, now))) {
            events.append(runId, gateId + "#" + attempt,
                    new RunEventData.GateWaived(gateId, attempt, waiver.reason(), waiver.expiresAt().toString(), who),
                    now);
        }
        RunEventData.GateResult result = RunEventData.GateResult.decided(decided);
        events.append(runId, gateId + "#" + attempt, new GateOutcome(GateVerdict.APPROVAL_REQUIRED, decision).passed()
                ? new RunEventData.QualityGatePassed(result) : new RunEventData.QualityGateFailed(result), now);
    }

    /** What an approver said to let a gate below its threshold through. */
    public record Waiver(String reason, LocalDate expiresAt) {
    }

    /** Reminds the gate's approver groups of an approval that waits too long. */
    public void remindApprovers(UUID runId, String gateId, String phaseId, List<String> approverGroups,
            long elementInstanceKey) {
        List<String> notified = notifier.notify(new ApprovalNotice(ApprovalNotice.Kind.REMINDER, runId, gateId, phaseId,
                approverGroups, approvalsLink(runId)));
        events.append(runId, Long.toString(elementInstanceKey), new RunEventData.ApprovalReminderSent(gateId, notified),
                Instant.now());
    }

    /** Tells the gate's escalation groups that the approval now waits for them. */
    public void escalate(UUID runId, String gateId, String phaseId, List<String> escalationGroups,
            long elementInstanceKey) {
        List<String> notified = notifier.notify(new ApprovalNotice(ApprovalNotice.Kind.ESCALATION, runId, gateId,
                phaseId, escalationGroups, approvalsLink(runId)));
        events.append(runId, Long.toString(elementInstanceKey), new RunEventData.ApprovalEscalated(gateId, notified),
                Instant.now());
    }

    private String approvalsLink(UUID runId) {
        return publicUrl + "/api/v1/processes/" + runId + "/approvals";
    }

    /** Links to the artifacts of the gate's phase, for the approval form. */
    public List<Map<String, String>> artifactLinks(GateEvaluation evaluation) {
        List<Map<String, String>> links = new ArrayList<>();
        for (Artifact a : artifacts.latest(evaluation.runId())) {
            if (a.phaseId().equals(evaluation.phaseId())) {
                links.add(Map.of("title", a.path() + " (v" + a.version() + ")", "url",
                        publicUrl + "/api/v1/processes/" + a.runId() + "/artifacts/" + a.path()));
            }
        }
        return links;
    }

    private static List<GateEvaluation.Criterion> criteria(EvaluationVariables variables) {
        Map<String, Double> weights = new HashMap<>();
        variables.gate().criteria().forEach(c -> weights.put(c.name(), c.weight()));
        return variables.criteriaResults()
            .stream()
            .map(r -> new GateEvaluation.Criterion(r.name(), weights.getOrDefault(r.name(), 0.0), r.score(),
                    r.findings() == null ? List.of() : r.findings()))
            .toList();
    }

    private static BigDecimal decimal(BigDecimal value) {
        return value.setScale(4, RoundingMode.HALF_UP);
    }

}
