package io.scaffold.orchestrator.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.scaffold.orchestrator.ScaffoldTestContext;
import io.scaffold.orchestrator.spec.RequirementsExtractionTest;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.ResponseEntity;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The five requirement documents of examples/requirements, written as prose in different
 * styles, through the whole process in full automation on the embedded engine without any
 * model (the deterministic analyser reads them): each run completes, and its verification
 * gate built the generated project with its tests ({@code ./mvnw -B verify} green, every
 * test passing). The runs go concurrently; each costs a Maven build.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class RequirementsFullAutomationTest {

    private static final Duration ALL_RUNS = Duration.ofMinutes(25);

    private final ObjectMapper json = new ObjectMapper();

    @LocalServerPort
    int port;

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        ScaffoldTestContext.properties(registry);
    }

    @Test
    void everyRequirementsDocumentYieldsAProjectThatBuildsAndPassesItsTests() throws Exception {
        ApiClient api = new ApiClient(port);
        List<Path> documents = RequirementsExtractionTest.documents();
        assertThat(documents).hasSize(5);
        Map<String, String> runs = new LinkedHashMap<>();
        for (Path document : documents) {
            String name = document.getFileName().toString();
            ResponseEntity<String> created = api.post("/api/v1/processes",
                    Map.of("specFileName", name, "specContent", Files.readString(document), "automationLevel", "full"));
            assertThat(created.getStatusCode().value()).as(name + ": " + created.getBody()).isEqualTo(201);
            runs.put(name, json.readTree(created.getBody()).path("id").asText());
        }

        await().atMost(ALL_RUNS)
            .pollInterval(Duration.ofSeconds(5))
            .until(() -> runs.values().stream().noneMatch(id -> status(api, id).matches("STARTING|RUNNING")));

        Map<String, String> outcomes = new LinkedHashMap<>();
        for (Map.Entry<String, String> run : runs.entrySet()) {
            JsonNode gates = json.readTree(api.get("/api/v1/processes/" + run.getValue() + "/gates").getBody());
            JsonNode verification = null;
            for (JsonNode gate : gates) {
                if (gate.path("gateId").asText().equals("verification")) {
                    verification = gate; // the last attempt counts
                }
            }
            StringBuilder outcome = new StringBuilder(status(api, run.getValue()));
            if (verification != null) {
                for (JsonNode criterion : verification.path("criteria")) {
                    String name = criterion.path("name").asText();
                    if (name.equals("build-green") || name.equals("tests-pass")) {
                        outcome.append(' ').append(name).append('=').append(criterion.path("score").asDouble());
                        criterion.path("findings")
                            .forEach(f -> outcome.append(" [").append(f.path("message").asText()).append(']'));
                    }
                }
            }
            outcomes.put(run.getKey(), outcome.toString());
        }
        System.out.println("requirements documents without a model: " + outcomes);

        assertThat(outcomes).allSatisfy((document, outcome) -> assertThat(outcome).as(document)
            .startsWith("COMPLETED")
            .contains("build-green=1.0", "tests-pass=1.0"));
    }

    private String status(ApiClient api, String id) {
        try {
            return json.readTree(api.get("/api/v1/processes/" + id).getBody()).path("status").asText();
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

}
