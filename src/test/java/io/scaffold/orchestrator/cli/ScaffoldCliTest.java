package io.scaffold.orchestrator.cli;

import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.io.PipedInputStream;
import java.io.PipedOutputStream;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.concurrent.FutureTask;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import io.scaffold.orchestrator.ScaffoldApplication;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.scaffold.orchestrator.ScaffoldTestContext;
import io.scaffold.orchestrator.artifacts.ArtifactStore;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code scaffold run} end to end, in this JVM, each run on a fresh embedded runtime. */
class ScaffoldCliTest {

    @TempDir
    Path tmp;

    final ObjectMapper json = new ObjectMapper();

    final ByteArrayOutputStream out = new ByteArrayOutputStream();

    final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @BeforeAll
    static void workspace() {
        System.setProperty("scaffold.workspace", ScaffoldTestContext.workspace().toString());
    }

    @Test
    void scaffoldsTheBugTrackerAndWritesTheReport() throws IOException {
        Path target = tmp.resolve("bug-tracker");

        int exit = run("", ScaffoldTestContext.corpus("bug-tracker.jdl").toString(), "--out", target.toString());

        assertThat(exit).as(stdout() + stderr()).isZero();
        assertThat(stdout()).contains("▶ Intake", "✔ Handover", "gate domain-approval: score", "→ PASS", "COMPLETED");
        // issue 14, item 2: the terminal says what the verification build is doing
        assertThat(stdout()).contains("verification build: compiling", "verification build: testing 1 of ");
        JsonNode report = json.readTree(target.resolve("docs/scaffold/report.json").toFile());
        assertThat(report.path("status").asText()).isEqualTo("COMPLETED");
        assertThat(report.path("processInstanceKey").asLong()).isPositive();
        List<String> phases = new ArrayList<>();
        for (JsonNode phase : report.path("phases")) {
            phases.add(phase.path("id").asText());
            assertThat(phase.path("status").asText()).isEqualTo("COMPLETED");
            assertThat(phase.path("durationMs").asLong()).isNotNegative();
            assertThat(phase.path("name").asText()).isNotBlank();
        }
        assertThat(phases).containsExactly("intake", "domain-analysis", "architecture", "data-design", "api-design",
                "implementation", "verification", "delivery", "handover");
        List<String> gates = new ArrayList<>();
        for (JsonNode gate : report.path("gates")) {
            gates.add(gate.path("gateId").asText());
            // passes, or passes with concerns: the findings carried into the report
            assertThat(gate.path("verdict").asText()).isIn("PASS", "CONCERNS");
            assertThat(gate.path("reason").asText()).isNotBlank();
            assertThat(gate.path("score").asDouble()).isGreaterThanOrEqualTo(gate.path("threshold").asDouble());
            assertThat(gate.path("decidedBy").asText()).isEqualTo("dmn");
            assertThat(gate.path("criteria").size()).isPositive();
            gate.path("criteria").forEach(c -> {
                assertThat(c.has("findings")).isTrue();
                c.path("findings").forEach(f -> {
                    assertThat(f.path("ruleId").asText()).matches("[A-Z][A-Z0-9]*(-[A-Z0-9]+)+");
                    assertThat(f.path("severity").asText()).isIn("BLOCKER", "MAJOR", "MINOR", "INFO");
                    assertThat(f.path("suggestedAction").asText()).isNotBlank();
                    assertThat(f.has("location")).isTrue();
                    // present where a decision change would fix it (the report leaves
                    // nulls out)
                    if (f.has("proposedChange")) {
                        assertThat(f.path("proposedChange").path("decisionId").asText()).contains(":");
                    }
                });
            });
        }
        assertThat(gates).containsExactly("domain-approval", "architecture-review", "data-design", "api-contract",
                "implementation-review", "verification", "release-readiness");
        int checked = 0;
        for (JsonNode artifact : report.path("artifacts")) {
            Path file = target.resolve(artifact.path("path").asText());
            assertThat(file).exists();
            assertThat(ArtifactStore.sha256(Files.readAllBytes(file))).isEqualTo(artifact.path("sha256").asText());
            assertThat(artifact.path("phase").asText()).isNotBlank();
            assertThat(artifact.path("agent").asText()).isNotBlank();
            checked++;
        }
        assertThat(checked).isGreaterThan(50);
        assertThat(target.resolve("src/main/resources/db/migration/V1__create_schema.sql")).exists();
    }

