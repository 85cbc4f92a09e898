package io.scaffold.orchestrator.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.scaffold.orchestrator.ScaffoldTestContext;
import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.actuate.observability.AutoConfigureObservability;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Issue 7, whys 5 and 7 over real HTTP, on the embedded engine and a real PostgreSQL: a
 * spec beyond a limit, a number out of range, a name too long for the database or a
 * hostile file name is a 4xx problem that stores nothing; a job that fails in the
 * database leaves an incident message without SQL or stack frames.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureObservability
@ActiveProfiles("test")
class UntrustedInputApiTest {

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        ScaffoldTestContext.properties(registry);
    }

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    final ObjectMapper json = new ObjectMapper();

    ApiClient api;

    @BeforeEach
    void client() {
        api = new ApiClient(port);
    }

    @Test
    void aSpecLargerThanTheLimitIs413NamingTheLimit() throws IOException {
        String huge = "entity Note { text String }\n" + "// padding\n".repeat(100_000);

        JsonNode problem = refused(start("huge.jdl", huge), 413);

        assertThat(problem.path("limit").asText()).isEqualTo("scaffold.limits.spec-bytes");
        assertThat(problem.path("detail").asText()).contains("more than the limit of 1048576");
    }

    @Test
    void tooManyEntitiesIs400NamingTheLimit() throws IOException {
        String jdl = IntStream.range(0, 201)
            .mapToObj(i -> "entity E" + i + " { name String }")
            .collect(Collectors.joining("\n"));

        JsonNode problem = refused(start("many.jdl", jdl), 400);

        assertThat(problem.path("limit").asText()).isEqualTo("scaffold.limits.entities");
        assertThat(problem.path("howToFix").asText()).contains("scaffold.limits.entities");
    }

    @Test
    void numbersOutOfRangeAndNamesTooLongForTheDatabaseAre400WithTheirPosition() throws IOException {
        JsonNode number = refused(start("shop.jdl", "entity Product {\n  name String maxlength(99999999999)\n}\n"),
                400);
        assertThat(number.path("line").asInt()).isEqualTo(2);
        assertThat(number.path("column").asInt()).isEqualTo(15);

        // used to be accepted with 201, then the implementation job failed on every retry
        String name = "Product" + "Catalogue".repeat(8);
        JsonNode tooLong = refused(start("shop.jdl", "entity " + name + " {\n  name String\n}\n"), 400);
        assertThat(tooLong.path("detail").asText()).contains("is too long");
        assertThat(tooLong.path("line").asInt()).isEqualTo(1);

        JsonNode table = refused(start("shop.jdl", "entity Product(pg_catalog.x) {\n  name String\n}\n"), 400);
        assertThat(table.path("detail").asText()).contains("not a plain SQL name");
    }

    @Test
    void hostileSpecFileNamesAre400() throws IOException {
        for (String name : List.of("shop\u0000.jdl", "..\\..\\shop.jdl", "../shop.jdl")) {
            JsonNode problem = refused(start(name, "entity Product { name String }\n"), 400);
            assertThat(problem.path("detail").asText()).startsWith("the spec file name");
            assertThat(problem.path("file").asText()).doesNotContain("\u0000");
        }
    }

    @Test
    void aJobThatFailsInTheDatabaseLeavesAnIncidentWithoutSqlOrStackFrames() throws IOException {
        String id = json.readTree(start("garden.jdl", "entity Product { name String required }\n", "manual").getBody())
            .path("id")
            .asText();
        JsonNode approval = api.awaitApproval(id, "domain-approval");
        // the database refuses what the architect stores, as a full disk or a broken
        // constraint would
        jdbc.sql(
                "alter table artifacts add constraint untrusted_input_test check (phase_id <> 'architecture') not valid")
            .update();
        try {
            assertThat(api
                .post("/api/v1/processes/" + id + "/approvals/" + approval.path("userTaskKey").asText(),
                        Map.of("decision", "approve"))
                .getStatusCode()
                .value()).isEqualTo(204);
            await().atMost(Duration.ofSeconds(90))
                .until(() -> !json.readTree(api.get("/api/v1/processes/" + id + "/incidents").getBody()).isEmpty());
        }
        finally {
            jdbc.sql("alter table artifacts drop constraint untrusted_input_test").update();
        }

        JsonNode incident = json.readTree(api.get("/api/v1/processes/" + id + "/incidents").getBody()).get(0);
        String message = incident.path("errorMessage").asText();
        assertThat(message).startsWith("agent.solution-architect failed: a database operation failed")
            .contains("[reference ")
            .doesNotContain("insert into", "SQL [", "untrusted_input_test", "\tat ", "Exception:");
        String recorded = jdbc
            .sql("select error from agent_tasks where run_id = ? and job_type = 'agent.solution-architect'")
            .param(UUID.fromString(id))
            .query(String.class)
            .single();
        assertThat(recorded).startsWith("a database operation failed").doesNotContain("insert into", "SQL [");
        String event = jdbc.sql("select payload->>'error' from events where run_id = ? and type = 'IncidentRaised'")
            .param(UUID.fromString(id))
            .query(String.class)
            .single();
        assertThat(event).isEqualTo(recorded);
        api.post("/api/v1/processes/" + id + "/cancel", Map.of());
    }

    private JsonNode refused(ResponseEntity<String> response, int status) throws IOException {
        assertThat(response.getStatusCode().value()).as(response.getBody()).isEqualTo(status);
        assertThat(response.getHeaders().getContentType().toString()).startsWith("application/problem+json");
        assertThat(count("runs")).as("nothing stored").isEqualTo(runsBefore);
        assertThat(count("artifacts where run_id not in (select id from runs)")).isZero();
        return json.readTree(response.getBody());
    }

    long runsBefore;

    @BeforeEach
    void countRuns() {
        runsBefore = count("runs");
    }

    private ResponseEntity<String> start(String fileName, String content) {
        return start(fileName, content, "full");
    }

    private ResponseEntity<String> start(String fileName, String content, String automationLevel) {
        return api.post("/api/v1/processes",
                Map.of("specFileName", fileName, "specContent", content, "automationLevel", automationLevel));
    }

    private long count(String tableAndCondition) {
        return jdbc.sql("select count(*) from " + tableAndCondition).query(Long.class).single();
    }

}
