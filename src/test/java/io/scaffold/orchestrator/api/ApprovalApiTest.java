package io.scaffold.orchestrator.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.scaffold.orchestrator.ScaffoldTestContext;
import io.scaffold.orchestrator.generation.ProjectLayout;
import java.io.IOException;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
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
 * Answering gate approvals over REST with full information, on the embedded engine and a
 * real PostgreSQL: the scorecard and open decisions an approver sees, request-changes
 * that change a decision and so an artifact, the refusal of a comment alone, and waivers.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureObservability
@ActiveProfiles("test")
class ApprovalApiTest {

    /**
     * An entity with a name no schema.org type fits: the domain gate maps it to Thing
     * (schema-mapped 0.5, weight 0.4), so it scores below its threshold of 0.85.
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
    void requestChangesWithADecisionChangeChangesAnArtifactAndTheGateIsScoredAgain() throws IOException {
        String id = start("zork.jdl", SYNTHETIC);
        JsonNode approval = api.awaitApproval(id, "domain-approval");
        int attempt = approval.path("attempt").asInt();
        JsonNode scorecard = approval.path("scorecard");
        assertThat(scorecard.path("verdict").asText()).isEqualTo("APPROVAL_REQUIRED");
        assertThat(scorecard.path("criteria").size()).isEqualTo(3);
        assertThat(scorecard.path("criteria").findValuesAsText("name")).contains("schema-mapped");
        // the type nobody could choose is open, and so are the use cases derived from the
        // entities: the approver adds one, as "Please add a use case for loans" asked
        assertThat(find(approval.path("openDecisions"), "id", "schema-org-type:Zork").path("current").asText())
            .isEqualTo("Thing");
        JsonNode useCases = find(approval.path("openDecisions"), "id", "use-cases:application");
        assertThat(useCases).as("open decisions %s", approval.path("openDecisions")).isNotNull();
        assertThat(useCases.path("assumption").asBoolean()).isTrue();
        String file = ProjectLayout.OBJECTIVES_AND_USE_CASES;
        int versionBefore = versions(id, file);

        ResponseEntity<String> answered = api.post(approvalPath(id, approval),
                Map.of("decision", "request-changes", "comment", "members borrow Zorks", "decisionChanges",
                        List.of(Map.of("decisionId", "use-cases:application", "value",
                                useCases.path("current").asText() + "\nLend a Zork to a member"))));
        assertThat(answered.getStatusCode().value()).as(answered.getBody()).isEqualTo(204);

        await().atMost(Duration.ofMinutes(2))
            .pollInterval(Duration.ofMillis(500))
            .until(() -> gateAttempts(id, "domain-approval").contains(attempt + 1));
        assertThat(versions(id, file)).isEqualTo(versionBefore + 1);
        String diff = api
            .get("/api/v1/processes/" + id + "/artifact-diff?path=" + file + "&from=" + versionBefore + "&to="
                    + (versionBefore + 1))
            .getBody();
        assertThat(diff.lines().filter(line -> line.startsWith("+") && line.contains("Lend a Zork to a member")))
            .as(diff)
            .isNotEmpty();
        JsonNode gates = json.readTree(api.get("/api/v1/processes/" + id + "/gates").getBody());
        JsonNode asked = gates.get(attempt - 1);
        assertThat(asked.path("decision").asText()).isEqualTo("request-changes");
        assertThat(asked.path("outcome").asText()).isEqualTo("CHANGES_REQUESTED");
        assertThat(gates.get(attempt).path("attempt").asInt()).isEqualTo(attempt + 1);
        api.post("/api/v1/processes/" + id + "/cancel", Map.of());
    }

    @Test
    void aCommentAloneIsRefusedAndAWaiverNeedsAReasonAndAFutureExpiry() throws IOException {
        String id = start("zork.jdl", SYNTHETIC);
        JsonNode approval = api.awaitApproval(id, "domain-approval");
        JsonNode scorecard = approval.path("scorecard");
        assertThat(scorecard.path("score").decimalValue()).isLessThan(scorecard.path("threshold").decimalValue());
        String path = approvalPath(id, approval);

        ResponseEntity<String> commentAlone = api.post(path,
                Map.of("decision", "request-changes", "comment", "Please add a use case for loans"));
        assertThat(commentAlone.getStatusCode().value()).isEqualTo(422);
        assertThat(commentAlone.getHeaders().getContentType().toString()).startsWith("application/problem+json");
        assertThat(json.readTree(commentAlone.getBody()).path("detail").asText())
            .startsWith("a comment alone cannot be applied without a language model; change a decision instead")
            .contains("use-cases:application");

        ResponseEntity<String> noWaiver = api.post(path, Map.of("decision", "approve"));
        assertThat(noWaiver.getStatusCode().value()).isEqualTo(400);
        assertThat(json.readTree(noWaiver.getBody()).path("detail").asText()).contains("below its threshold",
                "waiver.reason", "waiver.expiresAt");
        ResponseEntity<String> noReason = api.post(path,
                Map.of("decision", "approve", "waiver", Map.of("expiresAt", future().toString())));
        assertThat(noReason.getStatusCode().value()).isEqualTo(400);
        ResponseEntity<String> expired = api.post(path, Map.of("decision", "approve", "waiver",
                Map.of("reason", "prototype only", "expiresAt", LocalDate.now(ZoneOffset.UTC).toString())));
        assertThat(expired.getStatusCode().value()).isEqualTo(400);
        assertThat(json.readTree(expired.getBody()).path("detail").asText()).contains("in the future");
        ResponseEntity<String> unknownDecision = api.post(path, Map.of("decision", "request-changes", "decisionChanges",
                List.of(Map.of("decisionId", "schema-org-type:Nothing", "value", "Product"))));
        assertThat(unknownDecision.getStatusCode().value()).isEqualTo(400);
        assertThat(json.readTree(unknownDecision.getBody()).path("detail").asText())
            .contains("schema-org-type:Nothing");
        assertThat(json.readTree(api.get("/api/v1/processes/" + id + "/waivers").getBody())).isEmpty();

        ResponseEntity<String> waived = api.post(path, Map.of("decision", "approve", "comment", "ok for the demo",
                "waiver", Map.of("reason", "a demo: Zork has no schema.org type", "expiresAt", future().toString())));
        assertThat(waived.getStatusCode().value()).as(waived.getBody()).isEqualTo(204);

        await().atMost(Duration.ofSeconds(30))
            .until(() -> json.readTree(api.get("/api/v1/processes/" + id + "/waivers").getBody()).size() == 1);
        JsonNode waiver = json.readTree(api.get("/api/v1/processes/" + id + "/waivers").getBody()).get(0);
        assertThat(waiver.path("gateId").asText()).isEqualTo("domain-approval");
        assertThat(waiver.path("attempt").asInt()).isEqualTo(approval.path("attempt").asInt());
        assertThat(waiver.path("reason").asText()).isEqualTo("a demo: Zork has no schema.org type");
        assertThat(waiver.path("expiresAt").asText()).isEqualTo(future().toString());
        assertThat(waiver.path("grantedBy").asText()).isEqualTo("local");
        JsonNode events = json.readTree(api.get("/api/v1/processes/" + id + "/events").getBody());
        JsonNode waivedEvent = find(events, "type", "GateWaived");
        assertThat(waivedEvent).isNotNull();
        assertThat(json.readTree(waivedEvent.path("payload").asText()).path("reason").asText())
            .isEqualTo("a demo: Zork has no schema.org type");
        // the run may already be at the next gate: look for the waived one
        JsonNode gates = json.readTree(api.get("/api/v1/processes/" + id + "/gates").getBody());
        assertThat(gates)
            .filteredOn(g -> g.path("gateId").asText().equals("domain-approval")
                    && g.path("attempt").asInt() == approval.path("attempt").asInt())
            .singleElement()
            .satisfies(g -> assertThat(g.path("outcome").asText()).isEqualTo("WAIVED"));
        api.awaitApproval(id, "architecture-review");
        api.post("/api/v1/processes/" + id + "/cancel", Map.of());
    }

    private String start(String file, String spec) throws IOException {
        return json
            .readTree(api.post("/api/v1/processes",
                    Map.of("specFileName", file, "specContent", spec, "automationLevel", "manual"))
                .getBody())
            .path("id")
            .asText();
    }

    private static String approvalPath(String id, JsonNode approval) {
        return "/api/v1/processes/" + id + "/approvals/" + approval.path("userTaskKey").asText();
    }

    private int versions(String id, String path) throws IOException {
        return json.readTree(api.get("/api/v1/processes/" + id + "/artifact-versions?path=" + path).getBody()).size();
    }

    private List<Integer> gateAttempts(String id, String gateId) throws IOException {
        List<Integer> attempts = new ArrayList<>();
        for (JsonNode gate : json.readTree(api.get("/api/v1/processes/" + id + "/gates").getBody())) {
            if (gate.path("gateId").asText().equals(gateId)) {
                attempts.add(gate.path("attempt").asInt());
            }
        }
        return attempts;
    }

    private static JsonNode find(JsonNode array, String field, String value) {
        for (JsonNode node : array) {
            if (node.path(field).asText().equals(value)) {
                return node;
            }
        }
        return null;
    }

    private static LocalDate future() {
        return LocalDate.now(ZoneOffset.UTC).plusDays(30);
    }

}
