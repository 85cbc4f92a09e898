package io.scaffold.orchestrator.api;

import io.scaffold.orchestrator.process.Approvals;
import io.scaffold.orchestrator.process.Clarifications;
import io.scaffold.orchestrator.process.Clarifications.PendingClarification;
import io.scaffold.orchestrator.runs.Run;
import io.scaffold.orchestrator.security.CurrentUser;
import io.scaffold.orchestrator.spec.ClarifyingAnswer;
import io.scaffold.orchestrator.spec.ClarifyingQuestion;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The clarifying questions of a run waiting for answers (its Clarify requirements task),
 * and a person's answers.
 */
@RestController
@RequestMapping("/api/v1/processes/{id}/questions")
class ClarificationController {

    private final VisibleRuns visibleRuns;

    private final Clarifications clarifications;

    private final CurrentUser currentUser;

    ClarificationController(VisibleRuns visibleRuns, Clarifications clarifications, CurrentUser currentUser) {
        this.visibleRuns = visibleRuns;
        this.clarifications = clarifications;
        this.currentUser = currentUser;
    }

    /** An open Clarify requirements task: each question with its options and default. */
    record QuestionsView(long userTaskKey, UUID runId, List<String> candidateGroups, List<ClarifyingQuestion> questions,
            String formId, Map<String, Object> formVariables) {

        static QuestionsView of(PendingClarification p) {
            return new QuestionsView(p.userTaskKey(), p.runId(), p.candidateGroups(), p.questions(), p.formId(),
                    p.formVariables());
        }
    }

    /** The answers; a question left out takes its recommended answer. */
    record Answers(List<ClarifyingAnswer> answers) {
    }

    @GetMapping
    @PreAuthorize("hasAuthority('process:read')")
    List<QuestionsView> questions(@PathVariable UUID id) {
        return clarifications.open(visibleRuns.get(id).id()).stream().map(QuestionsView::of).toList();
    }

    @PostMapping("/{userTaskKey}")
    @PreAuthorize("hasAuthority('process:update')")
    ResponseEntity<Void> answer(@PathVariable UUID id, @PathVariable long userTaskKey, @RequestBody Answers body) {
        Run run = visibleRuns.get(id);
        PendingClarification pending = clarifications.open(run.id())
            .stream()
            .filter(p -> p.userTaskKey() == userTaskKey)
            .findFirst()
            .orElseThrow(() -> new NotFoundException("run " + id + " has no open clarifying questions with task key "
                    + userTaskKey + ": GET /api/v1/processes/" + id + "/questions lists them"));
        Approvals.Approver by = Answerers.current(currentUser);
        List<ClarifyingAnswer> answers = body == null || body.answers() == null ? List.of() : body.answers();
        try {
            clarifications.answer(pending, answers, by);
        }
        catch (IllegalArgumentException e) { // an answer that is not one of the options
            throw new InvalidRequestException(e.getMessage());
        }
        return ResponseEntity.noContent().build();
    }

}
