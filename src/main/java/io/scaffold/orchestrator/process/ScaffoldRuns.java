package io.scaffold.orchestrator.process;

import io.camunda.client.CamundaClient;
import io.camunda.client.api.command.ClientStatusException;
import io.camunda.client.api.command.ProblemException;
import io.grpc.Status;
import io.scaffold.orchestrator.artifacts.ArtifactStore;
import io.scaffold.orchestrator.artifacts.ArtifactType;
import io.scaffold.orchestrator.artifacts.DomainModels;
import io.scaffold.orchestrator.artifacts.Workspace;
import io.scaffold.orchestrator.contract.AutomationLevel;
import io.scaffold.orchestrator.contract.Phase;
import io.scaffold.orchestrator.contract.ProcessVariables;
import io.scaffold.orchestrator.domain.DomainModel;
import io.scaffold.orchestrator.gates.GateEvaluationRepository;
import io.scaffold.orchestrator.runs.RunEventData;
import io.scaffold.orchestrator.runs.FailureMessages;
import io.scaffold.orchestrator.runs.PhaseRepository;
import io.scaffold.orchestrator.runs.PhaseStatus;
import io.scaffold.orchestrator.runs.Run;
import io.scaffold.orchestrator.runs.RunEventLog;
import io.scaffold.orchestrator.runs.RunRepository;
import io.scaffold.orchestrator.runs.RunStatus;
import io.scaffold.orchestrator.spec.SpecOptions;
import io.scaffold.orchestrator.llm.IntakeProvenance;
import io.scaffold.orchestrator.spec.SpecReader;
import io.camunda.zeebe.model.bpmn.Bpmn;
import java.io.ByteArrayInputStream;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Service;

/**
 * Starts and cancels scaffold runs. A run starts only from input that parses within the
 * spec limits: bad input throws {@link io.scaffold.orchestrator.spec.SpecException}
 * before anything is stored or started, and a run whose process instance cannot be
 * created is removed again, so no half-started run is left behind. The spec is read here
 * and only here: the run row, the stored model ({@link DomainModels}) and the caller all
 * get that one reading, so a language model reading free text is asked once.
 */
@Service
public class ScaffoldRuns {

    public static final String PROCESS_ID = "scaffold";

    public static final String SPEC_DIR = "docs/scaffold/input/";

    private static final int RETRIES_AFTER_RESOLUTION = 3;

    private final SpecReader specReader;

    private final RunRepository runs;

    private final PhaseRepository phases;

    private final RunEventLog events;

    private final ArtifactStore artifacts;

    private final DomainModels models;

    private final Workspace workspace;

    private final CamundaClient camunda;

    private final ProcessModelDeployment deployment;

    private final GateEvaluationRepository gateEvaluations;

    private final IncidentFinder incidents;

    private final IntakeProvenance intake;

    ScaffoldRuns(SpecReader specReader, RunRepository runs, PhaseRepository phases, RunEventLog events,
            ArtifactStore artifacts, DomainModels models, Workspace workspace, CamundaClient camunda,
            ProcessModelDeployment deployment, GateEvaluationRepository gateEvaluations, IncidentFinder incidents,
            IntakeProvenance intake) {
        this.deployment = deployment;
        this.gateEvaluations = gateEvaluations;
        this.incidents = incidents;
        this.intake = intake;
        this.specReader = specReader;
        this.runs = runs;
        this.phases = phases;
        this.events = events;
        this.artifacts = artifacts;
        this.models = models;
        this.workspace = workspace;
        this.camunda = camunda;
    }

    public Run start(StartRequest request) {
        return start(request, read(request));
    }

