package io.scaffold.orchestrator.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.scaffold.orchestrator.ScaffoldTestContext;
import io.scaffold.orchestrator.artifacts.ArtifactStore;
import io.scaffold.orchestrator.artifacts.ArtifactType;
import io.scaffold.orchestrator.artifacts.DomainModels;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
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

/** The REST API over real HTTP, on the embedded engine and a real PostgreSQL. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureObservability
@ActiveProfiles("test")
class ProcessApiTest {

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        ScaffoldTestContext.properties(registry);
    }

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ArtifactStore artifacts;

    final ObjectMapper json = new ObjectMapper();

    ApiClient api;

    @BeforeEach
    void client() {
        api = new ApiClient(port);
    }

    @Test
    void malformedSpecIsA400ProblemAndStoresNothing() throws IOException {
        long runsBefore = count("runs");
        ResponseEntity<String> response = api.post("/api/v1/processes", Map.of("specFileName", "shop.jdl",
                "specContent", "entity Order {\n  total BigDecimal\n", "automationLevel", "full"));

        assertThat(response.getStatusCode().value()).isEqualTo(400);
        assertThat(response.getHeaders().getContentType().toString()).startsWith("application/problem+json");
        JsonNode problem = json.readTree(response.getBody());
        assertThat(problem.path("status").asInt()).isEqualTo(400);
        assertThat(problem.path("file").asText()).isEqualTo("shop.jdl");
        assertThat(problem.path("line").asInt()).isPositive();
        assertThat(problem.path("howToFix").asText()).isNotBlank();
        assertThat(count("runs")).isEqualTo(runsBefore);
        assertThat(count("artifacts where run_id not in (select id from runs)")).isZero();
    }

    @Test
    void unknownAutomationLevelAndUnknownRunAreProblems() throws IOException {
        ResponseEntity<String> badLevel = api.post("/api/v1/processes", Map.of("specFileName", "a.jdl", "specContent",
                "entity A { name String }", "automationLevel", "sometimes"));
        assertThat(badLevel.getStatusCode().value()).isEqualTo(400);
        assertThat(json.readTree(badLevel.getBody()).path("detail").asText()).contains("full, partial, manual");

        ResponseEntity<String> missing = api.get("/api/v1/processes/" + UUID.randomUUID());
        assertThat(missing.getStatusCode().value()).isEqualTo(404);
        assertThat(missing.getHeaders().getContentType().toString()).startsWith("application/problem+json");
    }

    @Test
    void aRunStartedOverRestCompletesAndIsFullyInspectable() throws IOException {
        ResponseEntity<String> created = api.post("/api/v1/processes",
                Map.of("specFileName", "blog.jdl", "specContent", """
                        entity Blog { name String required minlength(3) }
                        entity Post { title String required, content TextBlob required, date Instant required }
                        relationship ManyToOne { Post{blog(name)} to Blog }
                        paginate Post with pagination
                        """, "automationLevel", "full"));
        assertThat(created.getStatusCode().value()).isEqualTo(201);
        JsonNode run = json.readTree(created.getBody());
        String id = run.path("id").asText();
        assertThat(created.getHeaders().getLocation().toString()).endsWith("/api/v1/processes/" + id);

        await().atMost(Duration.ofMinutes(6))
            .pollInterval(Duration.ofSeconds(1))
            .until(() -> !json.readTree(api.get("/api/v1/processes/" + id).getBody())
                .path("status")
                .asText()
                .matches("STARTING|RUNNING"));
        JsonNode finished = json.readTree(api.get("/api/v1/processes/" + id).getBody());
        assertThat(finished.path("status").asText()).as(finished.toString()).isEqualTo("COMPLETED");
        // the working copy goes with the run's end (retention PT0S), the archive stays
        // for download
        await().atMost(Duration.ofSeconds(10))
            .untilAsserted(() -> assertThat(ScaffoldTestContext.workspace().resolve("runs/" + id + "/project"))
                .doesNotExist());

        JsonNode phases = json.readTree(api.get("/api/v1/processes/" + id + "/phases").getBody());
        assertThat(ids(phases, "phaseId")).containsExactly("intake", "domain-analysis", "architecture", "data-design",
                "api-design", "implementation", "verification", "delivery", "handover");
        phases.forEach(p -> assertThat(p.path("status").asText()).isEqualTo("COMPLETED"));

        // the jobs the workers handled, camelCase like every other resource
        JsonNode tasks = json.readTree(api.get("/api/v1/processes/" + id + "/tasks").getBody());
        assertThat(ids(tasks, "jobType")).contains("phase.started", "agent.solution-architect",
                "scaffold.record-completion");
        tasks.forEach(t -> {
            assertThat(t.path("jobKey").asLong()).isPositive();
            assertThat(t.path("outcome").asText()).isEqualTo("SUCCEEDED");
            assertThat(t.path("startedAt").asText()).isNotBlank();
            assertThat(t.has("job_type")).isFalse();
        });

        JsonNode gates = json.readTree(api.get("/api/v1/processes/" + id + "/gates").getBody());
        assertThat(ids(gates, "gateId")).contains("domain-approval", "architecture-review", "data-design",
                "api-contract", "implementation-review", "verification", "release-readiness");
        for (JsonNode gate : gates) {
            assertThat(gate.path("criteria").size()).isPositive();
            double weights = 0;
            for (JsonNode c : gate.path("criteria")) {
                weights += c.path("weight").asDouble();
            }
            assertThat(weights).as(gate.path("gateId").asText())
                .isCloseTo(1.0, org.assertj.core.data.Offset.offset(1e-9));
        }

        JsonNode list = json.readTree(api.get("/api/v1/processes/" + id + "/artifacts").getBody());
        assertThat(ids(list, "path")).contains("src/main/resources/openapi.yaml", "pom.xml",
                "src/main/resources/db/migration/V1__create_schema.sql", "docs/scaffold/report.json",
                "docs/decisions.md");

        // the decisions derived at intake, with their sources, also in the report
        JsonNode decisions = json.readTree(api.get("/api/v1/processes/" + id + "/decisions").getBody());
        assertThat(ids(decisions, "id")).contains("entity-name:Post", "pagination:Post", "secured:application")
            .isSorted();
        // full automation: the clarifying questions' recommended answers are taken as
        // version 2 of the decisions they settle where they differ from the derived value
        decisions.forEach(d -> {
            assertThat(d.path("source").asText()).isIn("SPEC", "DEFAULT", "HEURISTIC");
            if (d.path("version").asInt() == 1) {
                assertThat(d.path("changedBy").asText()).isEqualTo("agent.requirements-analyzer");
            }
            else {
                assertThat(d.path("version").asInt()).isEqualTo(2);
                assertThat(d.path("source").asText()).isEqualTo("DEFAULT");
                assertThat(d.path("assumption").asBoolean()).isTrue();
            }
        });
        JsonNode report = json
            .readTree(api.get("/api/v1/processes/" + id + "/artifacts/docs/scaffold/report.json").getBody());
        assertThat(report.path("decisions").size()).isEqualTo(decisions.size());
        assertThat(report.path("decisions").get(0).path("source").asText()).isNotBlank();
        ResponseEntity<String> openapi = api
            .get("/api/v1/processes/" + id + "/artifacts/src/main/resources/openapi.yaml");
        assertThat(openapi.getStatusCode().value()).isEqualTo(200);
        assertThat(openapi.getBody()).contains("/api/posts");
        assertThat(openapi.getHeaders().getETag())
            .isEqualTo('"' + ArtifactStore.sha256(openapi.getBody().getBytes()) + '"');

        // a second version of an artifact, and the diff between the two
        artifacts.save(UUID.fromString(id), "README.md", "# Blog\n\nchanged by a test\n", ArtifactType.DOCUMENTATION,
                "delivery", "test");
        JsonNode versions = json
            .readTree(api.get("/api/v1/processes/" + id + "/artifact-versions?path=README.md").getBody());
        assertThat(versions.size()).isEqualTo(2);
        String diff = api.get("/api/v1/processes/" + id + "/artifact-diff?path=README.md&from=1&to=2").getBody();
        assertThat(diff).startsWith("--- README.md@1\n+++ README.md@2\n").contains("+changed by a test");

        ResponseEntity<byte[]> zip = api.http()
            .get()
            .uri("/api/v1/processes/" + id + "/download")
            .retrieve()
            .toEntity(byte[].class);
        assertThat(zip.getStatusCode().value()).isEqualTo(200);
        assertThat(zipEntries(zip.getBody())).contains("blog/pom.xml", "blog/docs/scaffold/report.json");

        JsonNode completed = json.readTree(api.get("/api/v1/processes?status=COMPLETED&size=50").getBody());
        assertThat(ids(completed.path("items"), "id")).contains(id);
        assertThat(completed.path("total").asLong()).isPositive();

        JsonNode metrics = json.readTree(api.get("/api/v1/metrics").getBody());
        assertThat(metrics.path("runsByStatus").path("COMPLETED").asLong()).isPositive();
        assertThat(metrics.path("gatePassRate").asDouble()).isBetween(0.0, 1.0);
        JsonNode frequentRules = metrics.path("frequentRulesByGate");
        assertThat(frequentRules.isObject()).as(metrics.toString()).isTrue();
        frequentRules.forEach(rules -> rules.forEach(rule -> {
            assertThat(rule.path("ruleId").asText()).isNotBlank();
            assertThat(rule.path("findings").asLong()).isGreaterThanOrEqualTo(rule.path("runs").asLong());
            assertThat(rule.path("runs").asLong()).isPositive();
        }));

        String prometheus = api.get("/actuator/prometheus").getBody();
        assertThat(prometheus).contains("scaffold_phase_transition_seconds", "scaffold_run_duration_seconds",
                "scaffold_agent_task_duration_seconds", "scaffold_gate_verdicts_total", "scaffold_automation_rate",
                "scaffold_gate_evaluation_seconds", "scaffold_gate_pass_rate");

        assertThat(api.post("/api/v1/processes/" + id + "/cancel", Map.of()).getStatusCode().value()).isEqualTo(409);
        assertThat(api.get("/api/v1/openapi").getBody()).contains("/api/v1/processes");
    }

    @Test
    void aManualRunWaitsForApprovalsWhichCanBeAnsweredAndTheRunCancelled() throws IOException {
        String id = json
            .readTree(
                    api.post("/api/v1/processes",
                            Map.of("specFileName", "library.jdl", "specContent",
                                    "entity Book { title String required }\n", "automationLevel", "manual"))
                        .getBody())
            .path("id")
            .asText();

        JsonNode approval = api.awaitApproval(id, "domain-approval");
        String task = approval.path("userTaskKey").asText();
        ResponseEntity<String> noComment = api.post("/api/v1/processes/" + id + "/approvals/" + task,
                Map.of("decision", "request-changes"));
        assertThat(noComment.getStatusCode().value()).isEqualTo(400);
        assertThat(api
            .post("/api/v1/processes/" + id + "/approvals/" + task, Map.of("decision", "approve", "comment", "fine"))
            .getStatusCode()
            .value()).isEqualTo(204);

        api.awaitApproval(id, "architecture-review");
        JsonNode gates = json.readTree(api.get("/api/v1/processes/" + id + "/gates").getBody());
        JsonNode domain = gates.get(0);
        assertThat(domain.path("decision").asText()).isEqualTo("approve");
        assertThat(domain.path("decidedBy").asText()).isEqualTo("local");
        assertThat(domain.path("comment").asText()).isEqualTo("fine");

        ResponseEntity<String> cancelled = api.post("/api/v1/processes/" + id + "/cancel", Map.of());
        assertThat(cancelled.getStatusCode().value()).isEqualTo(200);
        assertThat(json.readTree(cancelled.getBody()).path("status").asText()).isEqualTo("CANCELLED");
        await().atMost(Duration.ofSeconds(10))
            .until(() -> json.readTree(api.get("/api/v1/processes/" + id + "/approvals").getBody()).isEmpty());
        await().atMost(Duration.ofSeconds(10))
            .untilAsserted(() -> assertThat(ScaffoldTestContext.workspace().resolve("runs/" + id + "/project"))
                .doesNotExist());
        assertThat(api.post("/api/v1/processes/" + id + "/cancel", Map.of()).getStatusCode().value()).isEqualTo(409);
        assertThat(api.get("/api/v1/processes/" + id + "/download").getStatusCode().value()).isEqualTo(409);
    }

    @Test
    void aPhaseWhoseWorkerRanOutOfRetriesIsRetriedOverRest() throws IOException {
        String id = json
            .readTree(
                    api.post("/api/v1/processes",
                            Map.of("specFileName", "garden.jdl", "specContent",
                                    "entity Product { name String required }\n", "automationLevel", "manual"))
                        .getBody())
            .path("id")
            .asText();
        UUID runId = UUID.fromString(id);
        JsonNode approval = api.awaitApproval(id, "domain-approval");
        assertThat(api.post("/api/v1/processes/" + id + "/retry", Map.of()).getStatusCode().value()).isEqualTo(409);

        // the architect cannot read the domain model any more: its job fails, is retried,
        // and raises an incident
        String model = artifacts.latestText(runId, DomainModels.PATH).orElseThrow();
        artifacts.save(runId, DomainModels.PATH, "{ not json", ArtifactType.REQUIREMENTS, "intake", "test");
        assertThat(api
            .post("/api/v1/processes/" + id + "/approvals/" + approval.path("userTaskKey").asText(),
                    Map.of("decision", "approve"))
            .getStatusCode()
            .value()).isEqualTo(204);
        await().atMost(Duration.ofSeconds(60)).until(() -> events(id).contains("IncidentRaised"));
        assertThat(
                jdbc.sql("select attempt from agent_tasks where run_id = ? and job_type = 'agent.solution-architect'")
                    .param(runId)
                    .query(Integer.class)
                    .single())
            .isEqualTo(3);
        assertThat(json.readTree(api.get("/api/v1/processes/" + id).getBody()).path("status").asText())
            .isEqualTo("RUNNING");
        JsonNode incidents = json.readTree(api.get("/api/v1/processes/" + id + "/incidents").getBody());
        assertThat(incidents.size()).isEqualTo(1);
        assertThat(incidents.get(0).path("errorType").asText()).isEqualTo("JOB_NO_RETRIES");
        assertThat(incidents.get(0).path("errorMessage").asText()).contains("domain-model.json")
            .doesNotContain("\n", "\tat ", "Exception");
        for (JsonNode event : json.readTree(api.get("/api/v1/processes/" + id + "/events").getBody())) {
            if (event.path("type").asText().equals("IncidentRaised")) {
                assertThat(json.readTree(event.path("payload").asText()).path("error").asText())
                    .contains("domain-model.json")
                    .doesNotContain("\n", "\tat ");
            }
        }

        // fixed, and retried: the phase goes on and the next gate asks for its approval
        artifacts.save(runId, DomainModels.PATH, model, ArtifactType.REQUIREMENTS, "intake", "test");
        ResponseEntity<String> retried = api.post("/api/v1/processes/" + id + "/retry", Map.of());
        assertThat(retried.getStatusCode().value()).isEqualTo(200);
        assertThat(json.readTree(retried.getBody()).path("resolvedIncidents").asInt()).isEqualTo(1);
        api.awaitApproval(id, "architecture-review");
        assertThat(events(id)).contains("IncidentResolved");
        api.post("/api/v1/processes/" + id + "/cancel", Map.of());
    }

    private List<String> events(String id) throws IOException {
        return ids(json.readTree(api.get("/api/v1/processes/" + id + "/events").getBody()), "type");
    }

    private long count(String tableAndCondition) {
        return jdbc.sql("select count(*) from " + tableAndCondition).query(Long.class).single();
    }

    private static List<String> ids(JsonNode array, String field) {
        List<String> ids = new ArrayList<>();
        array.forEach(n -> ids.add(n.path(field).asText()));
        return ids;
    }

    private static List<String> zipEntries(byte[] zip) throws IOException {
        List<String> names = new ArrayList<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                names.add(e.getName());
            }
        }
        return names;
    }

}
