package io.scaffold.orchestrator.process;

import com.fasterxml.jackson.annotation.JsonIgnore;
import io.camunda.client.api.command.ClientException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.springframework.stereotype.Service;

/**
 * Gate approvals waiting for a person, and their answers. On a cluster people answer in Tasklist; this
 * service serves the terminal of {@code scaffold run} and the REST API, on the embedded engine as on a cluster.
 */
@Service
public class Approvals {

    static final List<String> VARIABLES = List.of(
            "runId", "gateId", "phaseId", "attempt", "gateOutcome", "criteriaResults", "artifactLinks");
    private static final Set<String> DECISIONS = Set.of("approve", "request-changes", "reject");

    private final UserTaskInbox inbox;
    private final UserTaskCompleter completer;

    Approvals(UserTaskInbox inbox, UserTaskCompleter completer) {
        this.inbox = inbox;
        this.completer = completer;
    }

    /** A gate approval waiting for an answer, with what the approval form shows. */
    public record PendingApproval(
            long userTaskKey,
            UUID runId,
            String gateId,
            String phaseId,
            int attempt,
            String task,
            List<String> candidateGroups,
            Object outcome,
            Object criteriaResults,
            Object artifactLinks,
            @JsonIgnore OpenUserTask openTask) {
    }

    public List<PendingApproval> open(UUID runId) {
        List<OpenUserTask> tasks;
        try {
            tasks = inbox.list(VARIABLES);
        } catch (ClientException e) {
            throw new ApprovalsUnavailableException("the cluster did not answer the user task search ("
                    + e.getMessage() + "); a Camunda 8.6 cluster has no such API: answer the approval in Tasklist", e);
        }
        return tasks.stream()
                .filter(t -> runId.toString().equals(t.variables().get("runId")))
                .map(t -> new PendingApproval(t.userTaskKey(), runId, (String) t.variables().get("gateId"),
                        (String) t.variables().get("phaseId"),
                        ((Number) t.variables().getOrDefault("attempt", 1)).intValue(), t.elementId(),
                        t.candidateGroups(), t.variables().get("gateOutcome"), t.variables().get("criteriaResults"),
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
     * Answers an approval as the approval form would.
     *
     * @param decision approve, request-changes or reject
     * @param comment  required unless the decision is approve
     */
    public void decide(PendingApproval approval, String decision, String comment, String decidedBy) {
        if (!DECISIONS.contains(decision)) {
            throw new IllegalArgumentException("decision must be one of approve, request-changes, reject; got '"
                    + decision + "'");
        }
        if (!"approve".equals(decision) && (comment == null || comment.isBlank())) {
            throw new IllegalArgumentException("a comment is required to " + decision + ": say what must change or why");
        }
        Map<String, Object> answer = new HashMap<>();
        answer.put("decision", decision);
        answer.put("comment", comment);
        answer.put("decidedBy", decidedBy);
        completer.complete(approval.openTask(), answer);
    }
}
