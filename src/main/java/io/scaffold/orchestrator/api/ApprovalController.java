package io.scaffold.orchestrator.api;

import io.scaffold.orchestrator.process.Approvals;
import io.scaffold.orchestrator.process.Approvals.PendingApproval;
import io.scaffold.orchestrator.runs.Run;
import io.scaffold.orchestrator.security.CurrentUser;
import java.util.List;
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
     * An approval waiting for an answer; outcome, criteria results and artifact links are
     * what the form shows.
     */
    record ApprovalView(long userTaskKey, UUID runId, String gateId, String phaseId, int attempt, String task,
            List<String> candidateGroups, Object outcome, Object criteriaResults, Object artifactLinks) {

        static ApprovalView of(PendingApproval a) {
            return new ApprovalView(a.userTaskKey(), a.runId(), a.gateId(), a.phaseId(), a.attempt(), a.task(),
                    a.candidateGroups(), a.outcome(), a.criteriaResults(), a.artifactLinks());
        }
    }

    /**
     * A person's answer to an approval: approve, request-changes or reject; a comment for
     * the last two.
     */
    record Decision(String decision, String comment) {
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
        Approvals.Approver approver = new Approvals.Approver(currentUser.name(), currentUser.groups(),
                currentUser.admin(), currentUser.identified());
        try {
            approvals.decide(pending, run.createdBy(), body.decision(), body.comment(), approver);
        }
        catch (IllegalArgumentException e) { // how Approvals refuses a decision or
                                             // comment
            throw new InvalidRequestException(e.getMessage());
        }
        return ResponseEntity.noContent().build();
    }

}
