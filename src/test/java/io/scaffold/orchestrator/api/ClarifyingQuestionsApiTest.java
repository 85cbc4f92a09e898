package io.scaffold.orchestrator.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.scaffold.orchestrator.ScaffoldTestContext;
import io.scaffold.orchestrator.artifacts.ArtifactStore;
import io.scaffold.orchestrator.decisions.RunDecisions;
import io.scaffold.orchestrator.domain.decision.Decision;
import io.scaffold.orchestrator.domain.decision.DecisionSource;
import io.scaffold.orchestrator.generation.ProjectLayout;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.actuate.observability.AutoConfigureObservability;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.ResponseEntity;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Clarifying questions answered over REST, on the embedded engine and a real PostgreSQL:
 * the answers become the run's decisions and change what the next phase generates.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureObservability
@ActiveProfiles("test")
class ClarifyingQuestionsApiTest {

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        ScaffoldTestContext.properties(registry);
    }

    @LocalServerPort
    int port;

    @Autowired
    RunDecisions decisions;

    @Autowired
    ArtifactStore artifacts;

    final ObjectMapper json = new ObjectMapper();

    ApiClient api;

    @BeforeEach
    void client() {
        api = new ApiClient(port);
    }

    @Test
    void aManualRunAsksItsQuestionsAndTheAnswersBecomeDecisionsThatChangeTheOutput() throws IOException {
        String id = json
            .readTree(api
                .post("/api/v1/processes",
                        Map.of("specFileName", "library.jdl", "specContent",
                                "entity Book { title String, pages Integer }\n", "automationLevel", "manual"))
                .getBody())
            .path("id")
            .asText();
        UUID runId = UUID.fromString(id);

        JsonNode task = api.awaitQuestions(id);
        assertThat(task.path("candidateGroups").toString()).as("the domain gate's approvers")
            .contains("enterprise-architect", "domain-expert");
        assertThat(ids(task.path("questions"), "decisionId")).containsExactly("secured:application",
                "field-required:Book.title", "pagination:Book");
        JsonNode paging = task.path("questions").get(2);
        assertThat(ids(paging.path("options"), null)).containsExactly("NONE", "PAGINATION", "INFINITE_SCROLL");
        assertThat(paging.path("recommended").asText()).isEqualTo("PAGINATION");
        assertThat(json.readTree(api.get("/api/v1/processes/" + id + "/approvals").getBody()))
            .as("a question is not an approval")
            .isEmpty();

        String answer = "/api/v1/processes/" + id + "/questions/" + task.path("userTaskKey").asText();
        ResponseEntity<String> invalid = api.post(answer,
                Map.of("answers", List.of(Map.of("decisionId", "pagination:Book", "value", "ALL"))));
        assertThat(invalid.getStatusCode().value()).isEqualTo(400);
        assertThat(json.readTree(invalid.getBody()).path("detail").asText())
            .isEqualTo("'ALL' is not an answer to pagination:Book (How should the list of Books be paged?): "
                    + "choose one of [NONE, PAGINATION, INFINITE_SCROLL]");
        ResponseEntity<String> unknown = api.post(answer,
                Map.of("answers", List.of(Map.of("decisionId", "pagination:Author", "value", "NONE"))));
        assertThat(unknown.getStatusCode().value()).isEqualTo(400);
        assertThat(json.readTree(unknown.getBody()).path("detail").asText())
            .contains("no question settles 'pagination:Author'", "pagination:Book");

        assertThat(api
            .post(answer,
                    Map.of("answers", List.of(Map.of("decisionId", "pagination:Book", "value", "INFINITE_SCROLL"))))
            .getStatusCode()
            .value()).isEqualTo(204);

        api.awaitApproval(id, "domain-approval");
        Decision paged = decisions.find(runId, "pagination:Book").orElseThrow();
        assertThat(paged.chosen()).isEqualTo("INFINITE_SCROLL");
        assertThat(paged.source()).isEqualTo(DecisionSource.PERSON);
        assertThat(paged.locked()).isTrue();
        assertThat(paged.assumption()).isFalse();
        Decision title = decisions.find(runId, "field-required:Book.title").orElseThrow();
        assertThat(title.chosen()).as("left out: the recommended answer").isEqualTo("true");
        assertThat(title.assumption()).isTrue();
        assertThat(title.locked()).isFalse();
        String domainModel = artifacts.latestText(runId, ProjectLayout.DOMAIN_MODEL_DOC).orElseThrow();
        assertThat(domainModel).contains("| INFINITE_SCROLL |").containsPattern("\\| title \\| STRING \\| yes \\|");

        JsonNode clarified = null;
        for (JsonNode event : json.readTree(api.get("/api/v1/processes/" + id + "/events").getBody())) {
            if (event.path("type").asText().equals("RequirementsClarified")) {
                clarified = json.readTree(event.path("payload").asText());
            }
        }
        assertThat(clarified).isNotNull();
        assertThat(clarified.path("answeredBy").asText()).isEqualTo("local");
        List<String> settled = new ArrayList<>();
        clarified.path("answers")
            .forEach(a -> settled.add(a.path("decisionId").asText() + " = " + a.path("value").asText()
                    + (a.path("defaultTaken").asBoolean() ? " (default)" : "")));
        assertThat(settled).containsExactly("secured:application = true (default)",
                "field-required:Book.title = true (default)", "pagination:Book = INFINITE_SCROLL");
        api.post("/api/v1/processes/" + id + "/cancel", Map.of());
    }

    private static List<String> ids(JsonNode array, String field) {
        List<String> ids = new ArrayList<>();
        array.forEach(n -> ids.add(field == null ? n.asText() : n.path(field).asText()));
        return ids;
    }

}
