package io.scaffold.orchestrator.deployment;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Lints the Dockerfile (tools/dockerfile-lint: dockerfile-utils plus the image policy)
 * and checks what it builds.
 */
class DockerfileTest {

    private static final Path DOCKERFILE = CiTools.PROJECT.resolve("Dockerfile");

    @Test
    void theDockerfilePassesTheLinter() {
        CiTools.Result result = lint(DOCKERFILE);

        assertThat(result.exitCode()).as("linter findings:%n%s", result.output()).isZero();
        assertThat(result.stdout()).isEmpty();
    }

    @Test
    void aBadDockerfileIsCaughtWithFileLineAndColumn(@TempDir Path directory) throws IOException {
        Path bad = directory.resolve("Dockerfile");
        Files.writeString(bad, """
                FROM eclipse-temurin:latest
                MAINTAINER someone@example.com
                workdir app
                COPY target/app.jar app.jar
                ENTRYPOINT ['java', '-jar', 'app.jar']
                """);

        CiTools.Result result = lint(bad);

        assertThat(result.exitCode()).isEqualTo(1);
        assertThat(result.stdout().lines())
            .anySatisfy(line -> assertThat(line).startsWith(bad + ":1:1: ").contains("'eclipse-temurin' is not pinned"))
            .anySatisfy(line -> assertThat(line).startsWith(bad + ":2:1: ").contains("MAINTAINER has been deprecated"))
            .anySatisfy(line -> assertThat(line).startsWith(bad + ":3:1: ").contains("uppercase"))
            .anySatisfy(line -> assertThat(line).startsWith(bad + ":5:").contains("JSON"))
            .anySatisfy(line -> assertThat(line).contains("runs as root"))
            .anySatisfy(line -> assertThat(line).contains("no HEALTHCHECK"));
    }

    @Test
    void aDockerfileThatDoesNotParseIsCaught(@TempDir Path directory) throws IOException {
        Path bad = directory.resolve("Dockerfile");
        Files.writeString(bad, """
                FROM eclipse-temurin:21-jre-noble
                USER 10001
                HEALTHCHECK --interval=fast CMD true
                COPYY app.jar /app/app.jar
                """);

        CiTools.Result result = lint(bad);

        assertThat(result.exitCode()).isEqualTo(1);
        assertThat(result.stdout()).contains(bad + ":3:").contains(bad + ":4:");
    }

    @Test
    void theImageRunsTheLayeredJarAsANonRootUserWithMemoryFromTheContainerLimit() throws IOException {
        String dockerfile = Files.readString(DOCKERFILE);

        assertThat(dockerfile).containsPattern("(?m)^FROM eclipse-temurin:21-jdk\\S* AS build$")
            .as("the runtime stage is a JDK: the verification gate compiles the generated project")
            .containsPattern("(?m)^FROM eclipse-temurin:21-jdk\\S*$")
            .contains("./mvnw -B")
            .contains("java -Djarmode=tools -jar app.jar extract --layers --launcher --destination extracted")
            .contains("-XX:MaxRAMPercentage=")
            .contains("GET /actuator/health/liveness")
            .containsPattern("(?m)^USER 10001:10001$")
            .contains("ENTRYPOINT [\"java\", \"org.springframework.boot.loader.launch.JarLauncher\"]");
        List<String> layerCopies = dockerfile.lines().filter(line -> line.startsWith("COPY --from=build")).toList();
        assertThat(layerCopies).as("one image layer per Spring Boot layer, stable ones first")
            .containsExactly("COPY --from=build /build/extracted/dependencies/ ./",
                    "COPY --from=build /build/extracted/spring-boot-loader/ ./",
                    "COPY --from=build /build/extracted/snapshot-dependencies/ ./",
                    "COPY --from=build /build/extracted/application/ ./");
    }

    @Test
    void theRuntimeStageInstallsBubblewrapForTheVerificationBuild() throws IOException {
        String dockerfile = Files.readString(DOCKERFILE);
        String runtimeStage = dockerfile.substring(dockerfile.lastIndexOf("\nFROM "));

        assertThat(runtimeStage).as("Ubuntu-based, so apt installs Debian's package")
            .contains("-noble")
            .containsPattern("apt-get install -y --no-install-recommends [^\\n]*\\bbubblewrap\\b")
            .contains("rm -rf /var/lib/apt/lists/*");
        assertThat(runtimeStage).as("a writable home for the builds' Maven repository")
            .contains("--home-dir /home/scaffold")
            .contains("chown -R scaffold:scaffold /workspace /home/scaffold");
    }

    @Test
    void theBuildContextLeavesOutSecretsAndBuildOutput() throws IOException {
        List<String> ignored = Files.readAllLines(CiTools.PROJECT.resolve(".dockerignore"));

        assertThat(ignored).contains(".git", ".env", "target/", "node_modules/");
    }

    private static CiTools.Result lint(Path dockerfile) {
        return CiTools.run(Duration.ofSeconds(30),
                List.of(CiTools.node().toString(), CiTools.dockerfileLinter().toString(), dockerfile.toString()));
    }

}
