package io.scaffold.orchestrator.generation;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The essential outcome: a project generated from bug-tracker.jdl builds with its own Maven wrapper and passes its
 * own tests against a real PostgreSQL. Slow (a full Maven build in a separate process), hence the tag.
 */
@Tag("generated-build")
class GeneratedBuildTest {

    @TempDir
    Path project;

    @Test
    void bugTrackerBuildsAndPassesItsOwnTests() throws IOException {
        GeneratedFile.writeAll(project, Phases.generateAll(GeneratorsTest.corpus("bug-tracker.jdl")));

        ProjectBuild.Result result = new ProjectBuild(project, Duration.ofMinutes(15)).run("verify");

        assertThat(result.timedOut()).as("timed out").isFalse();
        assertThat(result.exitCode()).as(tail(result.output())).isZero();
        assertThat(result.tests().total()).isGreaterThan(40);
        assertThat(result.tests().failures() + result.tests().errors()).isZero();
        assertThat(result.coverage()).hasValueSatisfying(c -> assertThat(c.line()).isGreaterThan(0.7));
        assertThat(result.succeeded()).isTrue();
    }

    private static String tail(String output) {
        return output.substring(Math.max(0, output.length() - 6000));
    }
}
