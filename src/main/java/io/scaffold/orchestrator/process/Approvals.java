package io.scaffold.orchestrator.process;

import com.fasterxml.jackson.annotation.JsonIgnore;
import io.camunda.client.api.command.ClientException;
import io.scaffold.orchestrator.contract.ApprovalDecision;
import io.scaffold.orchestrator.contract.ProcessVariables;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.scaffold.orchestrator.decisions.RunDecisions;
import io.scaffold.orchestrator.domain.decision.DecisionChange;
import io.scaffold.orchestrator.gates.OpenDecision;
import io.scaffold.orchestrator.gates.OpenDecisions;
import io.scaffold.orchestrator.gates.Scorecard;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;
import org.springframework.stereotype.Service;
import org.springframework.boot.context.properties.EnableConfigurationProperties;

/**
 * Gate approvals waiting for a person, and their answers. On a cluster people answer in
 * Tasklist; this service serves the terminal of {@code scaffold run} and the REST API, on
 * the embedded engine as on a cluster. Over the API only a member of one of the task's
 * candidate groups (or an administrator) may answer, and the person who started the run
 * may not approve its gates (four-eyes rule) unless
 * {@code scaffold.approvals.creator-may-approve=true}; the rule needs real identities, so
 * it does not apply to the single local user of an unsecured server.
 */
@Service
@EnableConfigurationProperties(ApprovalProperties.class)
public class Approvals {

    /**
     * The form of the approval tasks in bpmn/quality-gate.bpmn
     * (forms/gate-approval.form).
     */
    public static final String FORM_ID = "gate-approval";

    /** The process variables forms/gate-approval.form reads. */
    static final List<String> FORM_VARIABLES = List.of("gateId", "phaseId", "attempt", "gate", "gateOutcome",
            "criteriaResults", "openDecisions", "decisionChoices", "artifactLinks");

    static final List<String> VARIABLES = Stream.concat(Stream.of("runId"), FORM_VARIABLES.stream()).toList();

    private final UserTaskInbox inbox;

    private final UserTaskCompleter completer;

    private final ObjectMapper json;

    private final OpenDecisions openDecisions;

    private final RunDecisions decisions;

    private final boolean creatorMayApprove;

    private final int maxCommentLength;

    Approvals(UserTaskInbox inbox, UserTaskCompleter completer, ObjectMapper json, OpenDecisions openDecisions,
            RunDecisions decisions, ApprovalProperties properties) {
        this.inbox = inbox;
        this.completer = completer;
        this.json = json;
        this.openDecisions = openDecisions;
        this.decisions = decisions;
        this.creatorMayApprove = properties.creatorMayApprove();
        this.maxCommentLength = properties.maxCommentLength();
    }

    /**
     * Who answers an approval.
     *
     * @param groups the caller's groups (the token's {@code groups} claim), matched
     * against the task's candidate groups; an administrator (role {@code admin}) answers
     * any task
     * @param identified whether the identity was proven (a token), which the four-eyes
     * rule needs
     */
    public record Approver(String name, Set<String> groups, boolean admin, boolean identified) {
    }

    /**
     * A gate approval waiting for an answer, with what the approval form shows.
     *
     * @param openDecisions the decisions the approver is asked to look at (see
     * {@link OpenDecisions}), with their options and current values
     */
    public record PendingApproval(long userTaskKey, UUID runId, String gateId, String phaseId, int attempt, String task,
            List<String> candidateGroups, Scorecard scorecard, List<OpenDecision> openDecisions,
            List<ArtifactLink> artifactLinks, String formId, Map<String, Object> formVariables,
            @JsonIgnore OpenUserTask openTask) {
    }

    /**
     * A person's answer to an approval.
     *
     * @param decision approve, request-changes or reject
     * @param comment why; required to reject
     * @param decisionChanges the decisions to change, required to request changes
     * @param waiver required to approve a gate below its threshold, else absent
     */
    public record Answer(String decision, String comment, List<RequestedChange> decisionChanges, Waiver waiver) {

        public Answer {
            decisionChanges = decisionChanges == null ? List.of() : List.copyOf(decisionChanges);
        }

    }

    /** A new value an approver asks for: the decision's id and the value. */
    public record RequestedChange(String decisionId, String value) {
    }

    /**
     * Why a gate below its threshold is let through, and until when the waiver holds.
     */
    public record Waiver(String reason, LocalDate expiresAt) {
    }

    public List<PendingApproval> open(UUID runId) {
        List<OpenUserTask> tasks;
        try {
            tasks = inbox.list(VARIABLES);
        }
        catch (ClientException e) {
            throw new ApprovalsUnavailableException("the cluster did not answer the user task search (" + e.getMessage()
                    + "); a Camunda 8.6 cluster has no such API: answer the approval in Tasklist", e);
        }
        return tasks.stream()
            .filter(t -> !Clarifications.TASK.equals(t.elementId())
                    && runId.toString().equals(t.variables().get("runId")))
            .map(t -> pending(runId, t))
            .toList();
    }

