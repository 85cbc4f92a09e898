package io.scaffold.orchestrator.generation;

import io.scaffold.orchestrator.gates.probe.ProjectBuild;
import io.scaffold.orchestrator.domain.DomainModel;
import io.scaffold.orchestrator.generation.encoding.HostileText;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The project generated from a model with hostile text in every free-text slot (see
 * {@link HostileModel}) builds with its own Maven wrapper and passes its own tests
 * against a real PostgreSQL (that its sources declare only what the templates define is
 * {@link HostileTextTest}'s part; the build runs in a sandboxed copy that is gone
 * afterwards). A full Maven build in a separate process, hence the tag.
 */
@Tag("generated-build")
class HostileGeneratedBuildTest {

    @TempDir
    Path project;

    @Test
    void projectWithHostileTextCompilesAndPassesItsTests() throws IOException {
        DomainModel model = HostileModel.hostile(DomainFixtures.awkwardNames());
        GeneratedFile.writeAll(project, HostileModel.generate(model, HostileText.CORPUS).values());

        ProjectBuild.Result result = new ProjectBuild(project, Duration.ofMinutes(15)).run("verify");

        String output = result.output();
        assertThat(result.timedOut()).as("timed out").isFalse();
        assertThat(result.exitCode()).as(output.substring(Math.max(0, output.length() - 6000))).isZero();
        assertThat(result.tests().total()).isGreaterThanOrEqualTo(5 * model.entities().size());
        assertThat(result.tests().failures() + result.tests().errors()).isZero();
        assertThat(result.succeeded()).isTrue();
    }

}
