package io.scaffold.orchestrator.gates.probe;

import io.scaffold.orchestrator.generation.GeneratedFile;
import io.scaffold.orchestrator.generation.Phases;
import io.scaffold.orchestrator.gates.probe.sandbox.BuildSandbox;
import io.scaffold.orchestrator.spec.SpecOptions;
import io.scaffold.orchestrator.spec.SpecReader;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 7, "Why" 4, with a real build: a generated project whose own JUnit test, run by
 * the verification build's {@code mvnw verify}, tries what code injected through a spec
 * would try: read a secret from the server's environment and from the server's files,
 * write into the original project, into the server's files and into the shared local
 * Maven repository, and reach the network. The test prints what it managed; the build
 * runs in a JVM started with the secret in its environment, as the server would be. Slow
 * (a full Maven build), hence the tag.
 */
@Tag("generated-build")
class SandboxedBuildTest {

    @TempDir
    Path dir;

    @Test
    void generatedTestCodeCannotReachTheServersSecretsFilesOrNetwork() throws Exception {
        Path project = dir.resolve("project");
        Path serverFiles = Files.createDirectories(dir.resolve("server"));
        Path secretFile = Files.writeString(serverFiles.resolve("application-secrets.yml"), "password: file-s3cret");
        Path repository = Path.of(System.getProperty("maven.repo.local",
                Path.of(System.getProperty("user.home"), ".m2", "repository").toString()));
        Path repositoryMarker = repository.resolve("escaped-" + UUID.randomUUID() + ".txt");
        GeneratedFile.writeAll(project,
                Phases.generateAll(new SpecReader().read(Path.of("examples/library.yaml"), SpecOptions.DEFAULTS)));
        Files.writeString(project.resolve("src/test/java/EscapeProbeTest.java"), """
                import java.net.InetSocketAddress;
                import java.net.Socket;
                import java.nio.file.Files;
                import java.nio.file.Path;
                import java.util.concurrent.Callable;
                import org.junit.jupiter.api.Test;

                class EscapeProbeTest {
                    @Test
                    void probe() {
                        System.out.println("PROBE env=" + System.getenv("%1$s"));
                        System.out.println("PROBE file=" + attempt(() -> Files.readString(Path.of("%2$s"))));
                        System.out.println("PROBE write-original=" + write(Path.of("%3$s", "escaped.txt")));
                        System.out.println("PROBE write-server=" + write(Path.of("%4$s", "escaped.txt")));
                        System.out.println("PROBE write-repository=" + write(Path.of("%5$s")));
                        System.out.println("PROBE network=" + attempt(() -> {
                            try (Socket socket = new Socket()) {
                                socket.connect(new InetSocketAddress("repo.maven.apache.org", 443), 5000);
                                return "connected";
                            }
                        }));
                    }

                    private static String write(Path file) {
                        return attempt(() -> { Files.writeString(file, "escaped"); return "written"; });
                    }

                    private static String attempt(Callable<String> action) {
                        try {
                            return action.call();
                        } catch (Exception e) {
                            return "refused " + e.getClass().getSimpleName();
                        }
                    }
                }
                """.formatted(ProjectBuildProbe.SECRET_VARIABLE, secretFile, project, serverFiles, repositoryMarker));

        try {
            String output = ProjectBuildProbe.buildWithSecretInEnvironment(project, Duration.ofMinutes(15),
                    "env-s3cret");

            assertThat(output).as(tail(output))
                .contains("PROBE-RESULT exit=0", "PROBE env=null")
                .doesNotContain("env-s3cret");
            assertThat(output).containsPattern("Tests run: 1, Failures: 0, Errors: 0, Skipped: 0.* in EscapeProbeTest");
            assertThat(project.resolve("target")).as("built in a copy").doesNotExist();
            if (BuildSandbox.osIsolationAvailable()) {
                assertThat(output)
                    .contains("PROBE file=refused", "PROBE write-original=refused", "PROBE write-server=refused",
                            "PROBE write-repository=refused", "PROBE network=refused")
                    .doesNotContain("file-s3cret");
                assertThat(project.resolve("escaped.txt")).doesNotExist();
                assertThat(serverFiles.resolve("escaped.txt")).doesNotExist();
                assertThat(repositoryMarker).doesNotExist();
            }
        }
        finally {
            Files.deleteIfExists(repositoryMarker);
        }
    }

    private static String tail(String output) {
        return output.substring(Math.max(0, output.length() - 6000));
    }

}
