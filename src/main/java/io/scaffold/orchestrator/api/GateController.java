package io.scaffold.orchestrator.api;

import io.scaffold.orchestrator.gates.Finding;
import io.scaffold.orchestrator.gates.GateEvaluation;
import io.scaffold.orchestrator.gates.GateEvaluationRepository;
import io.scaffold.orchestrator.gates.GateWaiver;
import io.scaffold.orchestrator.gates.GateWaiverRepository;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** The quality gate evaluations of a run. */
@RestController
class GateController {

    private final VisibleRuns visibleRuns;

    private final GateEvaluationRepository gates;

    private final GateWaiverRepository waivers;

    GateController(VisibleRuns visibleRuns, GateEvaluationRepository gates, GateWaiverRepository waivers) {
        this.visibleRuns = visibleRuns;
        this.gates = gates;
        this.waivers = waivers;
    }

    /**
     * @param reason why the verdict DMN decided as it did
     * @param decidedBy {@code dmn} when the verdict stood on its own, otherwise the
     * person who decided
     * @param outcome the verdict, or APPROVED, REJECTED, CHANGES_REQUESTED or WAIVED
     */
    record GateView(UUID runId, String gateId, int attempt, String phaseId, BigDecimal score, BigDecimal threshold,
            String verdict, String reason, List<CriterionView> criteria, String decision, String decidedBy,
            String comment, String outcome, Instant evaluatedAt, Instant decidedAt) {

        static GateView of(GateEvaluation e) {
            return new GateView(e.runId(), e.gateId(), e.attempt(), e.phaseId(), e.score(), e.threshold(), e.verdict(),
                    e.reason(), e.criteria().stream().map(CriterionView::of).toList(), e.decision(), e.decidedBy(),
                    e.comment(), e.label(), e.evaluatedAt(), e.decidedAt());
        }
    }

    record CriterionView(String name, double weight, double score, List<Finding> findings) {

        static CriterionView of(GateEvaluation.Criterion c) {
            return new CriterionView(c.name(), c.weight(), c.score(), c.findings());
        }
    }

    @GetMapping("/api/v1/processes/{id}/gates")
    @PreAuthorize("hasAuthority('process:read')")
    List<GateView> gates(@PathVariable UUID id) {
        return gates.forRun(visibleRuns.get(id).id()).stream().map(GateView::of).toList();
    }

    /** The gates of a run approved below their threshold: by whom, why and until when. */
    @GetMapping("/api/v1/processes/{id}/waivers")
    @PreAuthorize("hasAuthority('process:read')")
    List<GateWaiver> waivers(@PathVariable UUID id) {
        return waivers.forRun(visibleRuns.get(id).id());
    }

}
