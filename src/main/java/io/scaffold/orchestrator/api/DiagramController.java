package io.scaffold.orchestrator.api;

import io.scaffold.orchestrator.process.ElementInstanceFinder;
import io.scaffold.orchestrator.process.RunDiagram;
import io.scaffold.orchestrator.runs.Run;
import io.scaffold.orchestrator.runs.RunStatus;
import java.util.UUID;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * The state of each element of a run's diagram and of its gates' diagrams, for the
 * console's markers.
 */
@RestController
class DiagramController {

    private final VisibleRuns visibleRuns;

    private final ElementInstanceFinder elementInstances;

    DiagramController(VisibleRuns visibleRuns, ElementInstanceFinder elementInstances) {
        this.visibleRuns = visibleRuns;
        this.elementInstances = elementInstances;
    }

    @GetMapping("/api/v1/processes/{id}/diagram")
    @PreAuthorize("hasAuthority('process:read')")
    RunDiagram diagram(@PathVariable UUID id) {
        Run run = visibleRuns.get(id);
        // an interrupted run's instance is gone; its key may name another run's now
        return run.processInstanceKey() == null || run.status() == RunStatus.INTERRUPTED ? RunDiagram.notStarted()
                : RunDiagram.of(elementInstances.instances(run.processInstanceKey()));
    }

}
