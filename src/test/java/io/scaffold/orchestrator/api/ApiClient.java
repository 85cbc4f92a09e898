package io.scaffold.orchestrator.api;

import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.client.RestClient;

/**
 * The REST API of an application started on a random port, as tests call it: errors are
 * answers, not throws.
 */
final class ApiClient {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final RestClient http;

    ApiClient(int port) {
        this.http = RestClient.builder()
            .baseUrl("http://localhost:" + port)
            .defaultStatusHandler(HttpStatusCode::isError, (request, response) -> {
            })
            .build();
    }

    RestClient http() {
        return this.http;
    }

    ResponseEntity<String> get(String path) {
        return this.http.get().uri(path).retrieve().toEntity(String.class);
    }

    ResponseEntity<String> post(String path, Object body) {
        return this.http.post()
            .uri(path)
            .contentType(MediaType.APPLICATION_JSON)
            .body(body)
            .retrieve()
            .toEntity(String.class);
    }

    /** Starts a run of a one-entity JDL spec; returns its id. */
    String startRun(String automationLevel) throws IOException {
        return JSON
            .readTree(
                    post("/api/v1/processes",
                            Map.of("specFileName", "library.jdl", "specContent",
                                    "entity Book { title String required }\n", "automationLevel", automationLevel))
                        .getBody())
            .path("id")
            .asText();
    }

    /**
     * Waits until the run has an open approval of the gate, and returns it. A partial or
     * manual run asks its clarifying questions first: they take their recommended answers
     * on the way.
     */
    JsonNode awaitApproval(String runId, String gateId) {
        JsonNode[] found = new JsonNode[1];
        await().atMost(Duration.ofMinutes(2)).pollInterval(Duration.ofMillis(200)).until(() -> {
            for (JsonNode open : JSON.readTree(get("/api/v1/processes/" + runId + "/questions").getBody())) {
                post("/api/v1/processes/" + runId + "/questions/" + open.path("userTaskKey").asText(),
                        Map.of("answers", List.of()));
            }
            for (JsonNode approval : JSON.readTree(get("/api/v1/processes/" + runId + "/approvals").getBody())) {
                if (approval.path("gateId").asText().equals(gateId)) {
                    found[0] = approval;
                    return true;
                }
            }
            return false;
        });
        return found[0];
    }

    /** Waits until the run's clarifying questions are open, and returns them. */
    JsonNode awaitQuestions(String runId) {
        JsonNode[] found = new JsonNode[1];
        await().atMost(Duration.ofMinutes(2)).pollInterval(Duration.ofMillis(200)).until(() -> {
            found[0] = JSON.readTree(get("/api/v1/processes/" + runId + "/questions").getBody());
            return !found[0].isEmpty();
        });
        return found[0].get(0);
    }

}
