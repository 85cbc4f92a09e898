package io.scaffold.orchestrator.localplatform;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * How tools/local-platform/platform.sh answers mistakes, before it downloads or starts
 * anything.
 */
class PlatformScriptTest {

    @TempDir
    Path home;

    @Test
    void withoutACommandItPrintsItsUsage() throws Exception {
        Result result = run(Map.of());

        assertThat(result.exit()).isEqualTo(2);
        assertThat(result.output()).contains("platform.sh start  [COMPONENT...]", "platform.sh stop",
                "platform.sh status");
    }

    @Test
    void anUnknownComponentIsNamedWithTheOnesThatExist() throws Exception {
        Result result = run(Map.of(), "start", "keycloak", "opensearch");

        assertThat(result.exit()).isEqualTo(1);
        assertThat(result.output()).contains("unknown component 'opensearch'", "the components are: keycloak postgres");
        assertThat(home).isEmptyDirectory();
    }

    @Test
    void statusOfAPlatformThatNeverRanSaysDownAndFails() throws Exception {
        Result result = run(Map.of(), "status");

        assertThat(result.exit()).isEqualTo(1);
        assertThat(result.output()).contains("keycloak: down", "postgres: down").doesNotContain("opensearch");
    }

    @Test
    void aPortTakenByAnotherProgramStopsTheStartAndSaysHowToChooseAnother() throws Exception {
        try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            Result result = run(Map.of("SCAFFOLD_POSTGRES_PORT", Integer.toString(taken.getLocalPort())), "start",
                    "postgres");

            assertThat(result.exit()).isEqualTo(1);
            assertThat(result.output()).contains(
                    "port " + taken.getLocalPort() + ", needed by postgres, is used by " + "another program",
                    "SCAFFOLD_*_PORT");
            assertThat(home.resolve("downloads")).doesNotExist();
        }
    }

    @Test
    void stoppingWhatDoesNotRunSucceeds() throws Exception {
        Result result = run(Map.of(), "stop", "keycloak");

        assertThat(result.exit()).isZero();
        assertThat(result.output()).contains("keycloak is not running");
    }

    private record Result(int exit, String output) {
    }

    private Result run(Map<String, String> environment, String... arguments) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("bash", "tools/local-platform/platform.sh"));
        command.addAll(List.of(arguments));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().put("SCAFFOLD_PLATFORM_HOME", home.toString());
        builder.environment().putAll(environment);
        Process process = builder.start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        return new Result(process.exitValue(), output);
    }

}
