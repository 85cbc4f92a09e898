package io.scaffold.orchestrator.gates.probe.sandbox;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** The sandbox with and without OS isolation, on real processes. */
class BuildSandboxTest {

    @TempDir
    Path dir;

    @Test
    void refusesToBuildWithoutIsolationWhenThePolicyRequiresIt() throws IOException {
        Path project = project();

        assertThatThrownBy(() -> open(project, SandboxPolicy.DEFAULTS.withRequireIsolation(true), false))
            .isInstanceOf(IllegalStateException.class)
            .hasMessageContaining("bubblewrap")
            .hasMessageContaining("scaffold.build-sandbox.require-isolation=false");
    }

    @Test
    void withoutIsolationStillBuildsACopyWithACleanEnvironmentAndRemovesIt() throws IOException {
        Path project = project();
        Path copy;
        try (BuildSandbox sandbox = open(project, SandboxPolicy.DEFAULTS, false)) {
            copy = sandbox.project();
            BuildSandbox.Outcome outcome = sandbox.run(
                    List.of("sh", "-c", "cat marker.txt; echo \"home=$HOME\"; env | wc -l"),
                    BuildSandbox.Network.LOOPBACK_ONLY, BuildSandbox.MavenCache.READ_ONLY, Duration.ofSeconds(30));

            assertThat(outcome).isEqualTo(new BuildSandbox.Outcome(0, false));
            assertThat(sandbox.isolated()).isFalse();
            assertThat(copy).isNotEqualTo(project);
            assertThat(sandbox.output()).contains("original content", "home=" + copy.getParent().resolve("home"));
        }
        assertThat(copy).doesNotExist();
        assertThat(project.resolve("marker.txt")).exists();
    }

    @Test
    void withIsolationTheServersFilesAreOutOfSightAndTheSystemReadOnly() throws IOException {
        assumeTrue(BuildSandbox.osIsolationAvailable(), "bubblewrap is not usable on this machine");
        Path project = project();
        Path serverFile = Files.writeString(dir.resolve("server-config.yml"), "secret");
        try (BuildSandbox sandbox = open(project, SandboxPolicy.DEFAULTS, true)) {
            sandbox.run(
                    List.of("sh", "-c", "cat '" + serverFile + "' || echo server-file-hidden;"
                            + " touch /usr/escaped 2>/dev/null || echo usr-read-only;"
                            + " touch marker.txt && echo copy-writable; echo pid=$$;"
                            + " test -e /etc/shadow || echo shadow-hidden; test -e /etc/passwd && echo passwd-visible"),
                    BuildSandbox.Network.LOOPBACK_ONLY, BuildSandbox.MavenCache.READ_ONLY, Duration.ofSeconds(30));

            assertThat(sandbox.output())
                .contains("server-file-hidden", "usr-read-only", "copy-writable", "shadow-hidden", "passwd-visible")
                .doesNotContain("secret")
                .containsPattern("pid=[12]\\b"); // its own PID namespace
        }
    }

    private Path project() throws IOException {
        Path project = Files.createDirectories(dir.resolve("project"));
        Files.writeString(project.resolve("marker.txt"), "original content\n");
        Files.createDirectories(project.resolve("target"));
        return project;
    }

    private BuildSandbox open(Path project, SandboxPolicy policy, boolean isolated) {
        Path home = Path.of(System.getProperty("user.home"));
        return BuildSandbox.open(project, policy, Path.of(System.getProperty("java.home")),
                home.resolve(".m2/repository"), home.resolve(".m2"), isolated);
    }

}