    @Test
    void clarifyingQuestionsAnsweredInTheTerminalChangeTheDecisionsAndTheProject() throws IOException {
        Path target = tmp.resolve("library");
        Path spec = write("library.jdl", "entity Book { title String, pages Integer }\n");
        // login: Enter (recommended); Book.title required: option 2 (false); paging:
        // INFINITE_SCROLL as written; then approve every gate without a comment
        String answers = "\n2\nINFINITE_SCROLL\n" + "a\n\n".repeat(12);

        int exit = run(answers, spec.toString(), "--out", target.toString(), "--automation", "manual");

        assertThat(exit).as(stdout() + stderr()).isZero();
        assertThat(stdout()).contains("Clarify requirements (3 questions, for enterprise-architect, domain-expert)",
                "How should the list of Books be paged?", "[2] PAGINATION (recommended)",
                "requirements clarified by " + System.getProperty("user.name", "cli"),
                "pagination:Book = INFINITE_SCROLL", "field-required:Book.title = false", "COMPLETED");
        assertThat(Files.readString(target.resolve("docs/requirements/domain-model.md")))
            .contains("| INFINITE_SCROLL |");
    }

    @Test
    void aFindingWithAProposedFixIsReworkedAndScoresHigherOnTheSecondAttempt() throws IOException {
        // Synthetic names fit no schema.org type and no field is required. Clarifying
        // takes the recommended "first field required" for the first nine entities (ten
        // questions at most, login first); for the last three requirements-complete
        // proposes it, and the rework in full automation applies the proposals.
        Path target = tmp.resolve("synthetic");
        StringBuilder jdl = new StringBuilder();
        for (int i = 1; i <= 12; i++) {
            jdl.append("entity Entity%02d { field%02dA String, field%02dB Integer }%n".formatted(i, i, i));
        }
        Path spec = write("synthetic.jdl", jdl.toString());

        int exit = run("", spec.toString(), "--out", target.toString());

        assertThat(exit).as(stdout() + stderr()).isZero();
        JsonNode report = json.readTree(target.resolve("docs/scaffold/report.json").toFile());
        List<JsonNode> domain = new ArrayList<>();
        report.path("gates").forEach(g -> {
            if (g.path("gateId").asText().equals("domain-approval")) {
                domain.add(g);
            }
        });
        assertThat(domain).extracting(g -> g.path("attempt").asInt()).containsExactly(1, 2);
        assertThat(domain.get(0).path("verdict").asText()).isEqualTo("REWORK");
        assertThat(domain.get(1).path("score").decimalValue())
            .isGreaterThan(domain.get(0).path("score").decimalValue());
        List<String> proposed = new ArrayList<>();
        domain.get(0).path("criteria").forEach(c -> c.path("findings").forEach(f -> {
            if (f.path("ruleId").asText().equals("REQ-NO-REQUIRED-FIELD")) {
                proposed.add(f.path("proposedChange").path("decisionId").asText());
            }
        }));
        assertThat(proposed).containsExactlyInAnyOrder("field-required:Entity10.field10A",
                "field-required:Entity11.field11A", "field-required:Entity12.field12A");
        // the second attempt has nothing left to apply: it ends the gate instead of
        // looping
        assertThat(domain.get(1).path("verdict").asText()).isIn("PASS", "CONCERNS");
    }

    @Test
    void withTheConsoleTheRunIsServedOnLoopbackWhileItLastsAndNoLonger() throws Exception {
        Path target = tmp.resolve("out");
        Path spec = write("shop.jdl", "entity Product { name String required }\n");
        out.reset();
        err.reset();
        PipedOutputStream typing = new PipedOutputStream();
        PipedInputStream stdin = new PipedInputStream(typing);
        // its own thread: the common pool (one thread on two cores) is the application's
        FutureTask<Integer> exit = new FutureTask<>(() -> ScaffoldCli.run(ScaffoldApplication.class,
                new String[] { spec.toString(), "--out", target.toString(), "--automation", "manual", "--console" },
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8),
                stdin));
        Thread.ofPlatform().name("scaffold-run").start(exit);

        Pattern console = Pattern.compile("Console: http://127\\.0\\.0\\.1:(\\d+)/#/runs/([0-9a-f-]{36})");
        await().atMost(Duration.ofMinutes(2)).until(() -> console.matcher(stdout()).find() || exit.isDone());
        Matcher url = console.matcher(stdout());
        assertThat(url.find()).as(stdout() + stderr()).isTrue();
        String base = "http://127.0.0.1:" + url.group(1);
        HttpClient http = HttpClient.newHttpClient();
        HttpResponse<String> run = http.send(
                HttpRequest.newBuilder(URI.create(base + "/api/v1/processes/" + url.group(2))).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(run.statusCode()).isEqualTo(200);
        assertThat(json.readTree(run.body()).path("status").asText()).isIn("STARTING", "RUNNING");

        // Enter twice for the recommended answers, then reject the domain gate
        typing.write("\n\nj\nnot what we need\n".getBytes(StandardCharsets.UTF_8));
        typing.flush();
        try {
            assertThat(exit.get(3, TimeUnit.MINUTES)).as(stdout() + stderr()).isEqualTo(ScaffoldCli.FAILED);
        }
        catch (TimeoutException e) {
            throw new AssertionError("the run did not end within 3 minutes:\n" + stdout() + stderr(), e);
        }
        assertThatThrownBy(() -> http.send(HttpRequest.newBuilder(URI.create(base + "/api/v1/console/config")).build(),
                HttpResponse.BodyHandlers.ofString()))
            .as("the server ends with the run")
            .isInstanceOf(ConnectException.class);
    }

