package io.scaffold.orchestrator.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code ./scaffold run --automation manual} in a real terminal: the launcher runs in a
 * tmux session (its own server socket), and the test reads the screen and types the
 * answers as a person would: Enter for each clarifying question's recommended answer,
 * {@code a} and Enter for each gate approval. The launcher runs the packaged jar, which
 * the test packages from the compiled classes first (jar and repackage only, so the
 * classes of this test run are not rebuilt).
 */
class ManualRunInTmuxTest {

    private static final Pattern EXIT = Pattern.compile("SCAFFOLD_EXIT=(\\d+)");

    private static final Duration RUN_TIMEOUT = Duration.ofMinutes(6);

    @TempDir
    Path tmp;

    private final String socket = "scaffold-test-" + UUID.randomUUID();

    @Test
    void aManualRunIsAnsweredInTheTerminalAndCompletes() throws Exception {
        assumeTrue(command("tmux", "-V").exitCode() == 0,
                "tmux is not installed (tools/install-ci-tools.sh installs it): no terminal to drive");
        Result packaged = command("./mvnw", "-B", "-q", "-Dspring-javaformat.skip=true", "jar:jar",
                "spring-boot:repackage");
        assertThat(packaged.exitCode()).as(packaged.output()).isZero();
        Path out = tmp.resolve("library");

        try {
            // a loaded machine (CI, shared hosts) can take longer than the client's
            // default
            // 10 s to deploy the models to the embedded engine
            String launch = "SCAFFOLD_WORKSPACE=" + tmp.resolve("workspace")
                    + " SCAFFOLD_JAVA_OPTS=-Dcamunda.client.request-timeout=PT2M ./scaffold run --automation manual "
                    + "examples/library.yaml --out " + out + "; echo SCAFFOLD_EXIT=$?; sleep 600";
            assertThat(tmux("new-session", "-d", "-s", "run", "-x", "200", "-y", "50", "-c",
                    Path.of("").toAbsolutePath().toString(), launch)
                .exitCode()).isZero();

            String screen = answerUntilTheRunEnds();

            Matcher exit = EXIT.matcher(screen);
            assertThat(exit.find()).as(screen).isTrue();
            assertThat(exit.group(1)).as(screen).isEqualTo("0");
            assertThat(screen).contains("Clarify requirements (", "requirements clarified by",
                    "Approval needed: gate domain-approval", "COMPLETED");
            assertThat(new ObjectMapper().readTree(out.resolve("docs/scaffold/report.json").toFile())
                .path("status")
                .asText()).isEqualTo("COMPLETED");
            assertThat(out.resolve("pom.xml")).isRegularFile();
        }
        finally {
            tmux("kill-server");
        }
    }

    /**
     * Types the answer to each prompt the screen shows, once, in order; returns the whole
     * screen history when the launcher has exited.
     */
    private String answerUntilTheRunEnds() throws Exception {
        Instant deadline = Instant.now().plus(RUN_TIMEOUT);
        int answered = 0;
        while (Instant.now().isBefore(deadline)) {
            String screen = tmux("capture-pane", "-p", "-J", "-S", "-", "-t", "run").output();
            if (EXIT.matcher(screen).find()) {
                return screen;
            }
            // one prompt at a time waits for its answer; progress lines may follow it
            List<String> prompts = prompts(screen);
            if (prompts.size() > answered) {
                String keys = prompts.get(answered).contains("Decision:") ? "a" : "";
                if (!keys.isEmpty()) {
                    tmux("send-keys", "-t", "run", "-l", keys);
                }
                tmux("send-keys", "-t", "run", "Enter");
                answered = prompts.size();
            }
            Thread.sleep(300);
        }
        throw new AssertionError("the run did not end within " + RUN_TIMEOUT + ":\n"
                + tmux("capture-pane", "-p", "-J", "-S", "-", "-t", "run").output());
    }

    /**
     * The prompts on the screen so far: a clarifying question's answer, a gate decision,
     * a comment.
     */
    private static List<String> prompts(String screen) {
        List<String> prompts = new ArrayList<>();
        for (String line : screen.split("\n")) {
            String l = line.stripTrailing();
            // a prompt line goes on with what was typed after it
            if (l.matches("\\s*Answer \\[[^]]*]:.*") || l.matches("\\s*Decision: \\[a]pprove.*")
                    || l.matches("\\s*Comment[^:]*:.*")) {
                prompts.add(l);
            }
        }
        return prompts;
    }

    private Result tmux(String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("tmux", "-L", socket));
        command.addAll(List.of(args));
        return command(command.toArray(String[]::new));
    }

    private record Result(int exitCode, String output) {
    }

    private static Result command(String... command) throws IOException, InterruptedException {
        Process process;
        try {
            process = new ProcessBuilder(command).redirectErrorStream(true).start();
        }
        catch (IOException e) { // not installed
            return new Result(127, e.getMessage());
        }
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!process.waitFor(5, TimeUnit.MINUTES)) {
            process.destroyForcibly();
            return new Result(124, output);
        }
        return new Result(process.exitValue(), output);
    }

}
