package io.scaffold.orchestrator.cli;

import io.scaffold.orchestrator.gates.GateEvaluationRepository;
import io.scaffold.orchestrator.gates.VerificationBuildProgress;
import io.scaffold.orchestrator.process.IncidentFinder;
import io.scaffold.orchestrator.process.ScaffoldRuns;
import io.scaffold.orchestrator.runs.Run;
import io.scaffold.orchestrator.runs.RunEvent;
import io.scaffold.orchestrator.runs.RunRepository;
import io.scaffold.orchestrator.runs.RunStatus;
import java.io.BufferedReader;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;
import org.springframework.context.ApplicationListener;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.PayloadApplicationEvent;

/**
 * Follows one run in the terminal for {@code scaffold run} and {@code scaffold resume}:
 * prints its events and what the verification build is doing once a
 * {@link ProgressPrinter} is set, answers its clarifying questions and approvals, and
 * waits for its end.
 */
final class RunFollower {

    private static final long INCIDENT_CHECK_INTERVAL_MS = 1000;

    private final AtomicReference<ProgressPrinter> progress = new AtomicReference<>();

    /** Null until the run is known: events of the run being started are printed too. */
    private final AtomicReference<UUID> runId = new AtomicReference<>();

    /** The listeners to register before the application context starts. */
    ApplicationListener<?>[] listeners() {
        ApplicationListener<PayloadApplicationEvent<RunEvent>> events = event -> {
            UUID followed = runId.get();
            if (progress.get() != null && (followed == null || followed.equals(event.getPayload().runId()))) {
                progress.get().print(event.getPayload());
            }
        };
        ApplicationListener<PayloadApplicationEvent<?>> buildProgress = event -> {
            if (progress.get() != null && event.getPayload() instanceof VerificationBuildProgress build) {
                progress.get().buildStep(build.step());
            }
        };
        return new ApplicationListener<?>[] { events, buildProgress };
    }

    /** Starts printing the run's events (of any run while {@code id} is null). */
    void print(ProgressPrinter printer, UUID id) {
        runId.set(id);
        progress.set(printer);
    }

    void follow(UUID id) {
        runId.set(id);
    }

    /**
     * Answers the run's questions and approvals in the terminal until it ends, then
     * prints the summary.
     * @return {@link ScaffoldCli#COMPLETED} or {@link ScaffoldCli#FAILED}
     */
    int awaitEnd(ConfigurableApplicationContext context, Run run, Path outDir, PrintStream out, InputStream in) {
        Terminal terminal = new Terminal(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)), out);
        Run finished = waitForEnd(context.getBean(ScaffoldRuns.class), context.getBean(RunRepository.class), run,
                new TerminalApprovals(context, run, terminal), new TerminalQuestions(context, run, terminal), out);
        progress.get().summary(finished, outDir, context.getBean(GateEvaluationRepository.class).forRun(run.id()));
        return finished.status() == RunStatus.COMPLETED ? ScaffoldCli.COMPLETED : ScaffoldCli.FAILED;
    }

    /**
     * Waits until the run ends, answering clarifying questions and approvals on the way.
     * An incident ends the wait too: on the embedded runtime nobody else could resolve
     * it, and the engine goes away with this process.
     */
    private static Run waitForEnd(ScaffoldRuns runs, RunRepository repository, Run run, TerminalApprovals approvals,
            TerminalQuestions questions, PrintStream out) {
        long nextIncidentCheck = 0;
        while (true) {
            Run current = repository.find(run.id()).orElseThrow();
            if (current.status().finished()) {
                return current;
            }
            if (System.currentTimeMillis() >= nextIncidentCheck) {
                nextIncidentCheck = System.currentTimeMillis() + INCIDENT_CHECK_INTERVAL_MS;
                List<IncidentFinder.Incident> incidents = runs.incidents(run.id());
                if (!incidents.isEmpty()) {
                    incidents.forEach(i -> out
                        .println("✖ incident at " + i.elementId() + " (" + i.errorType() + "): " + i.errorMessage()));
                    return current;
                }
            }
            questions.answerOpenQuestions();
            approvals.answerOpenApprovals();
            try {
                Thread.sleep(50);
            }
            catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return current;
            }
        }
    }

}
