package io.scaffold.orchestrator.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.awaitility.Awaitility.await;

import io.scaffold.orchestrator.ScaffoldApplication;
import io.scaffold.orchestrator.gates.GateEvaluation;
import io.scaffold.orchestrator.gates.GateEvaluationRepository;
import io.scaffold.orchestrator.process.Approvals;
import io.scaffold.orchestrator.process.Clarifications;
import io.scaffold.orchestrator.process.ScaffoldRuns;
import io.scaffold.orchestrator.process.StartRequest;
import io.scaffold.orchestrator.runs.PhaseRepository;
import io.scaffold.orchestrator.runs.PhaseStatus;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * {@code scaffold runs} and {@code scaffold resume} on a data directory, in this JVM. The
 * run is interrupted as a server stop leaves it: the embedded runtime on the directory
 * starts a partial run of a library JDL and is closed while the run waits for its
 * clarifying questions; the next start finds the run in flight without its process
 * instance. Resumed, the questions and the review gates are answered in the terminal.
 */
class ResumeCommandTest {

    private static final String[] PROPERTIES = { "scaffold.data-dir", "scaffold.workspace" };

    @TempDir
    Path tmp;

    private final Map<String, String> saved = new HashMap<>();

    private ByteArrayOutputStream out;

    private ByteArrayOutputStream err;

    private Path dataDir;

    @BeforeEach
    void dataDirectory() {
        for (String property : PROPERTIES) {
            saved.put(property, System.getProperty(property));
        }
        dataDir = tmp.resolve("data");
        System.setProperty("scaffold.data-dir", dataDir.toString());
        // the runs' folders with the data directory (not the tests' shared workspace: a
        // start removes the folders of runs its database does not know)
        System.setProperty("scaffold.workspace", dataDir.resolve("workspace").toString());
    }

    @AfterEach
    void restore() {
        saved.forEach((property, value) -> {
            if (value == null) {
                System.clearProperty(property);
            }
            else {
                System.setProperty(property, value);
            }
        });
    }

    @Test
    void anInterruptedRunIsListedResumedAndCompletedAndNothingElseIsResumed() throws IOException {
        Path project = tmp.resolve("library");
        UUID runId;
        try (ConfigurableApplicationContext server = server()) {
            runId = startLibraryRun(server, project);
            UUID id = runId;
            await().atMost(Duration.ofMinutes(2))
                .until(() -> server.getBean(PhaseRepository.class)
                    .forRun(id)
                    .stream()
                    .anyMatch(p -> p.phaseId().equals("intake") && p.status() == PhaseStatus.COMPLETED));

            // the directory is held: nothing is resumed, and the message says by whom
            assertThat(resume(runId.toString())).as(stderr()).isEqualTo(ScaffoldCli.BAD_INPUT);
            assertThat(stderr()).contains("cannot start on the data directory " + dataDir.toAbsolutePath(),
                    "is in use by another Scaffold server", "PID " + ProcessHandle.current().pid(), "Resume button");
        }

        assertThat(ResumeCommand.list(ScaffoldApplication.class, new String[0], print(), printErr())).as(stderr())
            .isZero();
        assertThat(stdout()).contains("Interrupted runs in " + dataDir.toAbsolutePath(), runId.toString(),
                "library.jdl", "scaffold resume RUN-ID");

        UUID unknown = UUID.randomUUID();
        assertThat(resume(unknown.toString())).isEqualTo(ScaffoldCli.BAD_INPUT);
        assertThat(stderr()).contains("no run " + unknown + " in the data directory " + dataDir.toAbsolutePath(),
                "how to fix", "scaffold runs");
        assertThat(resume("not-a-run")).isEqualTo(ScaffoldCli.BAD_INPUT);
        assertThat(stderr()).contains("'not-a-run' is not a run id", "usage:");

        // the recommended answers to the two clarifying questions, then approve each
        // review
        // gate without a comment
        String answers = "\n\n" + "a\n\n".repeat(6);
        assertThat(resume(runId.toString(), answers)).as(stdout() + stderr()).isEqualTo(ScaffoldCli.COMPLETED);
        assertThat(stdout()).contains("Resuming run " + runId, "↻ resumed before ", "Clarify requirements",
                "Approval needed: gate domain-approval", "✔ Handover", "gate release-readiness: score",
                "Run " + runId + " COMPLETED", "Project: " + project);
        assertThat(project.resolve("docs/scaffold/report.json")).isRegularFile();

        assertThat(resume(runId.toString())).isEqualTo(ScaffoldCli.BAD_INPUT);
        assertThat(stderr()).contains("run " + runId + " is COMPLETED: only an INTERRUPTED run can be resumed");
    }