    private PendingApproval pending(UUID runId, OpenUserTask task) {
        Map<String, Object> variables = task.variables();
        List<ArtifactLink> links = json.convertValue(variables.getOrDefault("artifactLinks", List.of()),
                json.getTypeFactory().constructCollectionType(List.class, ArtifactLink.class));
        String phaseId = (String) variables.get("phaseId");
        Scorecard scorecard = Scorecard.of(variables, json);
        return new PendingApproval(task.userTaskKey(), runId, (String) variables.get("gateId"), phaseId,
                ((Number) variables.getOrDefault("attempt", 1)).intValue(), task.elementId(), task.candidateGroups(),
                scorecard, openDecisions.of(runId, phaseId, scorecard.findings()), links, FORM_ID,
                UserTaskForms.variables(variables, FORM_VARIABLES), task);
    }

    /** The cluster cannot list user tasks (its search API is missing or failed). */
    public static class ApprovalsUnavailableException extends RuntimeException {

        ApprovalsUnavailableException(String message, Throwable cause) {
            super(message, cause);
        }

    }

    /**
     * The caller may not answer this approval: not a candidate, or the run's creator
     * approving its own gate.
     */
    public static class NotAnApproverException extends RuntimeException {

        NotAnApproverException(String message) {
            super(message);
        }

    }

    /**
     * Changes were requested with a comment alone, which only a language model could turn
     * into changes, and none is configured.
     */
    public static class CommentCannotBeAppliedException extends RuntimeException {

        CommentCannotBeAppliedException(String message) {
            super(message);
        }

    }

    /**
     * Answers an approval for a caller whose right to answer is checked first.
     * @param runCreator who started the run the approval belongs to
     */
    public void decide(PendingApproval approval, String runCreator, Answer answer, Approver approver) {
        if (!approver.admin() && !approval.candidateGroups().isEmpty()
                && approval.candidateGroups().stream().noneMatch(approver.groups()::contains)) {
            throw new NotAnApproverException("approval " + approval.userTaskKey() + " of gate " + approval.gateId()
                    + " is for the groups " + approval.candidateGroups() + "; " + approver.name() + " is in none of "
                    + "them: ask a member of one of those groups or an administrator");
        }
        Map<String, Object> completion = completion(approval, answer, approver.name());
        if (ApprovalDecision.of(answer.decision()) == ApprovalDecision.APPROVE && approver.identified()
                && !creatorMayApprove && approver.name().equals(runCreator)) {
            throw new NotAnApproverException(approver.name() + " started this run and so may not approve its gate "
                    + approval.gateId() + ": another member of " + approval.candidateGroups() + " must (four-eyes "
                    + "rule; scaffold.approvals.creator-may-approve=true lifts it)");
        }
        completer.complete(approval.openTask(), completion);
    }

    /**
     * Answers an approval as the approval form would, for the local user at the terminal.
     */
    public void decide(PendingApproval approval, Answer answer, String decidedBy) {
        completer.complete(approval.openTask(), completion(approval, answer, decidedBy));
    }

    /**
     * The variables completing the approval's user task, the same whoever answers (the
     * contract of bpmn/quality-gate.bpmn): {@code decision}, {@code comment},
     * {@code decidedBy}, {@code decisionChanges}, {@code waiverReason} and
     * {@code waiverExpiresAt}. Every one is set, null or empty when unused, so an answer
     * never inherits a value from an earlier approval of the same gate.
     * @throws IllegalArgumentException saying what is wrong with the answer and how to
     * fix it
     */
    private Map<String, Object> completion(PendingApproval approval, Answer answer, String decidedBy) {
        ApprovalDecision decision = ApprovalDecision.of(answer.decision());
        String comment = answer.comment() == null || answer.comment().isBlank() ? null : answer.comment().strip();
        if (comment != null && comment.length() > maxCommentLength) {
            throw new IllegalArgumentException("the comment has " + comment.length() + " characters, more than the "
                    + "limit of " + maxCommentLength + " (scaffold.approvals.max-comment-length): shorten it");
        }
        List<DecisionChange> changes = changes(approval, decision, comment, answer.decisionChanges(), decidedBy);
        Waiver waiver = waiver(approval, decision, answer.waiver());
        if (decision == ApprovalDecision.REJECT && comment == null) {
            throw new IllegalArgumentException("a comment is required to reject: say why the run must stop");
        }
        Map<String, Object> completion = new HashMap<>();
        completion.put(ProcessVariables.DECISION, decision.wire());
        completion.put(ProcessVariables.COMMENT, comment);
        completion.put(ProcessVariables.DECIDED_BY, decidedBy);
        completion.put(ProcessVariables.DECISION_CHANGES,
                changes.stream()
                    .map(c -> Map.of("decisionId", c.decisionId(), "value", c.value(), "reason", c.reason()))
                    .toList());
        completion.put(ProcessVariables.WAIVER_REASON, waiver == null ? null : waiver.reason().strip());
        completion.put(ProcessVariables.WAIVER_EXPIRES_AT, waiver == null ? null : waiver.expiresAt().toString());
        return completion;
    }

