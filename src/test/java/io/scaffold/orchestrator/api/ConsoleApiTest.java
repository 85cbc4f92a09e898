package io.scaffold.orchestrator.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.scaffold.orchestrator.ScaffoldTestContext;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.UUID;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.autoconfigure.actuate.observability.AutoConfigureObservability;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.ResponseEntity;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * What the console in the browser reads besides the run API: its configuration, the
 * deployed models and forms, and the state of a run's diagram, over real HTTP on the
 * embedded engine.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureObservability
@ActiveProfiles("test")
class ConsoleApiTest {

    /**
     * Scores below the domain gate's threshold, so a manual run waits for an approval.
     */
    private static final String SYNTHETIC = "entity Zork {\n  name String required\n}\n";

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        ScaffoldTestContext.properties(registry);
    }

    @LocalServerPort
    int port;

    final ObjectMapper json = new ObjectMapper();

    ApiClient api;

    @BeforeEach
    void client() {
        api = new ApiClient(port);
    }

    @Test
    void theConfigurationSaysEmbeddedWithoutLoginOrClusterLinks() throws IOException {
        ResponseEntity<String> response = api.get("/api/v1/console/config");
        assertThat(response.getStatusCode().value()).isEqualTo(200);
        JsonNode config = json.readTree(response.getBody());
        assertThat(config.path("runtime").asText()).isEqualTo("embedded");
        assertThat(config.path("securityEnabled").asBoolean(true)).isFalse();
        for (String absent : List.of("oidc", "operateUrl", "tasklistUrl")) {
            assertThat(config.has(absent)).as(absent).isTrue();
            assertThat(config.get(absent).isNull()).as(absent).isTrue();
        }
    }

    @Test
    void theModelsAndFormsAreTheDeployedFilesByteForByte() throws IOException {
        for (String process : List.of("scaffold", "quality-gate")) {
            ResponseEntity<String> model = api.get("/api/v1/models/" + process);
            assertThat(model.getStatusCode().value()).isEqualTo(200);
            assertThat(model.getHeaders().getContentType().toString()).startsWith("application/xml");
            assertThat(model.getBody()).isEqualTo(Files.readString(Path.of("bpmn", process + ".bpmn")));
        }
        for (String form : List.of("gate-approval", "clarify-requirements")) {
            ResponseEntity<String> served = api.get("/api/v1/forms/" + form);
            assertThat(served.getStatusCode().value()).isEqualTo(200);
            assertThat(served.getHeaders().getContentType().toString()).startsWith("application/json");
            assertThat(served.getBody())
                .isEqualTo(Files.readString(Path.of("forms", form + ".form"), StandardCharsets.UTF_8));
        }
        assertThat(api.get("/api/v1/models/no-such-process").getStatusCode().value()).isEqualTo(404);
        assertThat(api.get("/api/v1/forms/no-such-form").getStatusCode().value()).isEqualTo(404);
    }

    @Test
    void theDiagramShowsWhereARunWaitsHowOftenAGateReworkedAndWhatACancelEndedAndTheFormsGetTasklistsData()
            throws IOException {
        String id = start(SYNTHETIC);
        JsonNode questions = api.awaitQuestions(id);
        assertThat(element(diagram(id), "clarify-requirements").path("state").asText()).isEqualTo("ACTIVE");
        // the clarify form's data, as Tasklist hands it to the form: one entry per
        // question
        // with its options
        assertThat(questions.path("formId").asText()).isEqualTo("clarify-requirements");
        JsonNode clarifyAnswers = questions.path("formVariables").path("clarifyAnswers");
        assertThat(clarifyAnswers.size()).isEqualTo(questions.path("questions").size()).isPositive();
        assertThat(clarifyAnswers.get(0).path("decisionId").asText())
            .isEqualTo(questions.path("questions").get(0).path("decisionId").asText());
        assertThat(clarifyAnswers.get(0).path("options").isArray()).as(clarifyAnswers.toString()).isTrue();

        JsonNode approval = api.awaitApproval(id, "domain-approval");
        assertThat(approval.path("formId").asText()).isEqualTo("gate-approval");
        JsonNode form = approval.path("formVariables");
        assertThat(form.path("gateId").asText()).isEqualTo("domain-approval");
        assertThat(form.path("gateOutcome").path("verdict").asText()).isEqualTo("APPROVAL_REQUIRED");
        assertThat(form.path("criteriaResults").size()).isEqualTo(3);
        assertThat(form.path("decisionChoices").isArray()).isTrue();
        assertThat(form.path("openDecisions").size()).isEqualTo(approval.path("openDecisions").size());
        assertThat(form.path("gate").path("policy").path("approverGroups").isArray()).isTrue();

        JsonNode waiting = diagram(id);
        assertThat(waiting.path("processId").asText()).isEqualTo("scaffold");
        assertThat(element(waiting, "run-requested").path("state").asText()).isEqualTo("COMPLETED");
        assertThat(element(waiting, "phase-intake").path("state").asText()).isEqualTo("COMPLETED");
        assertThat(element(waiting, "gate-domain-analysis").path("state").asText()).isEqualTo("ACTIVE");
        assertThat(element(waiting, "gate-domain-analysis").path("reworkAttempts").asInt()).isZero();
        assertThat(element(waiting, "phase-architecture")).as("never entered").isNull();
        JsonNode gate = waiting.path("gates").path("gate-domain-analysis");
        assertThat(gate.path("processId").asText()).isEqualTo("quality-gate");
        assertThat(element(gate, "approve-gate").path("state").asText()).isEqualTo("ACTIVE");
        assertThat(element(gate, "score-criterion").path("state").asText()).isEqualTo("COMPLETED");
        assertThat(element(gate, "score-criterion").path("visits").asInt()).isEqualTo(3);
        assertThat(element(gate, "rework")).isNull();

        JsonNode useCases = null;
        for (JsonNode decision : approval.path("openDecisions")) {
            if (decision.path("id").asText().equals("use-cases:application")) {
                useCases = decision;
            }
        }
        assertThat(useCases).isNotNull();
        ResponseEntity<String> answered = api.post(
                "/api/v1/processes/" + id + "/approvals/" + approval.path("userTaskKey").asText(),
                Map.of("decision", "request-changes", "comment", "members borrow Zorks", "decisionChanges",
                        List.of(Map.of("decisionId", "use-cases:application", "value",
                                useCases.path("current").asText() + "\nLend a Zork to a member"))));
        assertThat(answered.getStatusCode().value()).as(answered.getBody()).isEqualTo(204);
        await().atMost(Duration.ofMinutes(2))
            .pollInterval(Duration.ofMillis(300))
            .until(() -> element(diagram(id).path("gates").path("gate-domain-analysis"), "approve-gate") != null
                    && element(diagram(id).path("gates").path("gate-domain-analysis"), "approve-gate").path("visits")
                        .asInt() == 2);

        JsonNode reworked = diagram(id);
        assertThat(element(reworked, "gate-domain-analysis").path("reworkAttempts").asInt()).isEqualTo(1);
        JsonNode reworkedGate = reworked.path("gates").path("gate-domain-analysis");
        assertThat(element(reworkedGate, "rework").path("state").asText()).isEqualTo("COMPLETED");
        assertThat(element(reworkedGate, "rework").path("reworkAttempts").asInt()).isEqualTo(1);
        assertThat(element(reworkedGate, "approve-gate").path("state").asText()).isEqualTo("ACTIVE");

        api.post("/api/v1/processes/" + id + "/cancel", Map.of());
        await().atMost(Duration.ofSeconds(30))
            .pollInterval(Duration.ofMillis(300))
            .until(() -> element(diagram(id), "gate-domain-analysis").path("state").asText().equals("TERMINATED"));
        assertThat(
                element(diagram(id).path("gates").path("gate-domain-analysis"), "approve-gate").path("state").asText())
            .isEqualTo("TERMINATED");
    }

    @Test
    void theStreamPushesEachEventAsItIsRecordedReplaysFromWhereAClientLeftOffAndEndsWithTheRun() throws Exception {
        String id = start(SYNTHETIC);
        Instant opened = Instant.now();
        try (SseClient live = SseClient.open(port, "/api/v1/processes/" + id + "/stream", null)) {
            api.awaitApproval(id, "domain-approval");
            // waiting for the approval, the run records nothing: a heartbeat keeps the
            // line open
            SseClient.Message heartbeat = live.next(Duration.ofSeconds(20), m -> m.comment() != null);
            assertThat(heartbeat.comment()).isEqualTo("heartbeat");
            api.post("/api/v1/processes/" + id + "/cancel", Map.of());
            List<SseClient.Message> messages = live.untilEnd(Duration.ofSeconds(30));

            List<SseClient.Message> events = messages.stream().filter(m -> m.data() != null).toList();
            JsonNode stored = json.readTree(api.get("/api/v1/processes/" + id + "/events").getBody());
            assertThat(events).hasSize(stored.size());
            for (int i = 0; i < stored.size(); i++) {
                assertThat(events.get(i).event()).isEqualTo("run-event");
                assertThat(events.get(i).id()).isEqualTo(stored.get(i).path("id").asText());
                assertThat(json.readTree(events.get(i).data())).isEqualTo(stored.get(i));
            }
            assertThat(stored.get(stored.size() - 1).path("type").asText()).isEqualTo("ProcessCancelled");

            // commit -> receive: the event's recorded time (just before its commit) to
            // the line arriving here, for the events recorded while the stream was open
            List<Long> latencies = events.stream()
                .filter(m -> occurredAt(m).isAfter(opened))
                .map(m -> Duration.between(occurredAt(m), m.receivedAt()).toMillis())
                .sorted()
                .toList();
            assertThat(latencies).isNotEmpty();
            System.out.printf("SSE record->receive latency over %d events: median %d ms, max %d ms%n", latencies.size(),
                    latencies.get(latencies.size() / 2), latencies.getLast());
            assertThat(latencies.get(latencies.size() / 2)).isLessThan(200);

            String third = events.get(2).id();
            try (SseClient replay = SseClient.open(port, "/api/v1/processes/" + id + "/stream?after=" + third, null)) {
                List<SseClient.Message> replayed = replay.untilEnd(Duration.ofSeconds(10));
                assertThat(replayed.getFirst().id()).isEqualTo(events.get(3).id());
                assertThat(replayed).hasSize(events.size() - 3);
            }
            try (SseClient resumed = SseClient.open(port, "/api/v1/processes/" + id + "/stream",
                    events.get(events.size() - 2).id())) {
                List<SseClient.Message> rest = resumed.untilEnd(Duration.ofSeconds(10));
                assertThat(rest).extracting(SseClient.Message::id).containsExactly(events.getLast().id());
            }
        }
        assertThat(SseClient.status(port, "/api/v1/processes/" + UUID.randomUUID() + "/stream")).isEqualTo(404);
    }

    private Instant occurredAt(SseClient.Message message) {
        try {
            return Instant.parse(json.readTree(message.data()).path("occurredAt").asText());
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private JsonNode diagram(String id) throws IOException {
        ResponseEntity<String> response = api.get("/api/v1/processes/" + id + "/diagram");
        assertThat(response.getStatusCode().value()).as(response.getBody()).isEqualTo(200);
        return json.readTree(response.getBody());
    }

    private static JsonNode element(JsonNode diagram, String elementId) {
        for (JsonNode element : diagram.path("elements")) {
            if (element.path("elementId").asText().equals(elementId)) {
                return element;
            }
        }
        return null;
    }

    private String start(String spec) throws IOException {
        return json
            .readTree(api.post("/api/v1/processes",
                    Map.of("specFileName", "zork.jdl", "specContent", spec, "automationLevel", "manual"))
                .getBody())
            .path("id")
            .asText();
    }

}
