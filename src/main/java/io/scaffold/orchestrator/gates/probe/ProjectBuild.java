package io.scaffold.orchestrator.gates.probe;

import io.scaffold.orchestrator.generation.ProjectLayout;
import io.scaffold.orchestrator.gates.probe.sandbox.BuildSandbox;
import io.scaffold.orchestrator.gates.probe.sandbox.SandboxPolicy;
import org.w3c.dom.Element;
import org.xml.sax.SAXException;

import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * Runs Maven on a generated project in a {@link BuildSandbox} (a private copy, a clean
 * environment, resource limits, OS isolation where available) and reads what the build
 * left behind in the copy: Surefire's test counts and JaCoCo's coverage. The build uses
 * the project's own Maven wrapper, the JDK this JVM runs on and the caller's local Maven
 * repository, so dependencies are downloaded once for every generated project.
 * <p>
 * Two steps, because generated test code must not reach the network nor alter the shared
 * repository: first {@code dependency:go-offline} with the network and a writable
 * repository (it resolves the pom's dependencies and plugins, compiles nothing and runs
 * no test), then the requested goals offline ({@code -o}), without network and with the
 * repository read-only. The first step is skipped when a project with the same
 * {@code pom.xml} and wrapper properties was resolved before into the same local
 * repository (a record under {@code .scaffold-resolved/} in it, written by this class
 * after a successful resolution, never by the build); should the offline build then miss
 * an artifact (the repository was pruned since), it resolves and builds again.
 */
public final class ProjectBuild {

    /** What Maven says when an offline build needs an artifact the repository lacks. */
    private static final String MISSING_OFFLINE = "in offline mode";

    private static final String RESOLUTION_RECORDS = ".scaffold-resolved";

    private static final String WRAPPER_PROPERTIES = ".mvn/wrapper/maven-wrapper.properties";

    private final Path projectDir;

    private final SandboxPolicy policy;

    private final Consumer<String> progress;

    private final Path javaHome = Path.of(System.getProperty("java.home"));

    private final Path localRepository = defaultLocalRepository();

    private final Path mavenUserHome = Path.of(System.getProperty("user.home"), ".m2");

    public ProjectBuild(Path projectDir, Duration timeout) {
        this(projectDir, SandboxPolicy.DEFAULTS.withTimeout(timeout));
    }

    public ProjectBuild(Path projectDir, SandboxPolicy policy) {
        this(projectDir, policy, step -> {
        });
    }

    /**
     * @param progress told what the build is doing each time that changes ("resolving
     * dependencies", "compiling", "testing 2 of 5 test classes", …)
     */
    public ProjectBuild(Path projectDir, SandboxPolicy policy, Consumer<String> progress) {
        this.projectDir = projectDir;
        this.policy = policy;
        this.progress = progress;
    }

    private static Path defaultLocalRepository() {
        String configured = System.getProperty("maven.repo.local");
        return configured != null ? Path.of(configured) : Path.of(System.getProperty("user.home"), ".m2", "repository");
    }

    /**
     * Runs {@code ./mvnw -B <goals>} (e.g. {@code verify}) and waits for it, at most the
     * policy's time limit.
     */
    public Result run(String... goals) {
        if (!Files.isRegularFile(projectDir.resolve(ProjectLayout.MAVEN_WRAPPER))) {
            throw new IllegalArgumentException(
                    "No Maven wrapper (mvnw) in " + projectDir + "; generate the implementation phase first");
        }
        long started = System.nanoTime();
        Optional<Path> resolutionRecord = resolutionRecord();
        try (BuildSandbox sandbox = BuildSandbox.open(projectDir, policy, javaHome, localRepository, mavenUserHome)) {
            boolean resolvedBefore = resolutionRecord.filter(Files::isRegularFile).isPresent();
            BuildSandbox.Outcome outcome = resolvedBefore ? null : resolve(sandbox, resolutionRecord, started);
            // A failed resolution (no network, say) is no verdict: the offline step shows
            // whether anything is missing.
            if (outcome == null || !outcome.timedOut()) {
                outcome = buildOffline(sandbox, goals, started);
                if (resolvedBefore && outcome.exitCode() != 0 && !outcome.timedOut()
                        && sandbox.output().contains(MISSING_OFFLINE)) {
                    outcome = resolve(sandbox, resolutionRecord, started);
                    if (!outcome.timedOut()) {
                        outcome = buildOffline(sandbox, goals, started);
                    }
                }
            }
            Path copy = sandbox.project();
            return new Result(outcome.exitCode(), outcome.timedOut(), Duration.ofNanos(System.nanoTime() - started),
                    sandbox.output(), testCounts(copy.resolve(ProjectLayout.SUREFIRE_REPORTS)),
                    coverage(copy.resolve(ProjectLayout.JACOCO_CSV)));
        }
    }