    /**
     * Checks a request and reads its spec, storing nothing: for a caller that needs the
     * model before it starts the run (the CLI names its output folder after the
     * application) and then passes it to {@link #start(StartRequest, DomainModel)}.
     */
    public DomainModel read(StartRequest request) {
        if (AutomationLevel.of(request.automationLevel()).isEmpty()) {
            throw new IllegalArgumentException(
                    "automation level must be one of full, partial, manual; got '" + request.automationLevel() + "'");
        }
        return specReader.read(request.specFileName(), request.specContent(), new SpecOptions(request.application()));
    }

    /**
     * Starts a run from a request and the model {@link #read(StartRequest)} returned for
     * it.
     */
    public Run start(StartRequest request, DomainModel model) {
        UUID runId = UUID.randomUUID();
        Instant now = Instant.now();
        String outputDir = request.outputDir() == null ? null : request.outputDir().toAbsolutePath().toString();
        runs.insert(new Run(runId, request.organization(), request.createdBy(), model.name(), request.specFileName(),
                model.source().format().name(), request.automationLevel(), RunStatus.STARTING, null, outputDir, null,
                now, null));
        try {
            artifacts.save(runId, SPEC_DIR + request.specFileName(), request.specContent(), // a
                                                                                            // plain
                                                                                            // name,
                                                                                            // see
                                                                                            // StartRequest
                    ArtifactType.REQUIREMENTS, Phase.INTAKE.id(), "user");
            models.save(runId, model, "spec-reader");
            intake.claim(runId, DomainModels.PATH, model); // which agent read free text,
                                                           // and how
            events.append(runId, "run",
                    new RunEventData.ProcessInitiated(model.name(), request.specFileName(), request.automationLevel()),
                    now);
            deployment.await();
            long key = camunda.newCreateInstanceCommand()
                .bpmnProcessId(PROCESS_ID)
                .latestVersion()
                .variables(instanceVariables(runId, request.automationLevel(), Map.of()))
                .send()
                .join()
                .getProcessInstanceKey();
            runs.attachProcessInstance(runId, key);
        }
        catch (RuntimeException e) {
            runs.delete(runId);
            workspace.delete(runId);
            throw new RunStartException(
                    "the run could not be started: " + FailureMessages.describe("starting a run", e), e);
        }
        return runs.find(runId).orElseThrow();
    }

    /**
     * Continues an INTERRUPTED run with a new process instance started before the element
     * {@link ResumePoint} names (the phase that did not complete, or what follows the
     * last one that did). The run keeps its id, artifacts, gates and events; the lost
     * instance's key stays in the {@code ProcessResumed} event.
     * @throws RunNotInterruptedException when the run is not INTERRUPTED
     */
    public Run resume(UUID runId, String resumedBy) {
        Run run = runs.find(runId).orElseThrow(() -> new RunNotFoundException(runId));
        if (run.status() != RunStatus.INTERRUPTED) {
            throw new RunNotInterruptedException(runId, run.status());
        }
        ProcessModels.Model bpmn = ProcessModels.bpmn(PROCESS_ID)
            .orElseThrow(() -> new IllegalStateException("no process model defines " + PROCESS_ID));
        String elementId = ResumePoint.elementId(phases.forRun(runId),
                Bpmn.readModelFromStream(new ByteArrayInputStream(bpmn.content())), PROCESS_ID);
        if (!runs.claimForResumption(runId)) {
            throw new RunNotInterruptedException(runId, runs.find(runId).map(Run::status).orElse(null));
        }
        long key;
        try {
            deployment.await();
            key = camunda.newCreateInstanceCommand()
                .bpmnProcessId(PROCESS_ID)
                .latestVersion()
                .variables(instanceVariables(runId, run.automationLevel(), gateEvaluations.lastAttempts(runId)))
                .startBeforeElement(elementId)
                .send()
                .join()
                .getProcessInstanceKey();
        }
        catch (RuntimeException e) {
            runs.interrupt(runId);
            throw new RunStartException(
                    "the run could not be resumed: " + FailureMessages.describe("resuming a run", e), e);
        }
        runs.attachProcessInstance(runId, key);
        long previous = run.processInstanceKey() == null ? 0 : run.processInstanceKey();
        events.append(runId, "run", new RunEventData.ProcessResumed(previous, key, elementId, resumedBy),
                Instant.now());
        return runs.find(runId).orElseThrow();
    }