    @Test
    void aRejectedGateFailsTheRunAndWritesNothing() {
        Path target = tmp.resolve("out");
        Path spec = write("shop.jdl", "entity Product { name String required }\n");

        // Enter twice: the recommended answers to the clarifying questions (login,
        // paging)
        int exit = run("\n\nj\nnot what we need\n", spec.toString(), "--out", target.toString(), "--automation",
                "manual");

        assertThat(exit).as(stdout() + stderr()).isEqualTo(ScaffoldCli.FAILED);
        assertThat(stdout()).contains("Approval needed: gate domain-approval", "FAILED",
                "Reason:  gate domain-approval rejected the run", ": not what we need", "Nothing was written to");
        assertThat(stdout()).contains("Findings of gate domain-approval (attempt 1):", "requirements-complete");
        assertThat(target).doesNotExist();
    }

    @Test
    void aCommentAloneIsRefusedAndApprovingBelowTheThresholdAsksForAWaiver() {
        Path target = tmp.resolve("out");
        // no schema.org type fits Zork: the domain gate scores below its threshold
        Path spec = write("zork.jdl", "entity Zork { name String required }\n");
        String future = LocalDate.now(ZoneOffset.UTC).plusDays(30).toString();

        int exit = run(
                // Enter twice: the recommended answers to the two clarifying questions
                String.join("\n", "", "", "r", "", "Please add a use case for loans", "a", "", "demo only",
                        "2020-01-01", future, "ok", "j", "stop here", ""),
                spec.toString(), "--out", target.toString(), "--automation", "manual");

        assertThat(exit).as(stdout() + stderr()).isEqualTo(ScaffoldCli.FAILED);
        assertThat(stdout()).contains("Approval needed: gate domain-approval", "schema-mapped",
                "a comment alone cannot be applied without a language model; change a decision instead",
                "below its threshold 0.85: approving it is a waiver", "2020-01-01 is not in the future",
                "gate domain-approval: waived by", "until " + future + " (demo only)",
                "Reason:  gate architecture-review rejected the run");
    }

    @Test
    void requestingChangesInTheTerminalAddsAUseCaseAndTheGateAsksAgain() {
        Path target = tmp.resolve("out");
        Path spec = write("zork.jdl", "entity Zork { name String required }\n");

        // Enter twice: the recommended answers to the two clarifying questions
        int exit = run(String.join("\n", "", "", "r", "u", "Lend a Zork to a member", "", "members borrow Zorks", "j",
                "stop here", ""), spec.toString(), "--out", target.toString(), "--automation", "manual");

        assertThat(exit).as(stdout() + stderr()).isEqualTo(ScaffoldCli.FAILED);
        String[] approvals = stdout().split("Approval needed: gate domain-approval");
        assertThat(approvals).as(stdout() + stderr()).hasSize(3);
        assertThat(approvals[1]).contains("Open decisions:", "use-cases:application", "schema-org-type:Zork = Thing");
        assertThat(approvals[1]).contains("decision use-cases:application → ",
                "; Lend a Zork to a member (PERSON, locked, by ");
        assertThat(approvals[2]).contains("Reason:  gate domain-approval rejected the run");
    }

    @Test
    void badInputIsRefusedBeforeAnythingStarts() {
        Path target = tmp.resolve("never");

        assertThat(run("", tmp.resolve("missing.jdl").toString(), "--out", target.toString())).isEqualTo(2);
        assertThat(stderr()).contains("missing.jdl");

        assertThat(run("", write("empty.jdl", "").toString(), "--out", target.toString())).isEqualTo(2);
        assertThat(run("", write("broken.jdl", "entity A {\n  name String\n").toString(), "--out", target.toString()))
            .isEqualTo(2);
        assertThat(stderr()).contains("broken.jdl:").contains("how to fix");

        assertThat(run("", "--colour", "x.jdl")).isEqualTo(2);
        assertThat(stderr()).contains("unknown option '--colour'", "usage: scaffold run SPEC");

        Path occupied = tmp.resolve("occupied");
        write("occupied/keep.txt", "mine");
        assertThat(run("", write("ok.jdl", "entity A { name String }").toString(), "--out", occupied.toString()))
            .isEqualTo(2);
        assertThat(stderr()).contains("is not empty");

        assertThat(target).doesNotExist();
    }

    private int run(String stdin, String... args) {
        out.reset();
        err.reset();
        return ScaffoldCli.run(ScaffoldApplication.class, args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8),
                new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)));
    }

    private Path write(String name, String content) {
        try {
            Path file = tmp.resolve(name);
            Files.createDirectories(file.getParent());
            return Files.writeString(file, content);
        }
        catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private String stdout() {
        return out.toString(StandardCharsets.UTF_8);
    }

    private String stderr() {
        return err.toString(StandardCharsets.UTF_8);
    }

}
