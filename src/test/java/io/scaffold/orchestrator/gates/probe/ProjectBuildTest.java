package io.scaffold.orchestrator.gates.probe;

import io.scaffold.orchestrator.gates.probe.sandbox.BuildSandbox;
import io.scaffold.orchestrator.gates.probe.sandbox.SandboxPolicy;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

/**
 * Reading Surefire and JaCoCo reports, and the sandbox of a build (with a stand-in
 * {@code mvnw} that reports what it can see and do): time limit, private copy, clean
 * environment, resource limits, bounded output.
 */
class ProjectBuildTest {

    @TempDir
    Path dir;

    @Test
    void sumsTheSurefireReports() throws IOException {
        Path reports = Files.createDirectories(dir.resolve("target/surefire-reports"));
        Files.writeString(reports.resolve("TEST-a.ATest.xml"),
                "<?xml version=\"1.0\"?><testsuite name=\"a\" tests=\"7\" failures=\"1\" errors=\"0\" skipped=\"2\"/>");
        Files.writeString(reports.resolve("TEST-b.BTest.xml"),
                "<?xml version=\"1.0\"?><testsuite name=\"b\" tests=\"5\" failures=\"0\" errors=\"1\" skipped=\"0\"/>");
        Files.writeString(reports.resolve("a.ATest.txt"), "not a report");

        ProjectBuild.TestCounts counts = ProjectBuild.testCounts(reports);

        assertThat(counts).isEqualTo(new ProjectBuild.TestCounts(12, 1, 1, 2));
        assertThat(counts.passed()).isEqualTo(8);
        assertThat(ProjectBuild.testCounts(dir.resolve("missing"))).isEqualTo(new ProjectBuild.TestCounts(0, 0, 0, 0));
    }

    @Test
    void readsCoverageFromJacocoCsv() throws IOException {
        Path csv = dir.resolve("jacoco.csv");
        Files.writeString(csv,
                """
                        GROUP,PACKAGE,CLASS,INSTRUCTION_MISSED,INSTRUCTION_COVERED,BRANCH_MISSED,BRANCH_COVERED,LINE_MISSED,LINE_COVERED,COMPLEXITY_MISSED,COMPLEXITY_COVERED,METHOD_MISSED,METHOD_COVERED
                        app,com.example,A,10,30,0,0,2,8,0,1,0,1
                        app,com.example,B,0,60,0,0,0,10,0,1,0,1
                        """);

        ProjectBuild.Coverage coverage = ProjectBuild.coverage(csv).orElseThrow();

        assertThat(coverage.line()).isCloseTo(18.0 / 20, within(1e-9));
        assertThat(coverage.instruction()).isCloseTo(90.0 / 100, within(1e-9));
        assertThat(ProjectBuild.coverage(dir.resolve("none.csv"))).isEmpty();
    }

    @Test
    void stopsABuildAtItsTimeLimit() throws IOException {
        Files.writeString(dir.resolve("mvnw"), "sleep 30\n");

        ProjectBuild.Result result = new ProjectBuild(dir, Duration.ofSeconds(1)).run("verify");

        assertThat(result.timedOut()).isTrue();
        assertThat(result.succeeded()).isFalse();
        assertThat(result.duration()).isLessThan(Duration.ofSeconds(20));
    }

    @Test
    void reportsTheExitCodeAndOutput() throws IOException {
        Files.writeString(dir.resolve("mvnw"), "echo \"maven $@\"\nexit 3\n");

        ProjectBuild.Result result = new ProjectBuild(dir, Duration.ofSeconds(30)).run("verify");

        assertThat(result.exitCode()).isEqualTo(3);
        assertThat(result.output()).contains("maven -B -Dmaven.repo.local=", " verify");
        assertThat(result.tests().total()).isZero();
    }

    /**
     * Issue 7, "Why" 4: the build inherited the server's whole environment and could
     * reach the server's files.
     */
    @Test
    void buildSeesNoSecretOfTheServerAndCannotWriteOutsideItsCopy() throws Exception {
        Path project = Files.createDirectories(dir.resolve("project"));
        Path serverFiles = Files.createDirectories(dir.resolve("server"));
        Path secretFile = Files.writeString(serverFiles.resolve("application-secrets.yml"), "password: file-s3cret");
        Files.writeString(project.resolve("mvnw"), """
                case "$*" in *verify*)
                  echo "probe env=${%1$s:-absent}"
                  echo "probe file=$(cat '%2$s' 2>/dev/null || echo absent)"
                  echo escaped > '%3$s/escaped.txt' 2>/dev/null && echo "probe write-original=written"
                  echo escaped > '%4$s/escaped.txt' 2>/dev/null && echo "probe write-server=written"
                  ;;
                esac
                exit 0
                """.formatted(ProjectBuildProbe.SECRET_VARIABLE, secretFile, project, serverFiles));

        String output = ProjectBuildProbe.buildWithSecretInEnvironment(project, Duration.ofSeconds(60), "env-s3cret");

        assertThat(output).contains("PROBE-RESULT exit=0", "probe env=absent").doesNotContain("env-s3cret");
        if (BuildSandbox.osIsolationAvailable()) {
            assertThat(output).contains("probe file=absent").doesNotContain("file-s3cret", "probe write-");
            assertThat(project.resolve("escaped.txt")).doesNotExist();
            assertThat(serverFiles.resolve("escaped.txt")).doesNotExist();
        }
    }

