package io.scaffold.orchestrator.runtime.embedded;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import java.util.stream.StreamSupport;
import io.scaffold.orchestrator.llm.ScriptedModelServer;
import io.scaffold.orchestrator.llm.ScriptedModelServer.Step;
import io.scaffold.orchestrator.llm.ScriptedModelServer.WireFormat;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The embedded server on a data directory, as a user runs it: {@code scaffold server} in
 * a JVM of its own, killed with SIGKILL during a phase, started again on the same
 * directory. The kill lands inside the delivery phase for certain: the first server's
 * product owner asks a language model that never answers (a {@link ScriptedModelServer}
 * speaking OpenAI's protocol), so the phase waits until the kill; the phases themselves
 * take milliseconds, too short to hit by polling. The run is INTERRUPTED, resumes before
 * the phase it was in, completes, and nothing it recorded is duplicated; a clean restart
 * afterwards still serves the run and its artifacts. A second server on the directory is
 * refused while the first holds it.
 */
class DurableServerTest {

    /**
     * A child JVM took 163 s to answer on 2 cores at load 15; a hung start still fails
     * within the budget.
     */
    private static final Duration START_TIMEOUT = Duration.ofMinutes(5);

    private static final Duration RUN_TIMEOUT = Duration.ofMinutes(6);

    /** The product owner's prompt template (prompts/product-owner.stories.md). */
    private static final String PRODUCT_OWNER_TEMPLATE = "product-owner.stories";

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private final ObjectMapper json = new ObjectMapper();

    private final List<Process> servers = new ArrayList<>();

    private final ScriptedModelServer model = ScriptedModelServer.start(WireFormat.OPENAI)
        .script(PRODUCT_OWNER_TEMPLATE, Step.hang());

    @TempDir
    Path tmp;

    private int port;

    @AfterEach
    void stopServers() throws InterruptedException {
        for (Process server : servers) {
            server.destroy(); // SIGTERM: the server closes its PostgreSQL
            if (!server.waitFor(60, TimeUnit.SECONDS)) {
                server.destroyForcibly();
            }
        }
        model.close();
    }

    @Test
    void aRunKilledDuringAPhaseIsResumedAndCompletesWithNothingDuplicated() throws Exception {
        Path dataDir = tmp.resolve("data");
        port = freePort();
        Process first = start(dataDir, "first", "--scaffold.llm.enabled=true", "--scaffold.llm.chain=",
                "--scaffold.llm.agents.product-owner.chain=openai", "--scaffold.llm.timeout=30m",
                "--spring.ai.openai.base-url=" + model.baseUrl(), "--spring.ai.openai.api-key=test");
        String spec = Files.readString(Path.of("examples", "library.yaml"));
        JsonNode started = post("/api/v1/processes",
                JsonNodeFactory.instance.objectNode()
                    .put("specFileName", "library.yaml")
                    .put("specContent", spec)
                    .put("automationLevel", "full"));
        String runId = started.get("id").asText();
        long firstInstance = started.get("processInstanceKey").asLong();

        await("the product owner to ask the model in the delivery phase",
                () -> !model.requests(PRODUCT_OWNER_TEMPLATE).isEmpty());
        assertThat(phaseStatus(runId, "delivery")).isEqualTo("RUNNING");
        first.destroyForcibly(); // SIGKILL: no shutdown hook, PostgreSQL left running
        assertThat(first.waitFor(30, TimeUnit.SECONDS)).isTrue();

        start(dataDir, "second");
        List<JsonNode> phasesAtKill = list(get("/api/v1/processes/" + runId + "/phases"));
        JsonNode interrupted = get("/api/v1/processes/" + runId);
        assertThat(interrupted.get("status").asText()).isEqualTo("INTERRUPTED");
        assertThat(types(runId)).contains("ProcessInterrupted");
        assertThat(phasesAtKill).filteredOn(p -> p.get("phaseId").asText().equals("delivery"))
            .singleElement()
            .satisfies(p -> assertThat(p.get("status").asText()).isEqualTo("RUNNING"));

        JsonNode resumed = post("/api/v1/processes/" + runId + "/resume", JsonNodeFactory.instance.objectNode());
        assertThat(resumed.get("status").asText()).isEqualTo("RUNNING");
        assertThat(post("/api/v1/processes/" + runId + "/resume", JsonNodeFactory.instance.objectNode(), 409))
            .as("a running run is not resumed twice")
            .isNotNull();
        JsonNode resumedEvent = events(runId).stream()
            .filter(e -> e.get("type").asText().equals("ProcessResumed"))
            .findFirst()
            .orElseThrow();
        JsonNode payload = json.readTree(resumedEvent.get("payload").asText());
        assertThat(payload.get("elementId").asText()).isEqualTo("phase-delivery");
        assertThat(payload.get("previousProcessInstanceKey").asLong()).isEqualTo(firstInstance);

        await("the resumed run to complete",
                () -> !get("/api/v1/processes/" + runId).get("status").asText().matches("RUNNING|STARTING"));
        assertThat(get("/api/v1/processes/" + runId).get("status").asText()).isEqualTo("COMPLETED");
        assertNothingDuplicated(runId);
        List<JsonNode> artifacts = list(get("/api/v1/processes/" + runId + "/artifacts"));
        List<JsonNode> gates = list(get("/api/v1/processes/" + runId + "/gates"));

        // a clean restart: everything is still there
        Process second = servers.getLast();
        second.destroy();
        assertThat(second.waitFor(60, TimeUnit.SECONDS)).isTrue();
        start(dataDir, "third");
        assertThat(get("/api/v1/processes/" + runId).get("status").asText()).isEqualTo("COMPLETED");
        assertThat(list(get("/api/v1/processes/" + runId + "/artifacts"))).hasSameSizeAs(artifacts);
        assertThat(list(get("/api/v1/processes/" + runId + "/gates"))).hasSameSizeAs(gates);
        assertThat(types(runId)).as("a completed run is not interrupted by a restart")
            .filteredOn("ProcessInterrupted"::equals)
            .hasSize(1);

        assertThatThrownBy(() -> DataDirectory.lock(dataDir)).isInstanceOf(IllegalStateException.class)
            .hasMessageContaining(dataDir.toAbsolutePath().normalize().toString())
            .hasMessageContaining("PID " + servers.getLast().pid());
    }

    private void assertNothingDuplicated(String runId) throws Exception {
        List<JsonNode> phases = list(get("/api/v1/processes/" + runId + "/phases"));
        assertThat(phases).hasSize(9).allSatisfy(p -> assertThat(p.get("status").asText()).isEqualTo("COMPLETED"));
        Map<String, Integer> completed = new HashMap<>();
        Map<String, Integer> gateVerdicts = new HashMap<>();
        int runEnds = 0;
        for (JsonNode event : events(runId)) {
            JsonNode payload = json.readTree(event.get("payload").asText());
            switch (event.get("type").asText()) {
                case "PhaseCompleted" -> completed.merge(payload.get("phase").asText(), 1, Integer::sum);
                case "QualityGatePassed", "QualityGateFailed", "ApprovalRequested" ->
                    gateVerdicts.merge(payload.toString(), 1, Integer::sum);
                case "ProcessCompleted", "ProcessFailed" -> runEnds++;
                default -> {
                }
            }
        }
        assertThat(completed).as("PhaseCompleted per phase").hasSize(9).allSatisfy((phase, n) -> assertThat(n).isOne());
        assertThat(gateVerdicts).as("gate verdict events").allSatisfy((gate, n) -> assertThat(n).isOne());
        assertThat(runEnds).isOne();
        List<JsonNode> gates = list(get("/api/v1/processes/" + runId + "/gates"));
        assertThat(gates).extracting(g -> g.get("gateId").asText() + "#" + g.get("attempt").asInt())
            .doesNotHaveDuplicates();
        for (JsonNode artifact : list(get("/api/v1/processes/" + runId + "/artifacts"))) {
            if (artifact.get("version").asInt() > 1) {
                String path = artifact.get("path").asText();
                List<JsonNode> versions = list(get("/api/v1/processes/" + runId + "/artifact-versions?path="
                        + java.net.URLEncoder.encode(path, java.nio.charset.StandardCharsets.UTF_8)));
                assertThat(versions).as("versions of " + path)
                    .extracting(v -> v.get("sha256").asText())
                    .doesNotHaveDuplicates();
            }
        }
    }

    private Process start(Path dataDir, String name, String... arguments) throws Exception {
        String java = ProcessHandle.current().info().command().orElse("java");
        List<String> command = new ArrayList<>(List.of(java, "--enable-native-access=ALL-UNNAMED",
                "-XX:+IgnoreUnrecognizedVMOptions", "--sun-misc-unsafe-memory-access=allow", "-Xmx768m", "-cp",
                System.getProperty("java.class.path"), "io.scaffold.orchestrator.ScaffoldApplication", "server",
                "--scaffold.data-dir=" + dataDir, "--server.port=" + port, "--logging.level.root=WARN",
                "--logging.level.io.scaffold=INFO"));
        command.addAll(List.of(arguments));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
            .redirectOutput(log(name).toFile());
        builder.environment().put("SCAFFOLD_DATA_DIR", dataDir.toString());
        builder.environment().remove("SCAFFOLD_WORKSPACE");
        Process server = builder.start();
        servers.add(server);
        Instant deadline = Instant.now().plus(START_TIMEOUT);
        while (Instant.now().isBefore(deadline)) {
            if (!server.isAlive()) {
                throw new AssertionError("the " + name + " server exited with " + server.exitValue() + ":\n"
                        + Files.readString(log(name)));
            }
            try {
                // ready: past the deployment of the process models
                if (http
                    .send(request("/actuator/health/readiness").GET().build(), HttpResponse.BodyHandlers.discarding())
                    .statusCode() == 200) {
                    return server;
                }
            }
            catch (IOException notYet) {
                // not listening yet
            }
            Thread.sleep(500);
        }
        throw new AssertionError(
                "the " + name + " server did not answer within " + START_TIMEOUT + ":\n" + Files.readString(log(name)));
    }

    /** Kept under target/ after the test, for a failure's diagnosis. */
    private static Path log(String server) throws IOException {
        Path dir = Files.createDirectories(Path.of("target", "durable-server-test"));
        return dir.resolve(server + ".log");
    }

    private String phaseStatus(String runId, String phaseId) throws Exception {
        return list(get("/api/v1/processes/" + runId + "/phases")).stream()
            .filter(p -> p.get("phaseId").asText().equals(phaseId))
            .map(p -> p.get("status").asText())
            .findFirst()
            .orElse(null);
    }

    private List<JsonNode> events(String runId) throws Exception {
        return list(get("/api/v1/processes/" + runId + "/events"));
    }

    private List<String> types(String runId) throws Exception {
        return events(runId).stream().map(e -> e.get("type").asText()).toList();
    }

    private interface Check {

        boolean done() throws Exception;

    }

    private void await(String what, Check check) throws Exception {
        Instant deadline = Instant.now().plus(RUN_TIMEOUT);
        while (Instant.now().isBefore(deadline)) {
            if (check.done()) {
                return;
            }
            Thread.sleep(250);
        }
        throw new AssertionError("timed out waiting for " + what);
    }

    private JsonNode get(String path) throws Exception {
        HttpResponse<String> response = http.send(request(path).GET().build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as("GET " + path + ": " + response.body()).isEqualTo(200);
        return json.readTree(response.body());
    }

    private JsonNode post(String path, JsonNode body) throws Exception {
        return post(path, body, -1);
    }

    private JsonNode post(String path, JsonNode body, int expectedStatus) throws Exception {
        HttpResponse<String> response = http.send(request(path).header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(body.toString()))
            .build(), HttpResponse.BodyHandlers.ofString());
        Predicate<Integer> ok = expectedStatus < 0 ? s -> s / 100 == 2 : s -> s == expectedStatus;
        assertThat(ok.test(response.statusCode()))
            .as("POST " + path + " -> " + response.statusCode() + ": " + response.body())
            .isTrue();
        return json.readTree(response.body());
    }

    private HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).timeout(Duration.ofSeconds(30));
    }

    private static List<JsonNode> list(JsonNode array) {
        return StreamSupport.stream(array.spliterator(), false).toList();
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

}
