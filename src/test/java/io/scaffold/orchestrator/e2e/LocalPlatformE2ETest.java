package io.scaffold.orchestrator.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.scaffold.orchestrator.ScaffoldTestContext;
import io.scaffold.orchestrator.localplatform.KeycloakTokens;
import io.scaffold.orchestrator.localplatform.LocalPlatform;
import io.scaffold.orchestrator.localplatform.WithLocalPlatform;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The whole local platform, as a team uses it: the platform script starts OpenSearch, the
 * Zeebe 8.6 broker, Operate + Tasklist, Keycloak and PostgreSQL; the application runs
 * against it with the {@code local} profile (cluster runtime, real Keycloak tokens); a
 * person approves the gates in Tasklist and Operate shows the run.
 */
@Tag("e2e")
@WithLocalPlatform({ "opensearch", "zeebe", "webapps", "keycloak", "postgres" })
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("local")
@DirtiesContext
class LocalPlatformE2ETest {

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private static final ObjectMapper JSON = new ObjectMapper();

    @LocalServerPort
    int port;

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        ScaffoldTestContext.properties(registry);
        registry.add("spring.datasource.password", LocalPlatform::databasePassword);
    }

    @Test
    void aPartialAutomationRunIsApprovedInTasklistWatchedInOperateAndCompletes() throws Exception {
        JsonNode run = startRun(ScaffoldTestContext.corpus("bug-tracker.jdl"), "partial");
        String runId = run.get("id").asText();
        long scaffoldInstance = run.get("processInstanceKey").asLong();
        CamundaWebapps webapps = CamundaWebapps.login(LocalPlatform.webappsUrl(), "demo", "demo");

        // Answer every approval Tasklist shows for this run, as a person would, until the
        // run ends.
        List<String> approvedGates = new ArrayList<>();
        await().atMost(Duration.ofMinutes(15)).pollInterval(Duration.ofSeconds(2)).until(() -> {
            for (JsonNode task : webapps.openTasksOfRun(runId)) {
                String taskId = task.get("id").asText();
                assertThat(task.get("implementation").asText()).isEqualTo("ZEEBE_USER_TASK");
                assertThat(task.get("formId").asText()).isEqualTo("gate-approval");
                webapps.assignToMe(taskId);
                JsonNode completed = webapps.complete(taskId,
                        Map.of("decision", "approve", "comment", "approved in Tasklist by the e2e test"));
                assertThat(completed.get("taskState").asText()).isEqualTo("COMPLETED");
                approvedGates.add(gateIdOf(task));
            }
            String status = get("/api/v1/processes/" + runId).get("status").asText();
            assertThat(status).as("run status").isNotIn("FAILED", "CANCELLED");
            return status.equals("COMPLETED");
        });

        // Partial automation: the domain gate's DMN policy asks for a person. Every
        // approval was recorded, and
        // the project is verified: each gate ends passed, or approved by a person on a
        // passing scorecard.
        assertThat(approvedGates).contains("domain-approval");
        Map<String, JsonNode> finalEvaluations = new LinkedHashMap<>();
        get("/api/v1/processes/" + runId + "/gates").forEach(gate -> finalEvaluations.merge(gate.get("gateId").asText(),
                gate, (a, b) -> a.get("attempt").asInt() >= b.get("attempt").asInt() ? a : b));
        assertThat(finalEvaluations).hasSize(7).allSatisfy((gateId, gate) -> {
            assertThat(gate.get("score").decimalValue()).as(gateId + " score")
                .isGreaterThanOrEqualTo(gate.get("threshold").decimalValue());
            if (approvedGates.contains(gateId)) {
                assertThat(gate.get("verdict").asText()).as(gateId).isEqualTo("APPROVAL_REQUIRED");
                assertThat(gate.get("decision").asText()).as(gateId).isEqualTo("approve");
            }
            else {
                assertThat(gate.get("verdict").asText()).as(gateId).isEqualTo("PASS");
            }
        });

        // Operate shows the finished run and one quality-gate instance per gate (seven),
        // all completed.
        await().atMost(Duration.ofMinutes(1)).pollInterval(Duration.ofSeconds(2)).untilAsserted(() -> {
            JsonNode scaffold = webapps.processInstances(Map.of("key", scaffoldInstance));
            assertThat(scaffold).hasSize(1);
            assertThat(scaffold.get(0).get("bpmnProcessId").asText()).isEqualTo("scaffold");
            assertThat(scaffold.get(0).get("state").asText()).isEqualTo("COMPLETED");
            JsonNode gateInstances = webapps.processInstances(Map.of("parentKey", scaffoldInstance));
            assertThat(gateInstances).hasSizeGreaterThanOrEqualTo(7).allSatisfy(gate -> {
                assertThat(gate.get("bpmnProcessId").asText()).isEqualTo("quality-gate");
                assertThat(gate.get("state").asText()).isEqualTo("COMPLETED");
            });
        });

        // What a person sees in Operate, kept for the build's record.
        Path chromium = OperateScreenshot.chromium();
        if (chromium == null) {
            System.out
                .println("Operate screenshot skipped: no Chromium at /usr/bin/chromium (apt-get install chromium, "
                        + "or set CHROMIUM)");
        }
        else {
            Path screenshot = Path.of("target", "e2e", "operate-" + scaffoldInstance + ".png");
            OperateScreenshot.take(LocalPlatform.webappsUrl(), scaffoldInstance, screenshot);
            assertThat(Files.size(screenshot)).isGreaterThan(10_000);
        }
    }

    private static String gateIdOf(JsonNode task) {
        for (JsonNode variable : task.path("variables")) {
            if (variable.get("name").asText().equals("gateId")) {
                return variable.get("value").asText().replace("\"", "");
            }
        }
        throw new AssertionError("the task " + task.get("id") + " has no gateId variable: " + task);
    }

    private JsonNode startRun(Path spec, String automationLevel) throws Exception {
        ObjectNode body = JSON.createObjectNode()
            .put("specFileName", spec.getFileName().toString())
            .put("specContent", Files.readString(spec, StandardCharsets.UTF_8))
            .put("automationLevel", automationLevel);
        HttpResponse<String> response = HTTP
            .send(request("/api/v1/processes").header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body.toString()))
                .build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        return JSON.readTree(response.body());
    }

    private JsonNode get(String path) throws Exception {
        HttpResponse<String> response = HTTP.send(request(path).GET().build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(path + ": " + response.body()).isEqualTo(200);
        return JSON.readTree(response.body());
    }

    /** A fresh token per call: a run outlasts the realm's five-minute access tokens. */
    private HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
            .header("Authorization", "Bearer " + KeycloakTokens.scaffoldUser("dev"));
    }

}