    /**
     * Issue 7, "Why" 4: parallel criterion jobs built in place, in one shared
     * {@code target/}.
     */
    @Test
    void concurrentBuildsOfOneProjectWorkInCopiesOfTheirOwn() throws Exception {
        Files.writeString(dir.resolve("mvnw"), """
                case "$*" in *verify*)
                  token=$(od -An -N8 -tx8 /dev/urandom | tr -d ' ')
                  mkdir -p target && echo "$token" > target/owner
                  sleep 2
                  [ "$(cat target/owner)" = "$token" ] && echo "probe target=own" || echo "probe target=shared"
                  echo "probe dir=$PWD"
                  ;;
                esac
                """);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<ProjectBuild.Result>> builds = pool
                .invokeAll(List.of(() -> new ProjectBuild(dir, Duration.ofSeconds(60)).run("verify"),
                        () -> new ProjectBuild(dir, Duration.ofSeconds(60)).run("verify")));
            for (Future<ProjectBuild.Result> build : builds) {
                String output = build.get().output();
                assertThat(output).contains("probe target=own").doesNotContain("probe target=shared");
                Matcher copy = Pattern.compile("probe dir=(\\S+)").matcher(output);
                assertThat(copy.find()).as(output).isTrue();
                assertThat(Path.of(copy.group(1))).as("the copy is removed").doesNotExist().isNotEqualTo(dir);
            }
        }
        finally {
            pool.shutdownNow();
        }
        assertThat(dir.resolve("target")).doesNotExist();
    }

    @Test
    void runsUnderThePolicysLimitsWithAnAllowListedEnvironment() throws IOException {
        Files.writeString(dir.resolve("mvnw"), "cat /proc/self/limits; env\n");
        SandboxPolicy policy = SandboxPolicy.DEFAULTS.withTimeout(Duration.ofSeconds(60));

        ProjectBuild.Result result = new ProjectBuild(dir, policy).run("verify");

        assertThat(result.output())
            .containsPattern("Max address space\\s+" + policy.addressSpaceMb() * 1024 * 1024 + "\\s")
            .containsPattern("Max file size\\s+" + policy.maxFileMb() * 1024 * 1024 + "\\s")
            .containsPattern("Max cpu time\\s+" + policy.cpuSeconds() + "\\s")
            .contains("MAVEN_OPTS=-Xmx" + policy.mavenHeapMb() + "m")
            .contains("JAVA_TOOL_OPTIONS=-Xmx" + policy.testHeapMb() + "m");
        Set<String> variables = result.output()
            .lines()
            .filter(l -> l.matches("[A-Za-z_][A-Za-z0-9_]*=.*"))
            .map(l -> l.substring(0, l.indexOf('=')))
            .collect(Collectors.toSet());
        assertThat(variables).isSubsetOf("JAVA_HOME", "PATH", "HOME", "LANG", "TMPDIR", "MAVEN_USER_HOME", "MAVEN_OPTS",
                "JAVA_TOOL_OPTIONS", "PWD", "OLDPWD", "SHLVL", "_");
    }

    @Test
    void keepsOnlyTheEndOfALongOutput() throws IOException {
        Files.writeString(dir.resolve("mvnw"),
                "yes 'a line of build output' | head -c 3000000; echo; echo 'the last line'\n");

        ProjectBuild.Result result = new ProjectBuild(dir,
                SandboxPolicy.DEFAULTS.withTimeout(Duration.ofSeconds(60)).withOutputTailKb(64))
            .run("verify");

        assertThat(result.output().length()).isLessThan(64 * 1024 + 100);
        assertThat(result.output()).contains("bytes of earlier build output dropped").endsWith("the last line\n");
    }

    /**
     * Issue 14, item 2: dependency resolution (a Maven JVM of its own, 3 to 4 s) runs
     * once per pom, not once per build; an offline build that misses an artifact resolves
     * and builds again.
     */
    @Test
    void resolvesDependenciesOncePerPomAndAgainWhenTheOfflineBuildMissesOne() throws IOException {
        Files.writeString(dir.resolve("pom.xml"), "<project><!-- " + UUID.randomUUID() + " --></project>\n");
        Files.writeString(dir.resolve("mvnw"), """
                echo "maven $*"
                case "$*" in *"-o verify"*)
                  [ ! -f missing ] || { echo "Cannot access central in offline mode"; exit 1; }
                  ;;
                esac
                exit 0
                """);
        ProjectBuild build = new ProjectBuild(dir, Duration.ofSeconds(60));
        Path record = build.resolutionRecord().orElseThrow();
        try {
            assertThat(build.run("verify").output()).contains("dependency:go-offline", "-o verify");
            assertThat(record).exists();

            assertThat(new ProjectBuild(dir, Duration.ofSeconds(60)).run("verify").output())
                .doesNotContain("dependency:go-offline")
                .contains("-o verify");

            Files.writeString(dir.resolve("missing"), "the offline build fails once for want of an artifact");
            String output = new ProjectBuild(dir, Duration.ofSeconds(60)).run("verify").output();
            assertThat(output.indexOf("in offline mode")).as(output).isPositive();
            assertThat(output.indexOf("dependency:go-offline")).as(output)
                .isGreaterThan(output.indexOf("in offline mode"));
        }
        finally {
            Files.deleteIfExists(record);
        }
    }

    @Test
    void refusesADirectoryWithoutMavenWrapper() {
        assertThatThrownBy(() -> new ProjectBuild(dir, Duration.ofSeconds(1)).run("verify"))
            .hasMessageContaining("mvnw");
    }

}
