package io.scaffold.orchestrator.generation;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

/** Reading Surefire and JaCoCo reports, and running a build that outlives its time limit. */
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
        Files.writeString(csv, """
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

    @Test
    void refusesADirectoryWithoutMavenWrapper() {
        assertThatThrownBy(() -> new ProjectBuild(dir, Duration.ofSeconds(1)).run("verify"))
                .hasMessageContaining("mvnw");
    }
}