    /**
     * @return false when the run had already ended
     */
    public boolean cancel(UUID runId) {
        Run run = runs.find(runId).orElseThrow(() -> new RunNotFoundException(runId));
        if (run.status().finished()) {
            return false;
        }
        boolean instanceGone = run.status() == RunStatus.INTERRUPTED
                || run.processInstanceKey() != null && !cancelInstance(run.processInstanceKey());
        Instant now = Instant.now();
        if (runs.finish(runId, RunStatus.CANCELLED, "cancelled", now)) {
            phases.endRunning(runId, PhaseStatus.CANCELLED, now);
            events.append(runId, "run", new RunEventData.ProcessCancelled("CANCELLED",
                    instanceGone ? "the process instance no longer existed in the engine" : null), now);
        }
        return true;
    }

    /**
     * @return false when the engine does not know the instance (it ended or was cancelled
     * behind our back)
     */
    private boolean cancelInstance(long processInstanceKey) {
        try {
            camunda.newCancelInstanceCommand(processInstanceKey).send().join();
            return true;
        }
        catch (ClientStatusException e) {
            if (e.getStatusCode() == Status.Code.NOT_FOUND) {
                return false;
            }
            throw e;
        }
        catch (ProblemException e) {
            if (e.code() == 404) {
                return false;
            }
            throw e;
        }
    }

    /**
     * Retries what stopped a run: every open incident of its process instances is
     * resolved, a failed job after getting its retries back, so the phase continues where
     * it stopped.
     * @return how many incidents were resolved
     */
    public int retry(UUID runId) {
        Run run = runs.find(runId).orElseThrow(() -> new RunNotFoundException(runId));
        if (run.processInstanceKey() == null || run.status() != RunStatus.RUNNING) {
            return 0;
        }
        List<IncidentFinder.Incident> open = incidents.openIncidents(run.processInstanceKey());
        for (IncidentFinder.Incident incident : open) {
            if (incident.jobKey() > 0) {
                camunda.newUpdateRetriesCommand(incident.jobKey()).retries(RETRIES_AFTER_RESOLUTION).send().join();
            }
            camunda.newResolveIncidentCommand(incident.key()).send().join();
            events.append(runId, Long.toString(incident.key()),
                    new RunEventData.IncidentResolved(incident.elementId(), incident.errorType()), Instant.now());
        }
        return open.size();
    }

    /** What stops the run right now (empty while it runs normally). */
    public List<IncidentFinder.Incident> incidents(UUID runId) {
        Run run = runs.find(runId).orElseThrow(() -> new RunNotFoundException(runId));
        return run.processInstanceKey() == null || run.status() != RunStatus.RUNNING ? List.of()
                : incidents.openIncidents(run.processInstanceKey());
    }

    /** What a run's process instance starts with, new or resumed. */
    private static Map<String, Object> instanceVariables(UUID runId, String automationLevel,
            Map<String, Integer> gateAttempts) {
        return Map.of(ProcessVariables.RUN_ID, runId.toString(), ProcessVariables.AUTOMATION_LEVEL, automationLevel,
                ProcessVariables.GATE_ATTEMPTS, gateAttempts);
    }

    public static class RunStartException extends RuntimeException {

        RunStartException(String message, Throwable cause) {
            super(message, cause);
        }

    }

    public static class RunNotInterruptedException extends RuntimeException {

        RunNotInterruptedException(UUID runId, RunStatus status) {
            super("run " + runId + " is " + status + ": only an INTERRUPTED run can be resumed");
        }

    }

    public static class RunNotFoundException extends RuntimeException {

        public RunNotFoundException(UUID runId) {
            super("no run with id " + runId);
        }

    }

}
