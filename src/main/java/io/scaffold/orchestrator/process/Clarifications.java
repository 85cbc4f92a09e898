package io.scaffold.orchestrator.process;

import static io.scaffold.orchestrator.contract.ProcessVariables.CLARIFIED_BY;
import static io.scaffold.orchestrator.contract.ProcessVariables.CLARIFYING_QUESTIONS;
import static io.scaffold.orchestrator.contract.ProcessVariables.CLARIFY_ANSWERS;
import static io.scaffold.orchestrator.contract.ProcessVariables.RUN_ID;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.scaffold.orchestrator.spec.ClarifyingAnswer;
import io.scaffold.orchestrator.spec.ClarifyingQuestion;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.stereotype.Service;

/**
 * The Clarify requirements task of a run (bpmn/scaffold.bpmn) for the terminal of
 * {@code scaffold run} and the REST API; Tasklist shows it with
 * forms/clarify-requirements.form. Who may answer over the API follows the task's
 * candidate groups, as for an approval.
 */
@Service
public class Clarifications {

    /** The id of the user task in bpmn/scaffold.bpmn. */
    public static final String TASK = "clarify-requirements";

    /** The task's form (forms/clarify-requirements.form). */
    public static final String FORM_ID = "clarify-requirements";

    /** The process variables the form reads: the questions, each with its options. */
    static final List<String> FORM_VARIABLES = List.of(CLARIFY_ANSWERS);

    private static final TypeReference<List<ClarifyingQuestion>> QUESTIONS = new TypeReference<>() {
    };

    private final UserTaskInbox inbox;

    private final UserTaskCompleter completer;

    private final ObjectMapper json;

    Clarifications(UserTaskInbox inbox, UserTaskCompleter completer, ObjectMapper json) {
        this.inbox = inbox;
        this.completer = completer;
        this.json = json;
    }

    /** A Clarify requirements task waiting for answers. */
    public record PendingClarification(long userTaskKey, UUID runId, List<String> candidateGroups,
            List<ClarifyingQuestion> questions, String formId, Map<String, Object> formVariables,
            @JsonIgnore OpenUserTask openTask) {
    }

    public List<PendingClarification> open(UUID runId) {
        return inbox.list(List.of(RUN_ID, CLARIFYING_QUESTIONS, CLARIFY_ANSWERS))
            .stream()
            .filter(t -> TASK.equals(t.elementId()) && runId.toString().equals(t.variables().get(RUN_ID)))
            .map(t -> new PendingClarification(t.userTaskKey(), runId, t.candidateGroups(),
                    json.convertValue(t.variables().getOrDefault(CLARIFYING_QUESTIONS, List.of()), QUESTIONS), FORM_ID,
                    UserTaskForms.variables(t.variables(), FORM_VARIABLES), t))
            .toList();
    }

    /**
     * Answers the questions for a caller whose right to answer is checked first; a
     * question left out takes its recommended answer.
     * @throws IllegalArgumentException when an answer is not one of its question's
     * options or answers no question
     */
    public void answer(PendingClarification pending, List<ClarifyingAnswer> answers, Approvals.Approver by) {
        if (!by.admin() && !pending.candidateGroups().isEmpty()
                && pending.candidateGroups().stream().noneMatch(by.groups()::contains)) {
            throw new Approvals.NotAnApproverException("the questions of task " + pending.userTaskKey()
                    + " are for the groups " + pending.candidateGroups() + "; " + by.name()
                    + " is in none of them: ask a member of one of those groups or an administrator");
        }
        answer(pending, answers, by.name());
    }

    /** Answers the questions as the local user at the terminal. */
    public void answer(PendingClarification pending, List<ClarifyingAnswer> answers, String answeredBy) {
        ClarifyingAnswer.validate(pending.questions(), answers);
        completer.complete(pending.openTask(), Map.of(CLARIFY_ANSWERS, answers, CLARIFIED_BY, answeredBy));
    }

}
