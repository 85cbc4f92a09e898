package io.scaffold.orchestrator.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.camunda.client.CamundaClient;
import io.scaffold.orchestrator.ScaffoldTestContext;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Bad input to the REST API over real HTTP, on the embedded engine and a real PostgreSQL:
 * each answers a 4xx problem that says what is wrong, and stores nothing. The size limits
 * are lowered to keep the bodies small.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = { "spring.servlet.multipart.max-file-size=64KB", "spring.servlet.multipart.max-request-size=64KB",
                "scaffold.api.max-request-body=64KB" })
@ActiveProfiles("test")
class BadInputTest {

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private static final ObjectMapper JSON = new ObjectMapper();

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        ScaffoldTestContext.properties(registry);
    }

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    CamundaClient engine;

    @Test
    void approvalAnswersWithoutADecisionOrWithAnOverlongCommentAre400AndLeaveTheApprovalOpen() throws Exception {
        String id = startManualRun();
        JsonNode approval = awaitApproval(id);
        String answer = "/api/v1/processes/" + id + "/approvals/" + approval.path("userTaskKey").asText();

        HttpResponse<String> empty = postJson(answer, "{}");
        assertThat(empty.statusCode()).as(empty.body()).isEqualTo(400);
        assertThat(problem(empty).path("detail").asText()).contains("approve, request-changes, reject");

        assertThat(postJson(answer, "{\"decision\":\"maybe\"}").statusCode()).isEqualTo(400);
        assertThat(postJson(answer, "{\"decision\":null,\"comment\":\"x\"}").statusCode()).isEqualTo(400);
        assertThat(postJson(answer, "").statusCode()).isEqualTo(400);

        HttpResponse<String> longComment = postJson(answer,
                JSON.createObjectNode().put("decision", "approve").put("comment", "x".repeat(4001)).toString());
        assertThat(longComment.statusCode()).as(longComment.body()).isEqualTo(400);
        assertThat(problem(longComment).path("detail").asText()).contains("4000",
                "scaffold.approvals.max-comment-length");

        assertThat(JSON.readTree(get("/api/v1/processes/" + id + "/approvals").body()).size()).isEqualTo(1);
        for (JsonNode gate : JSON.readTree(get("/api/v1/processes/" + id + "/gates").body())) {
            assertThat(gate.path("decision").isMissingNode() || gate.path("decision").isNull()).as(gate.toString())
                .isTrue();
        }
        postJson("/api/v1/processes/" + id + "/cancel", "");
    }

    @Test
    void cancellingARunWhoseInstanceVanishedFromTheEngineEndsItCleanly() throws Exception {
        String id = startManualRun();
        awaitApproval(id);
        long instance = JSON.readTree(get("/api/v1/processes/" + id).body()).path("processInstanceKey").asLong();
        engine.newCancelInstanceCommand(instance).send().join(); // behind the
                                                                 // application's back

        HttpResponse<String> cancelled = postJson("/api/v1/processes/" + id + "/cancel", "");
        assertThat(cancelled.statusCode()).as(cancelled.body()).isEqualTo(200);
        assertThat(JSON.readTree(cancelled.body()).path("status").asText()).isEqualTo("CANCELLED");
        List<String> events = new ArrayList<>();
        JSON.readTree(get("/api/v1/processes/" + id + "/events").body())
            .forEach(e -> events.add(e.path("type").asText()));
        assertThat(events).contains("ProcessCancelled");
        assertThat(postJson("/api/v1/processes/" + id + "/cancel", "").statusCode()).isEqualTo(409);
    }

    @Test
    void aBrokenMultipartBodyIsA400AndStoresNothing() throws Exception {
        long runsBefore = runs();
        String part = "--b\r\nContent-Disposition: form-data; name=\"spec\"; filename=\"a.jdl\"\r\n\r\nentity A { name String }";
        List<String[]> broken = List.of(new String[] { "multipart/form-data; boundary=b", part }, // ends
                                                                                                  // before
                                                                                                  // its
                                                                                                  // closing
                                                                                                  // boundary
                new String[] { "multipart/form-data", part + "\r\n--b--\r\n" }, // no
                                                                                // boundary
                                                                                // declared
                new String[] { "multipart/form-data; boundary=expected", part + "\r\n--b--\r\n" }); // another
                                                                                                    // boundary
        for (String[] request : broken) {
            HttpResponse<String> response = HTTP.send(request("/api/v1/processes").header("Content-Type", request[0])
                .POST(HttpRequest.BodyPublishers.ofString(request[1]))
                .build(), HttpResponse.BodyHandlers.ofString());
            assertThat(response.statusCode()).as("%s: %s", request[0], response.body()).isEqualTo(400);
            assertThat(response.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
            assertThat(response.body()).doesNotContain("\tat ", "Exception:");
        }
        assertThat(runs()).isEqualTo(runsBefore);
    }

    @Test
    void bodiesOverTheLimitAre413ProblemsNamingTheLimitAndStoreNothing() throws Exception {
        long runsBefore = runs();
        String spec = "entity A { name String }\n" + "// padding\n".repeat(8_000);
        String json = JSON.createObjectNode().put("specFileName", "a.jdl").put("specContent", spec).toString();

        HttpResponse<String> declared = postJson("/api/v1/processes", json);
        assertThat(declared.statusCode()).as(declared.body()).isEqualTo(413);
        assertThat(problem(declared).path("detail").asText()).contains("64 KB", "scaffold.api.max-request-body");

        HttpResponse<String> chunked = HTTP.send(request("/api/v1/processes").header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers
                .ofInputStream(() -> new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8))))
            .build(), HttpResponse.BodyHandlers.ofString());
        assertThat(chunked.statusCode()).as(chunked.body()).isEqualTo(413);

        String upload = "--b\r\nContent-Disposition: form-data; name=\"spec\"; filename=\"a.jdl\"\r\n\r\n" + spec
                + "\r\n--b--\r\n";
        HttpResponse<String> multipart = HTTP
            .send(request("/api/v1/processes").header("Content-Type", "multipart/form-data; boundary=b")
                .POST(HttpRequest.BodyPublishers.ofString(upload))
                .build(), HttpResponse.BodyHandlers.ofString());
        assertThat(multipart.statusCode()).as(multipart.body()).isEqualTo(413);
        assertThat(problem(multipart).path("detail").asText()).contains("64 KB");

        assertThat(runs()).isEqualTo(runsBefore);
    }

    @Test
    void anUnknownRunIdIsA400NotA500() throws Exception {
        HttpResponse<String> response = get("/api/v1/processes/not-a-uuid");
        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.body()).doesNotContain("Exception", "\tat ");
        assertThat(get("/api/v1/processes/" + UUID.randomUUID()).statusCode()).isEqualTo(404);
    }

    @Test
    void anUnexpectedFailureAnswersAGenericProblemWithAnIdAndNoInternals() throws Exception {
        HttpResponse<String> response = get("/test/failing-query");

        assertThat(response.statusCode()).isEqualTo(500);
        JsonNode problem = problem(response);
        assertThat(problem.path("errorId").asText()).matches("[0-9a-f-]{36}");
        assertThat(problem.path("detail").asText()).contains(problem.path("errorId").asText());
        assertThat(response.body()).doesNotContain("SQL", "insert into", "secret-value", "Exception", "\tat ");
    }

    @Test
    void anIllegalArgumentFromInsideIsAFaultOfTheServerNotA400() throws Exception {
        HttpResponse<String> response = get("/test/failing-argument");

        assertThat(response.statusCode()).isEqualTo(500);
        assertThat(response.body()).doesNotContain("secret-value", "payload");
    }

    /**
     * A handler failing as a repository would on a broken statement, with SQL and a value
     * in its message.
     */
    @TestConfiguration
    static class FailingController {

        @RestController
        static class Failing {

            @GetMapping("/test/failing-query")
            String fail() {
                throw new DataIntegrityViolationException("PreparedStatementCallback; SQL [insert into runs (id, name) "
                        + "values (?, ?)]; ERROR: value too long\n  Detail: Failing row contains (secret-value).");
            }

            @GetMapping("/test/failing-argument")
            String failArgument() {
                throw new IllegalArgumentException("event payload is not serialisable: {secret=secret-value}");
            }

        }

    }

    private String startManualRun() throws Exception {
        HttpResponse<String> created = postJson("/api/v1/processes",
                JSON.createObjectNode()
                    .put("specFileName", "library.jdl")
                    .put("specContent", "entity Book { title String required }\n")
                    .put("automationLevel", "manual")
                    .toString());
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        return JSON.readTree(created.body()).path("id").asText();
    }

    private JsonNode awaitApproval(String id) {
        JsonNode[] found = new JsonNode[1];
        await().atMost(Duration.ofMinutes(2)).pollInterval(Duration.ofMillis(200)).until(() -> {
            // a manual run asks its clarifying questions first: take the recommended
            // answers
            for (JsonNode questions : JSON.readTree(get("/api/v1/processes/" + id + "/questions").body())) {
                postJson("/api/v1/processes/" + id + "/questions/" + questions.path("userTaskKey").asText(),
                        "{\"answers\": []}");
            }
            JsonNode open = JSON.readTree(get("/api/v1/processes/" + id + "/approvals").body());
            found[0] = open.size() > 0 ? open.get(0) : null;
            return found[0] != null;
        });
        return found[0];
    }

    private static JsonNode problem(HttpResponse<String> response) throws Exception {
        assertThat(response.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
        return JSON.readTree(response.body());
    }

    private long runs() {
        return jdbc.sql("select count(*) from runs").query(Long.class).single();
    }

    private HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path));
    }

    private HttpResponse<String> get(String path) throws Exception {
        return HTTP.send(request(path).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> postJson(String path, String body) throws Exception {
        return HTTP.send(request(path).header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(body))
            .build(), HttpResponse.BodyHandlers.ofString());
    }

}
