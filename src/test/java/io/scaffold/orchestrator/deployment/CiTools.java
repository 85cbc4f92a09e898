package io.scaffold.orchestrator.deployment;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The command-line tools the deployment tests run, installed by
 * {@code tools/install-ci-tools.sh}. A missing tool fails the test with the command that
 * installs it: these checks never skip.
 */
final class CiTools {

    static final Path PROJECT = Path.of("").toAbsolutePath();

    private static final String INSTALL_HINT = "run `tools/install-ci-tools.sh` as root (it installs every tool these tests need)";

    record Result(int exitCode, String stdout, String stderr) {
        String output() {
            return stdout + stderr;
        }
    }

    private CiTools() {
    }

    static Path dockerCompose() {
        return onPath("docker-compose", "Debian's docker-compose (Compose 1.29) validates docker-compose.yml offline");
    }

    static Path node() {
        return onPath("node", "Node.js runs the Dockerfile linter");
    }

    /**
     * Debian's kubectl 1.20, unpacked into the project so that it does not shadow another
     * kubectl.
     */
    static Path kubectl() {
        Path kubectl = PROJECT.resolve("tools/kubernetes-client/usr/bin/kubectl");
        if (!Files.isExecutable(kubectl)) {
            throw new AssertionError("kubectl for `kubectl kustomize` is missing at " + kubectl + ": " + INSTALL_HINT);
        }
        return kubectl;
    }

    static Path dockerfileLinter() {
        Path linter = PROJECT.resolve("tools/dockerfile-lint/lint.mjs");
        if (!Files.isDirectory(PROJECT.resolve("tools/dockerfile-lint/node_modules/dockerfile-utils"))) {
            throw new AssertionError(
                    "the Dockerfile linter's npm packages are missing in tools/dockerfile-lint/node_modules: "
                            + INSTALL_HINT);
        }
        return linter;
    }

    static Result run(Duration timeout, List<String> command) {
        try {
            Path stdout = Files.createTempFile("ci-tool-", ".out");
            Path stderr = Files.createTempFile("ci-tool-", ".err");
            try {
                Process process = new ProcessBuilder(command).directory(PROJECT.toFile())
                    .redirectOutput(stdout.toFile())
                    .redirectError(stderr.toFile())
                    .start();
                if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                    process.destroyForcibly();
                    throw new AssertionError(String.join(" ", command) + " did not finish within " + timeout);
                }
                return new Result(process.exitValue(), Files.readString(stdout, StandardCharsets.UTF_8),
                        Files.readString(stderr, StandardCharsets.UTF_8));
            }
            finally {
                Files.deleteIfExists(stdout);
                Files.deleteIfExists(stderr);
            }
        }
        catch (IOException e) {
            throw new UncheckedIOException("could not run " + String.join(" ", command), e);
        }
        catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted while running " + String.join(" ", command), e);
        }
    }

    private static Path onPath(String name, String why) {
        String path = System.getenv().getOrDefault("PATH", "");
        for (String directory : path.split(java.io.File.pathSeparator)) {
            Path candidate = Path.of(directory).resolve(name);
            if (Files.isExecutable(candidate)) {
                return candidate;
            }
        }
        throw new AssertionError(name + " is not on the PATH (" + why + "): " + INSTALL_HINT);
    }

}
