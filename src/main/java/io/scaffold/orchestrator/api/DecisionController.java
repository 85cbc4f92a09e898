package io.scaffold.orchestrator.api;

import io.scaffold.orchestrator.decisions.DecisionVersion;
import io.scaffold.orchestrator.decisions.RunDecisions;
import io.scaffold.orchestrator.domain.decision.Decision;
import io.scaffold.orchestrator.domain.decision.DecisionKind;
import io.scaffold.orchestrator.domain.decision.DecisionSource;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The decisions of a run as they stand: what was chosen, from which options, where it
 * came from, and which version it is. Readable by whoever may read the run's artifacts.
 */
@RestController
@RequestMapping("/api/v1/processes/{id}")
class DecisionController {

    private final VisibleRuns visibleRuns;

    private final RunDecisions decisions;

    DecisionController(VisibleRuns visibleRuns, RunDecisions decisions) {
        this.visibleRuns = visibleRuns;
        this.decisions = decisions;
    }

    record DecisionView(String id, DecisionKind kind, String subject, String question, List<String> options,
            String chosen, DecisionSource source, String rationale, boolean assumption, boolean locked, int version,
            String changedBy, Instant changedAt, String reason, UUID learnedFrom) {

        static DecisionView of(DecisionVersion v) {
            Decision d = v.decision();
            return new DecisionView(d.id(), d.kind(), d.subject(), d.question(), d.options(), d.chosen(), d.source(),
                    d.rationale(), d.assumption(), d.locked(), v.version(), v.changedBy(), v.changedAt(), v.reason(),
                    d.learnedFrom());
        }
    }

    @GetMapping("/decisions")
    @PreAuthorize("hasAuthority('artifact:read')")
    List<DecisionView> decisions(@PathVariable UUID id) {
        return decisions.currentVersions(visibleRuns.get(id).id()).stream().map(DecisionView::of).toList();
    }

}
