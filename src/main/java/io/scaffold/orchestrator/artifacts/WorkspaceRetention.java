package io.scaffold.orchestrator.artifacts;

import io.scaffold.orchestrator.runs.EventType;
import io.scaffold.orchestrator.runs.Run;
import io.scaffold.orchestrator.runs.RunEvent;
import io.scaffold.orchestrator.runs.RunRepository;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;

/**
 * Keeps the workspace from growing with every run. A run's working copy
 * ({@code runs/<id>/project}; its files are versioned in the database) is removed once
 * the run has ended (completed, failed or cancelled) and
 * {@code scaffold.workspace-retention} has passed: at once by default, else at the next
 * run end or start-up after that. The archive of a completed run ({@code GET …/download})
 * stays as long as the database knows the run; an INTERRUPTED run keeps its working copy
 * for its resumption. At start-up, folders of runs the database does not know are removed
 * (with the embedded server's data directory, {@code scaffold.data-dir}, the database and
 * the workspace live side by side and outlast a restart; {@code ./scaffold run} keeps its
 * own workspace beside its throwaway database), unless a live process on this host still
 * works on them.
 */
@Component
class WorkspaceRetention {

    private static final Logger log = LoggerFactory.getLogger(WorkspaceRetention.class);

    private static final Set<EventType> RUN_ENDED = Set.of(EventType.ProcessCompleted, EventType.ProcessFailed,
            EventType.ProcessCancelled);

    private final Workspace workspace;

    private final Function<UUID, Optional<Run>> runs;

    private final Duration retention;

    @Autowired
    WorkspaceRetention(Workspace workspace, RunRepository runs, WorkspaceProperties properties) {
        this(workspace, runs::find, properties.workspaceRetention());
    }

    WorkspaceRetention(Workspace workspace, Function<UUID, Optional<Run>> runs, Duration retention) {
        if (retention.isNegative()) {
            throw new IllegalArgumentException("scaffold.workspace-retention must not be negative, got " + retention);
        }
        this.workspace = workspace;
        this.runs = runs;
        this.retention = retention;
    }

    @EventListener(ApplicationReadyEvent.class)
    void atStartUp() {
        removeLeftovers(Instant.now());
    }

    @EventListener
    void onRunEvent(RunEvent event) {
        if (RUN_ENDED.contains(event.type())) {
            // not the event's time: the database keeps completed_at rounded to
            // microseconds, possibly up
            removeExpiredWorkingCopies(Instant.now());
        }
    }

    /**
     * Folders of runs unknown to the database and not in use, and the expired working
     * copies.
     */
    void removeLeftovers(Instant now) {
        for (UUID runId : workspace.runIds()) {
            if (runs.apply(runId).isEmpty() && !workspace.inUseByALiveProcess(runId)) {
                log.info("removing the workspace folder of run {}, which this server does not know", runId);
                removing(runId, () -> workspace.delete(runId));
            }
        }
        removeExpiredWorkingCopies(now);
    }

    void removeExpiredWorkingCopies(Instant now) {
        for (UUID runId : workspace.runIds()) {
            runs.apply(runId)
                .filter(run -> run.status().finished() && run.completedAt() != null)
                .filter(run -> !run.completedAt().plus(retention).isAfter(now))
                .ifPresent(run -> removing(runId, () -> workspace.deleteProject(runId)));
        }
    }

    /**
     * A file that cannot be removed now is removed by a later sweep; it must not fail the
     * job that ended a run.
     */
    private static void removing(UUID runId, Runnable removal) {
        try {
            removal.run();
        }
        catch (RuntimeException e) {
            log.warn("cannot clean up the workspace of run {} yet: {}", runId, e.getMessage());
        }
    }

}