    private BuildSandbox.Outcome resolve(BuildSandbox sandbox, Optional<Path> resolutionRecord, long started) {
        progress.accept("resolving dependencies");
        BuildSandbox.Outcome outcome = sandbox.run(maven("dependency:go-offline"), BuildSandbox.Network.ALLOWED,
                BuildSandbox.MavenCache.WRITABLE, remaining(started));
        if (outcome.exitCode() == 0 && resolutionRecord.isPresent()) {
            Path record = resolutionRecord.get();
            try {
                Files.createDirectories(record.getParent());
                Files.writeString(record, projectDir + "\n");
            }
            catch (IOException e) {
                throw new UncheckedIOException("cannot record the resolution of " + projectDir + " in " + record
                        + "; check that the local Maven repository is writable", e);
            }
        }
        return outcome;
    }

    private BuildSandbox.Outcome buildOffline(BuildSandbox sandbox, String[] goals, long started) {
        List<String> offline = new ArrayList<>(List.of("-o"));
        offline.addAll(List.of(goals));
        progress.accept("starting Maven");
        return sandbox.run(maven(offline.toArray(String[]::new)), BuildSandbox.Network.LOOPBACK_ONLY,
                BuildSandbox.MavenCache.READ_ONLY, remaining(started),
                new MavenSteps(testClasses(sandbox.project()), progress));
    }

    /**
     * Test classes by Surefire's default includes ({@code Test*}, {@code *Test},
     * {@code *Tests}, {@code *TestCase}) under {@code src/test/java}.
     */
    static int testClasses(Path project) {
        Path tests = project.resolve("src/test/java");
        if (!Files.isDirectory(tests)) {
            return 0;
        }
        try (Stream<Path> files = Files.walk(tests)) {
            return (int) files
                .filter(f -> f.getFileName().toString().matches("(Test\\w*|\\w*(Test|Tests|TestCase))\\.java"))
                .count();
        }
        catch (IOException e) {
            throw new UncheckedIOException("cannot list the tests of " + project, e);
        }
    }

    /**
     * Where a successful resolution of this project's build (its {@code pom.xml} and
     * wrapper properties) into the local repository is recorded; none without a
     * {@code pom.xml}.
     */
    Optional<Path> resolutionRecord() {
        if (!Files.isRegularFile(projectDir.resolve("pom.xml"))) {
            return Optional.empty();
        }
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            for (Path file : List.of(projectDir.resolve("pom.xml"), projectDir.resolve(WRAPPER_PROPERTIES))) {
                sha.update(file.getFileName().toString().getBytes(StandardCharsets.UTF_8));
                sha.update((byte) 0);
                if (Files.isRegularFile(file)) {
                    sha.update(Files.readAllBytes(file));
                }
            }
            return Optional
                .of(localRepository.resolve(RESOLUTION_RECORDS).resolve(HexFormat.of().formatHex(sha.digest())));
        }
        catch (IOException e) {
            throw new UncheckedIOException("cannot read the build files of " + projectDir, e);
        }
        catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private List<String> maven(String... arguments) {
        List<String> command = new ArrayList<>(List.of("sh", "mvnw", "-B", "-Dmaven.repo.local=" + localRepository));
        command.addAll(List.of(arguments));
        return command;
    }

    private Duration remaining(long started) {
        return policy.timeout().minus(Duration.ofNanos(System.nanoTime() - started));
    }

    /**
     * Sums the counts of every Surefire XML report in the directory (all zero when there
     * is none).
     */
    public static TestCounts testCounts(Path reportsDir) {
        if (!Files.isDirectory(reportsDir)) {
            return new TestCounts(0, 0, 0, 0);
        }
        int tests = 0, failures = 0, errors = 0, skipped = 0;
        try (Stream<Path> reports = Files.list(reportsDir)) {
            for (Path report : reports.filter(p -> p.getFileName().toString().matches("TEST-.*\\.xml"))
                .sorted()
                .toList()) {
                Element suite = DocumentBuilderFactory.newInstance()
                    .newDocumentBuilder()
                    .parse(report.toFile())
                    .getDocumentElement();
                tests += count(suite, "tests");
                failures += count(suite, "failures");
                errors += count(suite, "errors");
                skipped += count(suite, "skipped");
            }
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        catch (ParserConfigurationException | SAXException e) {
            throw new IllegalStateException("Unreadable Surefire report in " + reportsDir + ": " + e.getMessage(), e);
        }
        return new TestCounts(tests, failures, errors, skipped);
    }

    private static int count(Element suite, String attribute) {
        String value = suite.getAttribute(attribute);
        return value.isEmpty() ? 0 : Integer.parseInt(value);
    }

    /**
     * Line and instruction coverage summed over every class of a JaCoCo CSV report, if
     * there is one.
     */
    public static Optional<Coverage> coverage(Path jacocoCsv) {
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
                throw new IllegalStateException(
                        jacocoCsv + " is not a JaCoCo CSV report: header is " + lines.getFirst());
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
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static double ratio(long covered, long missed) {
        return covered + missed == 0 ? 0 : (double) covered / (covered + missed);
    }

    /**
     * @param exitCode Maven's exit code, -1 when it was stopped at the time limit
     * @param timedOut the time limit was reached
     * @param output what Maven printed (stdout and stderr), the end of it when it was
     * longer than the policy keeps
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