    @Test
    void aGateWhoseApprovalWaitedAtTheStopScoresItsNextRoundAfterTheResume() throws IOException {
        UUID runId;
        try (ConfigurableApplicationContext server = server()) {
            runId = startLibraryRun(server, tmp.resolve("library"));
            UUID id = runId;
            Clarifications clarifications = server.getBean(Clarifications.class);
            await().atMost(Duration.ofMinutes(2)).until(() -> !clarifications.open(id).isEmpty());
            // no answers: the recommended ones
            clarifications.answer(clarifications.open(id).getFirst(), List.of(), "test");
            Approvals approvals = server.getBean(Approvals.class);
            await().atMost(Duration.ofMinutes(2)).until(() -> !approvals.open(id).isEmpty());
            assertThat(approvals.open(id))
                .extracting(Approvals.PendingApproval::gateId, Approvals.PendingApproval::attempt)
                .containsExactly(tuple("domain-approval", 1));
        }

        // approve each review gate without a comment
        assertThat(resume(runId.toString(), "a\n\n".repeat(6))).as(stdout() + stderr())
            .isEqualTo(ScaffoldCli.COMPLETED);
        assertThat(stdout()).contains("↻ resumed before gate-domain-analysis",
                "Approval needed: gate domain-approval (phase domain-analysis), attempt 2",
                "Run " + runId + " COMPLETED");

        try (ConfigurableApplicationContext server = server()) {
            List<GateEvaluation> domainGate = server.getBean(GateEvaluationRepository.class)
                .forRun(runId)
                .stream()
                .filter(e -> e.gateId().equals("domain-approval"))
                .toList();
            // the round scored before the stop keeps its record, undecided; the approval
            // decided the new one
            assertThat(domainGate).extracting(GateEvaluation::attempt, e -> e.decision() != null)
                .containsExactly(tuple(1, false), tuple(2, true));
        }
    }

    private static ConfigurableApplicationContext server() {
        return new SpringApplicationBuilder(ScaffoldApplication.class).web(WebApplicationType.NONE)
            .properties("logging.level.root=WARN", "logging.level.io.camunda=ERROR")
            .run();
    }

    private static UUID startLibraryRun(ConfigurableApplicationContext server, Path project) throws IOException {
        ScaffoldRuns runs = server.getBean(ScaffoldRuns.class);
        StartRequest request = new StartRequest("library.jdl",
                Files.readString(Path.of("src", "test", "resources", "console", "library.jdl")), "partial", null,
                "local", "test", null);
        return runs.start(request.withOutputDir(project), runs.read(request)).id();
    }

    private int resume(String runId) {
        return resume(runId, "");
    }

    private int resume(String runId, String terminalInput) {
        return ResumeCommand.resume(ScaffoldApplication.class, new String[] { runId }, print(), printErr(),
                new ByteArrayInputStream(terminalInput.getBytes(StandardCharsets.UTF_8)));
    }

    private PrintStream print() {
        out = new ByteArrayOutputStream();
        return new PrintStream(out, true, StandardCharsets.UTF_8);
    }

    private PrintStream printErr() {
        err = new ByteArrayOutputStream();
        return new PrintStream(err, true, StandardCharsets.UTF_8);
    }

    private String stdout() {
        return out.toString(StandardCharsets.UTF_8);
    }

    private String stderr() {
        return err.toString(StandardCharsets.UTF_8);
    }

}
