package io.scaffold.orchestrator.process;

import com.fasterxml.jackson.annotation.JsonIgnore;
import io.camunda.client.api.command.ClientException;
import io.scaffold.orchestrator.contract.ApprovalDecision;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
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

    static final List<String> VARIABLES = List.of("runId", "gateId", "phaseId", "attempt", "gateOutcome",
            "criteriaResults", "artifactLinks");

    private final UserTaskInbox inbox;

    private final UserTaskCompleter completer;

    private final boolean creatorMayApprove;

    private final int maxCommentLength;

    Approvals(UserTaskInbox inbox, UserTaskCompleter completer, ApprovalProperties properties) {
        this.inbox = inbox;
        this.completer = completer;
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

    /** A gate approval waiting for an answer, with what the approval form shows. */
    public record PendingApproval(long userTaskKey, UUID runId, String gateId, String phaseId, int attempt, String task,
            List<String> candidateGroups, Object outcome, Object criteriaResults, Object artifactLinks,
            @JsonIgnore OpenUserTask openTask) {
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
            .map(t -> new PendingApproval(t.userTaskKey(), runId, (String) t.variables().get("gateId"),
                    (String) t.variables().get("phaseId"),
                    ((Number) t.variables().getOrDefault("attempt", 1)).intValue(), t.elementId(), t.candidateGroups(),
                    t.variables().get("gateOutcome"), t.variables().get("criteriaResults"),
                    t.variables().get("artifactLinks"), t))
            .toList();
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
     * Answers an approval for a caller whose right to answer is checked first.
     * @param runCreator who started the run the approval belongs to
     */
    public void decide(PendingApproval approval, String runCreator, String decision, String comment,
            Approver approver) {
        validate(decision, comment);
        if (!approver.admin() && !approval.candidateGroups().isEmpty()
                && approval.candidateGroups().stream().noneMatch(approver.groups()::contains)) {
            throw new NotAnApproverException("approval " + approval.userTaskKey() + " of gate " + approval.gateId()
                    + " is for the groups " + approval.candidateGroups() + "; " + approver.name() + " is in none of "
                    + "them: ask a member of one of those groups or an administrator");
        }
        if (ApprovalDecision.of(decision) == ApprovalDecision.APPROVE && approver.identified() && !creatorMayApprove
                && approver.name().equals(runCreator)) {
            throw new NotAnApproverException(approver.name() + " started this run and so may not approve its gate "
                    + approval.gateId() + ": another member of " + approval.candidateGroups() + " must (four-eyes "
                    + "rule; scaffold.approvals.creator-may-approve=true lifts it)");
        }
        decide(approval, decision, comment, approver.name());
    }

    /**
     * Answers an approval as the approval form would, for the local user at the terminal.
     * @param decision approve, request-changes or reject
     * @param comment required unless the decision is approve
     */
    public void decide(PendingApproval approval, String decision, String comment, String decidedBy) {
        validate(decision, comment);
        Map<String, Object> answer = new HashMap<>();
        answer.put("decision", decision);
        answer.put("comment", comment);
        answer.put("decidedBy", decidedBy);
        completer.complete(approval.openTask(), answer);
    }

    private void validate(String decision, String comment) {
        if (ApprovalDecision.of(decision) != ApprovalDecision.APPROVE && (comment == null || comment.isBlank())) {
            throw new IllegalArgumentException(
                    "a comment is required to " + decision + ": say what must change or why");
        }
        if (comment != null && comment.length() > maxCommentLength) {
            throw new IllegalArgumentException("the comment has " + comment.length() + " characters, more than the "
                    + "limit of " + maxCommentLength + " (scaffold.approvals.max-comment-length): shorten it");
        }
    }

}
