package io.scaffold.orchestrator.api;

import io.scaffold.orchestrator.process.ScaffoldRuns;
import io.scaffold.orchestrator.runs.FailureMessages;
import java.util.List;
import java.util.UUID;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** What stops a run (the engine's incidents) and retrying the failed jobs behind them. */
@RestController
@RequestMapping("/api/v1/processes/{id}")
class IncidentController {

    private final VisibleRuns visibleRuns;

    private final ScaffoldRuns scaffoldRuns;

    IncidentController(VisibleRuns visibleRuns, ScaffoldRuns scaffoldRuns) {
        this.visibleRuns = visibleRuns;
        this.scaffoldRuns = scaffoldRuns;
    }

    /**
     * @param errorMessage without internals (SQL, stack frames), as every failure text
     * the API serves
     */
    record IncidentView(long key, String errorType, String errorMessage, String elementId, long jobKey) {
    }

    record RetryResult(int resolvedIncidents) {
    }

    @GetMapping("/incidents")
    @PreAuthorize("hasAuthority('process:read')")
    List<IncidentView> incidents(@PathVariable UUID id) {
        return scaffoldRuns.incidents(visibleRuns.get(id).id())
            .stream()
            .map(i -> new IncidentView(i.key(), i.errorType(), FailureMessages.redact(i.errorMessage()), i.elementId(),
                    i.jobKey()))
            .toList();
    }

    @PostMapping("/retry")
    @PreAuthorize("hasAuthority('process:update')")
    RetryResult retry(@PathVariable UUID id) {
        int resolved = scaffoldRuns.retry(visibleRuns.get(id).id());
        if (resolved == 0) {
            throw new ConflictException("run " + id + " has no failed phase to retry");
        }
        return new RetryResult(resolved);
    }

}
