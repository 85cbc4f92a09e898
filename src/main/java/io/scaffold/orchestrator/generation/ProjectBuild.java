package io.scaffold.orchestrator.generation;

import org.w3c.dom.Element;
import org.xml.sax.SAXException;

import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Runs Maven on a generated project in a separate process with a time limit, and reads what the build left
 * behind: Surefire's test counts and JaCoCo's coverage. The build uses the project's own Maven wrapper, the JDK
 * this JVM runs on (unless {@code JAVA_HOME} is given) and the caller's local Maven repository, so dependencies
 * are downloaded once for every generated project.
 */
public final class ProjectBuild {

    private final Path projectDir;
    private final Duration timeout;
    private final Path javaHome;
    private final Path localRepository;

    public ProjectBuild(Path projectDir, Duration timeout) {
        this(projectDir, timeout, Path.of(System.getProperty("java.home")), defaultLocalRepository());
    }

    public ProjectBuild(Path projectDir, Duration timeout, Path javaHome, Path localRepository) {
        this.projectDir = projectDir;
        this.timeout = timeout;
        this.javaHome = javaHome;
        this.localRepository = localRepository;
    }

    private static Path defaultLocalRepository() {
        String configured = System.getProperty("maven.repo.local");
        return configured != null ? Path.of(configured)
                : Path.of(System.getProperty("user.home"), ".m2", "repository");
    }

    /** Runs {@code ./mvnw -B <goals>} (e.g. {@code verify}) and waits for it, at most the time limit. */
    public Result run(String... goals) {
        if (!Files.isRegularFile(projectDir.resolve("mvnw"))) {
            throw new IllegalArgumentException("No Maven wrapper (mvnw) in " + projectDir + "; generate the implementation phase first");
        }
        List<String> command = new ArrayList<>(List.of("sh", "mvnw", "-B", "-Dmaven.repo.local=" + localRepository));
        command.addAll(List.of(goals));
        long started = System.nanoTime();
        try {
            Path log = Files.createTempFile("project-build", ".log");
            try {
                ProcessBuilder builder = new ProcessBuilder(command).directory(projectDir.toFile())
                        .redirectErrorStream(true).redirectOutput(log.toFile());
                builder.environment().put("JAVA_HOME", javaHome.toString());
                Process process = builder.start();
                boolean finished = process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS);
                if (!finished) {
                    // Maven forks test JVMs: end the whole tree, not just the wrapper script.
                    process.descendants().forEach(ProcessHandle::destroyForcibly);
                    process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
                }
                Duration took = Duration.ofNanos(System.nanoTime() - started);
                String output = Files.readString(log, StandardCharsets.UTF_8);
                return new Result(finished ? process.exitValue() : -1, !finished, took, output,
                        testCounts(projectDir.resolve("target/surefire-reports")),
                        coverage(projectDir.resolve("target/site/jacoco/jacoco.csv")));
            } finally {
                Files.deleteIfExists(log);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot run Maven in " + projectDir, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while building " + projectDir, e);
        }
    }

    /** Sums the counts of every Surefire XML report in the directory (all zero when there is none). */
    static TestCounts testCounts(Path reportsDir) {
        if (!Files.isDirectory(reportsDir)) {
            return new TestCounts(0, 0, 0, 0);
        }
        int tests = 0, failures = 0, errors = 0, skipped = 0;
        try (Stream<Path> reports = Files.list(reportsDir)) {
            for (Path report : reports.filter(p -> p.getFileName().toString().matches("TEST-.*\\.xml")).sorted().toList()) {
                Element suite = DocumentBuilderFactory.newInstance().newDocumentBuilder()
                        .parse(report.toFile()).getDocumentElement();
                tests += count(suite, "tests");
                failures += count(suite, "failures");
                errors += count(suite, "errors");
                skipped += count(suite, "skipped");
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (ParserConfigurationException | SAXException e) {
            throw new IllegalStateException("Unreadable Surefire report in " + reportsDir + ": " + e.getMessage(), e);
        }
        return new TestCounts(tests, failures, errors, skipped);
    }

    private static int count(Element suite, String attribute) {
        String value = suite.getAttribute(attribute);
        return value.isEmpty() ? 0 : Integer.parseInt(value);
    }

    /** Line and instruction coverage summed over every class of a JaCoCo CSV report, if there is one. */
    static Optional<Coverage> coverage(Path jacocoCsv) {
        if (!Files.isRegularFile(jacocoCsv)) {
            return Optional.empty();
        }
        try {
            List<String> lines = Files.readAllLines(jacocoCsv, StandardCharsets.UTF_8);
            List<String> header = List.of(lines.getFirst().split(","));
            int instructionMissed = header.indexOf("INSTRUCTION_MISSED");
            int instructionCovered = header.indexOf("INSTRUCTION_COVERED");
            int lineMissed = header.indexOf("LINE_MISSED");
            int lineCovered = header.indexOf("LINE_COVERED");
            if (Math.min(Math.min(instructionMissed, instructionCovered), Math.min(lineMissed, lineCovered)) < 0) {
                throw new IllegalStateException(jacocoCsv + " is not a JaCoCo CSV report: header is " + lines.getFirst());
            }
            long[] sums = new long[4];
            for (String line : lines.subList(1, lines.size())) {
                String[] cells = line.split(",");
                sums[0] += Long.parseLong(cells[instructionMissed]);
                sums[1] += Long.parseLong(cells[instructionCovered]);
                sums[2] += Long.parseLong(cells[lineMissed]);
                sums[3] += Long.parseLong(cells[lineCovered]);
            }
            return Optional.of(new Coverage(ratio(sums[3], sums[2]), ratio(sums[1], sums[0])));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static double ratio(long covered, long missed) {
        return covered + missed == 0 ? 0 : (double) covered / (covered + missed);
    }

    /**
     * @param exitCode Maven's exit code, -1 when it was stopped at the time limit
     * @param timedOut the time limit was reached
     * @param output   everything Maven printed (stdout and stderr)
     * @param coverage present when JaCoCo wrote its CSV report
     */
    public record Result(int exitCode, boolean timedOut, Duration duration, String output, TestCounts tests,
                         Optional<Coverage> coverage) {
        public boolean succeeded() {
            return exitCode == 0 && !timedOut && tests.total() > 0 && tests.failures() == 0 && tests.errors() == 0;
        }
    }

    public record TestCounts(int total, int failures, int errors, int skipped) {
        public int passed() {
            return total - failures - errors - skipped;
        }
    }

    /** Ratios from 0 to 1. */
    public record Coverage(double line, double instruction) {
    }
}