    private List<DecisionChange> changes(PendingApproval approval, ApprovalDecision decision, String comment,
            List<RequestedChange> requested, String decidedBy) {
        if (decision != ApprovalDecision.REQUEST_CHANGES) {
            if (!requested.isEmpty()) {
                throw new IllegalArgumentException("decision changes are applied only when changes are requested; "
                        + "send decision request-changes with them, or leave decisionChanges out to "
                        + decision.wire());
            }
            return List.of();
        }
        if (requested.isEmpty()) {
            if (comment != null) {
                throw new CommentCannotBeAppliedException(commentAlone(approval));
            }
            throw new IllegalArgumentException("request-changes needs at least one decision change: send "
                    + "decisionChanges [{decisionId, value}], e.g. " + EXAMPLE);
        }
        String reason = comment != null ? comment : "asked for by " + decidedBy + " at gate " + approval.gateId()
                + " (attempt " + approval.attempt() + ")";
        List<DecisionChange> changes = new ArrayList<>();
        for (int i = 0; i < requested.size(); i++) {
            RequestedChange r = requested.get(i);
            String where = "decisionChanges[" + i + "]";
            if (r == null || r.decisionId() == null || r.decisionId().isBlank()) {
                throw new IllegalArgumentException(
                        where + " has no decisionId: name the decision to change, e.g. " + EXAMPLE);
            }
            if (r.value() == null) {
                throw new IllegalArgumentException(where + " (" + r.decisionId() + ") has no value: give the new "
                        + "value (list-valued decisions take one item per line)");
            }
            try {
                changes.add(new DecisionChange(r.decisionId().strip(), r.value(), reason));
            }
            catch (IllegalArgumentException e) {
                throw new IllegalArgumentException(where + ": " + e.getMessage(), e);
            }
        }
        decisions.validate(approval.runId(), changes);
        return changes;
    }

    private static Waiver waiver(PendingApproval approval, ApprovalDecision decision, Waiver waiver) {
        Scorecard card = approval.scorecard();
        boolean waiving = decision == ApprovalDecision.APPROVE && card.belowThreshold();
        if (!waiving) {
            if (waiver != null) {
                throw new IllegalArgumentException("only approving a gate below its threshold needs a waiver; gate "
                        + approval.gateId() + " scored " + card.score() + " against " + card.threshold() + " and the "
                        + "answer is " + decision.wire() + ": leave the waiver out");
            }
            return null;
        }
        String below = "gate " + approval.gateId() + " scored " + card.score() + ", below its threshold "
                + card.threshold() + ", so approving it is a waiver: ";
        if (waiver == null || waiver.reason() == null || waiver.reason().isBlank()) {
            throw new IllegalArgumentException(below + "give waiver.reason (why the gate may be let through) and "
                    + "waiver.expiresAt (an ISO date in the future, e.g. " + LocalDate.now(ZoneOffset.UTC).plusDays(30)
                    + ")");
        }
        if (waiver.expiresAt() == null || !waiver.expiresAt().isAfter(LocalDate.now(ZoneOffset.UTC))) {
            throw new IllegalArgumentException(below + "waiver.expiresAt must be a date in the future (ISO, e.g. "
                    + LocalDate.now(ZoneOffset.UTC).plusDays(30) + "), got "
                    + (waiver.expiresAt() == null ? "none" : waiver.expiresAt()));
        }
        return waiver;
    }

    /** An example change request, for error messages. */
    static final String EXAMPLE = "{\"decisionId\": \"use-cases:application\", \"value\": \"Borrow a book\\n"
            + "Return a book\"} to set the use cases, field-required:Book.title = true to mark a field required, "
            + "schema-org-type:Book = Book to choose a type, entity-name:Book = Volume to rename an entity";

    /**
     * Why a comment alone is refused, with an example from the approval's own open
     * decisions where one has a proposed value.
     */
    public static String commentAlone(PendingApproval approval) {
        String example = approval.openDecisions()
            .stream()
            .filter(d -> d.proposedValue() != null)
            .findFirst()
            .map(d -> "{\"decisionId\": \"" + d.id() + "\", \"value\": \"" + d.proposedValue() + "\"} as "
                    + d.proposedBy() + " proposes, or ")
            .orElse("") + EXAMPLE;
        return "a comment alone cannot be applied without a language model; change a decision instead (e.g. " + example
                + ") and keep the comment as the reason";
    }

}
