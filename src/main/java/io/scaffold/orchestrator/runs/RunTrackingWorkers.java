package io.scaffold.orchestrator.runs;

import static io.scaffold.orchestrator.contract.ProcessVariables.ERROR_CODE;
import static io.scaffold.orchestrator.contract.ProcessVariables.ERROR_MESSAGE;
import static io.scaffold.orchestrator.contract.ProcessVariables.PHASE_ID;
import static io.scaffold.orchestrator.contract.ProcessVariables.PHASE_NAME;
import static io.scaffold.orchestrator.contract.ProcessVariables.RUN_ID;

import io.camunda.client.annotation.JobWorker;
import io.camunda.client.annotation.Variable;
import io.camunda.client.api.response.ActivatedJob;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.scaffold.orchestrator.contract.JobTypes;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * Records what the scaffold process does as it does it: phase start and end (execution
 * listeners on each phase sub-process) and the end of the run (its last service task, or
 * the error event sub-process).
 */
@Component
public class RunTrackingWorkers {

    private final RunRepository runs;

    private final PhaseRepository phases;

    private final RunEventLog events;

    private final JobExecutions executions;

    private final MeterRegistry meters;

    RunTrackingWorkers(RunRepository runs, PhaseRepository phases, RunEventLog events, JobExecutions executions,
            MeterRegistry meters) {
        this.runs = runs;
        this.phases = phases;
        this.events = events;
        this.executions = executions;
        this.meters = meters;
    }

    @JobWorker(type = JobTypes.PHASE_STARTED, fetchVariables = { RUN_ID, PHASE_ID, PHASE_NAME })
    public void phaseStarted(ActivatedJob job, @Variable String phaseId, @Variable String phaseName) {
        executions.run(job, phaseId, () -> {
            UUID runId = JobExecutions.runId(job);
            Instant now = Instant.now();
            phases.lastCompletedAt(runId)
                .ifPresent(previousEnd -> Timer.builder("scaffold.phase.transition")
                    .description("Time from the end of one phase to the start of the next")
                    .register(meters)
                    .record(Duration.between(previousEnd, now)));
            phases.started(runId, phaseId, phaseName, now);
            events.append(runId, dedupKey(job), new RunEventData.PhaseStarted(phaseId, phaseName), now);
            return null;
        });
    }

    @JobWorker(type = JobTypes.PHASE_COMPLETED, fetchVariables = { RUN_ID, PHASE_ID, PHASE_NAME })
    public void phaseCompleted(ActivatedJob job, @Variable String phaseId, @Variable String phaseName) {
        executions.run(job, phaseId, () -> {
            UUID runId = JobExecutions.runId(job);
            Instant now = Instant.now();
            phases.completed(runId, phaseId, now);
            events.append(runId, dedupKey(job), new RunEventData.PhaseCompleted(phaseId, phaseName), now);
            return null;
        });
    }

    @JobWorker(type = JobTypes.SCAFFOLD_RECORD_COMPLETION, fetchVariables = RUN_ID)
    public void recordCompletion(ActivatedJob job) {
        executions.run(job, null, () -> {
            UUID runId = JobExecutions.runId(job);
            Instant now = Instant.now();
            if (runs.finish(runId, RunStatus.COMPLETED, null, now)) {
                events.append(runId, "run", new RunEventData.ProcessCompleted("COMPLETED"), now);
                recordRunDuration(runId, "COMPLETED", now);
            }
            return null;
        });
    }

    @JobWorker(type = JobTypes.SCAFFOLD_RECORD_FAILURE, fetchVariables = { RUN_ID, ERROR_CODE, ERROR_MESSAGE })
    public void recordFailure(ActivatedJob job, @Variable(optional = true) String errorCode,
            @Variable(optional = true) String errorMessage) {
        executions.run(job, null, () -> {
            UUID runId = JobExecutions.runId(job);
            Instant now = Instant.now();
            String reason = reason(runId, errorCode, errorMessage);
            if (runs.finish(runId, RunStatus.FAILED, reason, now)) {
                phases.endRunning(runId, PhaseStatus.FAILED, now);
                events.append(runId, "run", new RunEventData.ProcessFailed(errorCode, reason), now);
                recordRunDuration(runId, "FAILED", now);
            }
            return null;
        });
    }

    /**
     * The recorded gate evaluation says more about a rejection than the generic message
     * the model sets.
     */
    private String reason(UUID runId, String errorCode, String errorMessage) {
        if ("GATE_REJECTED".equals(errorCode)) {
            return runs.lastRejection(runId).map(GateRejection::reason).orElse(errorMessage);
        }
        if (errorMessage != null && !errorMessage.isBlank()) {
            return errorMessage;
        }
        return errorCode == null ? "the run failed" : errorCode;
    }

    private void recordRunDuration(UUID runId, String status, Instant end) {
        runs.find(runId)
            .ifPresent(run -> Timer.builder("scaffold.run.duration")
                .description("Time from start to end of a scaffold run")
                .tag("status", status)
                .register(meters)
                .record(Duration.between(run.createdAt(), end)));
    }

    /**
     * The element instance a listener job belongs to is stable across retries: one event
     * per phase visit.
     */
    private static String dedupKey(ActivatedJob job) {
        return Long.toString(job.getElementInstanceKey());
    }

}
