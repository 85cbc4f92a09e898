package io.scaffold.orchestrator.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.scaffold.orchestrator.ScaffoldTestContext;
import io.scaffold.orchestrator.search.SearchIndex;
import io.scaffold.orchestrator.search.SearchQuery;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * After a run on the embedded default (PostgreSQL search), its artifacts are found by an
 * entity name, with highlights; no other organisation finds them; the index rebuilds.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class SearchApiTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        ScaffoldTestContext.properties(registry);
    }

    @LocalServerPort
    int port;

    @Autowired
    SearchIndex index;

    @Test
    void aRunsArtifactsAreFoundByAnEntityNameWithHighlightsAndOnlyInItsOrganisation() throws Exception {
        ApiClient api = new ApiClient(port);
        JsonNode created = JSON.readTree(api.post("/api/v1/processes", Map.of("specFileName", "hr.jdl", "specContent",
                "entity LeaveRequest { reason String required, days Integer required }\n", "automationLevel", "full"))
            .getBody());
        String id = created.path("id").asText();
        String organization = created.path("organization").asText();
        await().atMost(Duration.ofMinutes(6))
            .pollInterval(Duration.ofSeconds(1))
            .until(() -> !JSON.readTree(api.get("/api/v1/processes/" + id).getBody())
                .path("status")
                .asText()
                .matches("STARTING|RUNNING"));

        JsonNode[] result = new JsonNode[1];
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(300)).until(() -> {
            result[0] = JSON.readTree(api.get("/api/v1/search?q=LeaveRequest&type=ARTIFACT&size=100").getBody());
            return hitsOf(result[0], id).size() >= 3;
        });
        List<JsonNode> hits = hitsOf(result[0], id);
        assertThat(hits).allSatisfy(hit -> assertThat(hit.path("type").asText()).isEqualTo("ARTIFACT"));
        assertThat(hits).extracting(hit -> hit.path("title").asText()).anyMatch(path -> path.endsWith(".java"));
        assertThat(hits).anySatisfy(hit -> assertThat(hit.path("highlights").toString()).contains("<mark>"));
        assertThat(result[0].path("facets").path("TYPE").path("ARTIFACT").asLong()).isPositive();
        // the parts of the identifier find it too
        assertThat(hitsOf(JSON.readTree(api.get("/api/v1/search?q=leave request&size=100").getBody()), id))
            .isNotEmpty();

        assertThat(index.search(new SearchQuery("LeaveRequest", "other-" + organization, Set.of(), null, null, 0, 100))
            .total()).isZero();

        JsonNode rebuilt = JSON.readTree(api.post("/api/v1/admin/reindex", Map.of()).getBody());
        assertThat(rebuilt.path("runs").asInt()).as(rebuilt.toString()).isPositive();
        assertThat(hitsOf(JSON.readTree(api.get("/api/v1/search?q=LeaveRequest&type=ARTIFACT&size=100").getBody()), id))
            .hasSize(hits.size());
    }

    @Test
    void badParametersAreClear400s() {
        ApiClient api = new ApiClient(port);
        assertThat(api.get("/api/v1/search?q=").getStatusCode().value()).isEqualTo(400);
        assertThat(api.get("/api/v1/search").getStatusCode().value()).isEqualTo(400);
        var unknownType = api.get("/api/v1/search?q=x&type=BOOK");
        assertThat(unknownType.getStatusCode().value()).isEqualTo(400);
        assertThat(unknownType.getBody()).contains("ARTIFACT");
        assertThat(api.get("/api/v1/search?q=x&size=0").getStatusCode().value()).isEqualTo(400);
        assertThat(api.get("/api/v1/search?q=x&page=-1").getStatusCode().value()).isEqualTo(400);
        assertThat(api.get("/api/v1/search?q=x&size=abc").getStatusCode().value()).isEqualTo(400);
        assertThat(api.get("/api/v1/search?q=%22%3Cscript%3E%20OR%20*:*").getStatusCode().value()).isEqualTo(200);
    }

    private static List<JsonNode> hitsOf(JsonNode result, String runId) {
        List<JsonNode> hits = new ArrayList<>();
        result.path("hits").forEach(hit -> {
            if (hit.path("runId").asText().equals(runId)) {
                hits.add(hit);
            }
        });
        return hits;
    }

}
