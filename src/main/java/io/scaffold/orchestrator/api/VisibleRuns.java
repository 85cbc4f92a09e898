package io.scaffold.orchestrator.api;

import io.scaffold.orchestrator.process.ScaffoldRuns.RunNotFoundException;
import io.scaffold.orchestrator.runs.Run;
import io.scaffold.orchestrator.runs.RunRepository;
import io.scaffold.orchestrator.security.CurrentUser;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * The runs a caller may address: those of their organisation; other organisations' runs
 * do not exist for them.
 */
@Component
class VisibleRuns {

    private final RunRepository runs;

    private final CurrentUser currentUser;

    VisibleRuns(RunRepository runs, CurrentUser currentUser) {
        this.runs = runs;
        this.currentUser = currentUser;
    }

    Run get(UUID id) {
        Run run = runs.find(id).orElseThrow(() -> new RunNotFoundException(id));
        String org = currentUser.organizationFilter();
        if (org != null && !org.equals(run.organization())) {
            throw new RunNotFoundException(id);
        }
        return run;
    }

}
