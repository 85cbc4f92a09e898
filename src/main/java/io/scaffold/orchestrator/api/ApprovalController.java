package io.scaffold.orchestrator.api;

import io.scaffold.orchestrator.gates.OpenDecision;
import io.scaffold.orchestrator.process.Approvals;
import io.scaffold.orchestrator.process.Approvals.PendingApproval;
import io.scaffold.orchestrator.process.ArtifactLink;
import io.scaffold.orchestrator.gates.Scorecard;
import io.scaffold.orchestrator.runs.Run;
import io.scaffold.orchestrator.security.CurrentUser;
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

/** The open gate approvals of a run, and a person's answer to one. */
@RestController
@RequestMapping("/api/v1/processes/{id}/approvals")
class ApprovalController {

    private final VisibleRuns visibleRuns;

    private final Approvals approvals;

    private final CurrentUser currentUser;

    ApprovalController(VisibleRuns visibleRuns, Approvals approvals, CurrentUser currentUser) {
        this.visibleRuns = visibleRuns;
        this.approvals = approvals;
        this.currentUser = currentUser;
    }

    /**
     * An approval waiting for an answer, with what the approval form shows: the scorecard
     * of the scoring round, the open decisions with their options and current values, and
     * links to the phase's artifacts; and the form Tasklist shows (formId) with the
     * variables it reads (formVariables), for the console to render the same form.
     */
    record ApprovalView(long userTaskKey, UUID runId, String gateId, String phaseId, int attempt, String task,
            List<String> candidateGroups, Scorecard scorecard, List<OpenDecision> openDecisions,
            List<ArtifactLink> artifactLinks, String formId, Map<String, Object> formVariables) {

        static ApprovalView of(PendingApproval a) {
            return new ApprovalView(a.userTaskKey(), a.runId(), a.gateId(), a.phaseId(), a.attempt(), a.task(),
                    a.candidateGroups(), a.scorecard(), a.openDecisions(), a.artifactLinks(), a.formId(),
                    a.formVariables());
        }
    }

    /**
     * A person's answer to an approval: approve (with a waiver when the gate scored below
     * its threshold), request-changes (with the decisions to change) or reject (with a
     * comment).
     */
    record Decision(String decision, String comment, List<Approvals.RequestedChange> decisionChanges,
            Approvals.Waiver waiver) {
    }

    @GetMapping
    @PreAuthorize("hasAuthority('process:read')")
    List<ApprovalView> approvals(@PathVariable UUID id) {
        return approvals.open(visibleRuns.get(id).id()).stream().map(ApprovalView::of).toList();
    }

    @PostMapping("/{userTaskKey}")
    @PreAuthorize("hasAuthority('process:update')")
    ResponseEntity<Void> decide(@PathVariable UUID id, @PathVariable long userTaskKey, @RequestBody Decision body) {
        Run run = visibleRuns.get(id);
        PendingApproval pending = approvals.open(run.id())
            .stream()
            .filter(a -> a.userTaskKey() == userTaskKey)
            .findFirst()
            .orElseThrow(() -> new NotFoundException("run " + id + " has no open approval " + userTaskKey));
        Approvals.Approver approver = Answerers.current(currentUser);
        try {
            approvals.decide(pending, run.createdBy(),
                    new Approvals.Answer(body.decision(), body.comment(), body.decisionChanges(), body.waiver()),
                    approver);
        }
        catch (IllegalArgumentException e) { // how Approvals refuses an answer
            throw new InvalidRequestException(e.getMessage());
        }
        return ResponseEntity.noContent().build();
    }

}
