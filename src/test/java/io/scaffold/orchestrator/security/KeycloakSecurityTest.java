package io.scaffold.orchestrator.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.SignedJWT;
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
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.autoconfigure.actuate.observability.AutoConfigureObservability;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The API secured by a real Keycloak (started from the local platform tooling, realm
 * {@code scaffold}) over real HTTP, on the embedded runtime: real tokens of the realm's
 * users, their roles and organisations.
 */
@WithLocalPlatform("keycloak")
@AutoConfigureObservability
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "scaffold.security.enabled=true")
@ActiveProfiles("test")
class KeycloakSecurityTest {

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private static final ObjectMapper JSON = new ObjectMapper();

    @LocalServerPort
    int port;

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        ScaffoldTestContext.properties(registry);
        registry.add("spring.security.oauth2.resourceserver.jwt.issuer-uri", LocalPlatform::keycloakIssuer);
    }

    @Test
    void healthIsOpenAndTheApiNeedsAToken() throws Exception {
        assertThat(get("/actuator/health", null).statusCode()).isEqualTo(200);
        assertThat(get("/api/v1/processes", null).statusCode()).isEqualTo(401);
        assertThat(startRun(null).statusCode()).isEqualTo(401);
    }

    @Test
    void rejectsATokenWhosePayloadWasChanged() throws Exception {
        String[] parts = KeycloakTokens.scaffoldUser("vic").split("\\.");
        ObjectNode claims = (ObjectNode) JSON.readTree(Base64.getUrlDecoder().decode(parts[1]));
        claims.putObject("realm_access").putArray("roles").add("admin");
        String tampered = parts[0] + "."
                + Base64.getUrlEncoder().withoutPadding().encodeToString(JSON.writeValueAsBytes(claims)) + "."
                + parts[2];

        assertThat(get("/api/v1/processes", tampered).statusCode()).isEqualTo(401);
        assertThat(startRun(tampered).statusCode()).isEqualTo(401);
    }

    @Test
    void rejectsATokenSignedWithAnotherKeyEvenIfItClaimsKeycloaksKeyId() throws Exception {
        SignedJWT genuine = SignedJWT.parse(KeycloakTokens.scaffoldUser("dev"));
        RSAKey attackerKey = new RSAKeyGenerator(2048).keyID(genuine.getHeader().getKeyID()).generate();
        SignedJWT forged = new SignedJWT(
                new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(genuine.getHeader().getKeyID()).build(),
                genuine.getJWTClaimsSet());
        forged.sign(new RSASSASigner(attackerKey));

        assertThat(get("/api/v1/processes", forged.serialize()).statusCode()).isEqualTo(401);
    }

    @Test
    void rejectsAGenuineTokenOfAnotherRealm() throws Exception {
        assertThat(get("/api/v1/processes", KeycloakTokens.masterRealmAdmin()).statusCode()).isEqualTo(401);
    }

    @Test
    void aViewerCannotStartARunButADeveloperCan() throws Exception {
        HttpResponse<String> viewer = startRun(KeycloakTokens.scaffoldUser("vic"));
        assertThat(viewer.statusCode()).isEqualTo(403);

        HttpResponse<String> developer = startRun(KeycloakTokens.scaffoldUser("dev"));
        assertThat(developer.statusCode()).isEqualTo(201);
        JsonNode run = JSON.readTree(developer.body());
        assertThat(run.get("organization").asText()).isEqualTo("acme");
        assertThat(run.get("createdBy").asText()).isEqualTo("dev");
        assertThat(developer.headers().firstValue("Location")).hasValue("/api/v1/processes/" + run.get("id").asText());
    }

    @Test
    void runsAreVisibleToTheirOrganisationAndToAdministratorsOnly() throws Exception {
        String dev = KeycloakTokens.scaffoldUser("dev"); // developer, acme
        String vic = KeycloakTokens.scaffoldUser("vic"); // viewer, acme
        String gina = KeycloakTokens.scaffoldUser("gina"); // developer, globex
        String ada = KeycloakTokens.scaffoldUser("ada"); // admin, acme
        String acmeRun = runId(startRun(dev));
        String globexRun = runId(startRun(gina));

        assertThat(get("/api/v1/processes/" + acmeRun, vic).statusCode()).isEqualTo(200);
        assertThat(get("/api/v1/processes/" + acmeRun, gina).statusCode()).isEqualTo(404);
        assertThat(get("/api/v1/processes/" + acmeRun + "/artifacts", gina).statusCode()).isEqualTo(404);
        assertThat(get("/api/v1/processes/" + acmeRun + "/model-calls", vic).statusCode()).isEqualTo(200);
        assertThat(get("/api/v1/processes/" + acmeRun + "/model-calls", gina).statusCode()).isEqualTo(404);
        assertThat(get("/api/v1/processes/" + globexRun, dev).statusCode()).isEqualTo(404);
        assertThat(listedRunIds(gina)).contains(globexRun).doesNotContain(acmeRun);
        assertThat(listedRunIds(dev)).contains(acmeRun).doesNotContain(globexRun);

        // The administrator belongs to acme but sees every organisation's runs.
        assertThat(get("/api/v1/processes/" + globexRun, ada).statusCode()).isEqualTo(200);
        assertThat(listedRunIds(ada)).contains(acmeRun, globexRun);
    }

    @Test
    void aRunsLiveStreamHasTheSameAuthorityAndOrganisationIsolationAsTheRun() throws Exception {
        String dev = KeycloakTokens.scaffoldUser("dev"); // developer, acme
        String vic = KeycloakTokens.scaffoldUser("vic"); // viewer, acme
        String gina = KeycloakTokens.scaffoldUser("gina"); // developer, globex
        String acmeRun = runId(startRun(dev, "manual"));
        String stream = "/api/v1/processes/" + acmeRun + "/stream";

        assertThat(get(stream, null).statusCode()).isEqualTo(401);
        assertThat(get(stream, gina).statusCode()).as("another organisation's run does not exist").isEqualTo(404);
        HttpResponse<Stream<String>> watched = HTTP.send(request(stream, vic).GET().build(),
                HttpResponse.BodyHandlers.ofLines());
        try (Stream<String> lines = watched.body()) {
            assertThat(watched.statusCode()).isEqualTo(200);
            assertThat(watched.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/event-stream");
            assertThat(lines.filter(line -> line.startsWith("data:")).findFirst().orElseThrow())
                .contains("\"runId\":\"" + acmeRun + "\"");
        }
        send(request("/api/v1/processes/" + acmeRun + "/cancel", dev).POST(HttpRequest.BodyPublishers.noBody()));
    }

    @Test
    void metricsNeedTheMetricsReadPermission() throws Exception {
        assertThat(get("/api/v1/metrics", KeycloakTokens.scaffoldUser("dev")).statusCode()).isEqualTo(403);
        assertThat(get("/api/v1/metrics", KeycloakTokens.scaffoldUser("gina")).statusCode()).isEqualTo(403);
        HttpResponse<String> viewer = get("/api/v1/metrics", KeycloakTokens.scaffoldUser("vic"));
        assertThat(viewer.statusCode()).isEqualTo(200);
        assertThat(JSON.readTree(viewer.body()).has("runsByStatus")).isTrue();
        assertThat(get("/api/v1/metrics", KeycloakTokens.scaffoldUser("pete")).statusCode()).isEqualTo(200);
    }

    @Test
    void actuatorMetricsNeedTheMetricsReadPermissionHealthStaysOpen() throws Exception {
        for (String path : List.of("/actuator/prometheus", "/actuator/metrics")) {
            assertThat(get(path, null).statusCode()).as("anonymous %s", path).isEqualTo(401);
            assertThat(get(path, KeycloakTokens.scaffoldUser("dev")).statusCode()).as("developer %s", path)
                .isEqualTo(403);
            assertThat(get(path, KeycloakTokens.scaffoldUser("vic")).statusCode()).as("viewer %s", path).isEqualTo(200);
        }
        assertThat(get("/actuator/health/liveness", null).statusCode()).isEqualTo(200);
    }

    @Test
    void prometheusClientCredentialsTokenReadsTheMetricsAndNoRun() throws Exception {
        String prometheus = KeycloakTokens.metricsServiceAccount(); // scaffold-metrics,
                                                                    // as the
                                                                    // ServiceMonitor asks

        HttpResponse<String> scrape = get("/actuator/prometheus", prometheus);
        assertThat(scrape.statusCode()).as(scrape.body()).isEqualTo(200);
        assertThat(scrape.body()).contains("scaffold_gate_pass_rate").contains("jvm_memory_used_bytes");
        assertThat(get("/actuator/metrics", prometheus).statusCode()).isEqualTo(200);

        assertThat(get("/api/v1/processes", prometheus).statusCode()).as("list runs").isEqualTo(403);
        assertThat(startRun(prometheus, "manual").statusCode()).as("start a run").isEqualTo(403);
    }

    @Test
    void rejectsAGenuineTokenOfThisRealmIssuedForAnotherAudience() throws Exception {
        String camundaApiToken = KeycloakTokens.orchestratorServiceAccount();
        assertThat(get("/api/v1/processes", camundaApiToken).statusCode()).isEqualTo(401);
        assertThat(get("/api/v1/metrics", camundaApiToken).statusCode()).isEqualTo(401);
    }

    @Test
    void aTokenWithoutOrganisationIsForbiddenToStartOrList() throws Exception {
        String nora = KeycloakTokens.scaffoldUser("nora"); // developer without
                                                           // organisation
        HttpResponse<String> started = startRun(nora);
        assertThat(started.statusCode()).as(started.body()).isEqualTo(403);
        assertThat(JSON.readTree(started.body()).path("detail").asText()).contains("organization");
        assertThat(get("/api/v1/processes", nora).statusCode()).isEqualTo(403);
    }

    @Test
    void aCrossSitePostIsRefusedEvenWithAValidToken() throws Exception {
        HttpResponse<String> response = send(request("/api/v1/processes", KeycloakTokens.scaffoldUser("dev"))
            .header("Content-Type", "application/json")
            .header("Origin", "https://evil.example")
            .POST(HttpRequest.BodyPublishers.ofString("{\"specFileName\":\"a.jdl\",\"specContent\":\"entity A\"}")));
        assertThat(response.statusCode()).isEqualTo(403);
        assertThat(response.body()).contains("foreign-origin");
    }

    @Test
    void aViewerSeesOnlyTheirOrganisationsRunCountsAnAdministratorAll() throws Exception {
        String vic = KeycloakTokens.scaffoldUser("vic"); // viewer, acme
        String ada = KeycloakTokens.scaffoldUser("ada"); // admin, acme
        String acmeRun = runId(startRun(KeycloakTokens.scaffoldUser("pete"), "manual"));
        String globexRun = runId(startRun(KeycloakTokens.scaffoldUser("gina"), "manual"));

        long acmeRuns = total(vic);
        long allRuns = total(ada);
        assertThat(acmeRuns).isLessThan(allRuns);
        assertThat(runCount(vic)).isEqualTo(acmeRuns);
        assertThat(runCount(ada)).isEqualTo(allRuns);

        cancel(acmeRun, KeycloakTokens.scaffoldUser("pete"));
        cancel(globexRun, ada);
    }

    @Test
    void onlyACandidateWhoDidNotStartTheRunMayApproveItsGate() throws Exception {
        // Keycloak groups (claim "groups") decide who is a candidate, realm roles what
        // the
        // API allows: every approver below holds process-manager, the role that may
        // answer.
        String pete = KeycloakTokens.scaffoldUser("pete"); // group process-manager
        String dara = KeycloakTokens.scaffoldUser("dara"); // group data-architect
        String ella = KeycloakTokens.scaffoldUser("ella"); // group enterprise-architect
        String dom = KeycloakTokens.scaffoldUser("dom"); // group domain-expert
        String ada = KeycloakTokens.scaffoldUser("ada"); // role admin
        String petesRun = runId(startRun(pete, "manual"));
        String ellasRun = runId(startRun(ella, "manual"));
        JsonNode petesApproval = awaitApproval(petesRun, pete);
        JsonNode ellasApproval = awaitApproval(ellasRun, ella);
        assertThat(texts(petesApproval.path("candidateGroups"))).containsExactly("enterprise-architect",
                "domain-expert");

        HttpResponse<String> notACandidate = decide(petesRun, petesApproval, pete);
        assertThat(notACandidate.statusCode()).as(notACandidate.body()).isEqualTo(403);
        assertThat(JSON.readTree(notACandidate.body()).path("detail").asText()).contains("enterprise-architect")
            .contains("pete");
        HttpResponse<String> anotherGatesApprover = decide(petesRun, petesApproval, dara);
        assertThat(anotherGatesApprover.statusCode()).as(anotherGatesApprover.body()).isEqualTo(403);
        assertThat(decide(petesRun, petesApproval, KeycloakTokens.scaffoldUser("dev")).statusCode()).isEqualTo(403);

        HttpResponse<String> ownRun = decide(ellasRun, ellasApproval, ella);
        assertThat(ownRun.statusCode()).as(ownRun.body()).isEqualTo(403);
        assertThat(JSON.readTree(ownRun.body()).path("detail").asText()).contains("four-eyes");
        assertThat(JSON.readTree(get("/api/v1/processes/" + ellasRun + "/approvals", ella).body()).size()).isEqualTo(1);

        HttpResponse<String> candidate = decide(petesRun, petesApproval, dom);
        assertThat(candidate.statusCode()).as(candidate.body()).isEqualTo(204);
        assertThat(decide(ellasRun, ellasApproval, ada).statusCode()).isEqualTo(204);
        await().atMost(Duration.ofMinutes(1))
            .untilAsserted(() -> assertThat(JSON.readTree(get("/api/v1/processes/" + petesRun + "/gates", pete).body())
                .get(0)
                .path("decidedBy")
                .asText()).as("the token's preferred_username").isEqualTo("dom"));

        cancel(petesRun, pete);
        cancel(ellasRun, ella);
    }

    private static List<String> texts(JsonNode array) {
        List<String> texts = new ArrayList<>();
        array.forEach(element -> texts.add(element.asText()));
        return texts;
    }

    private JsonNode awaitApproval(String runId, String token) {
        JsonNode[] found = new JsonNode[1];
        await().atMost(Duration.ofMinutes(2)).pollInterval(Duration.ofMillis(300)).until(() -> {
            // a manual run asks its clarifying questions first: an administrator takes
            // the
            // recommended answers
            String admin = KeycloakTokens.scaffoldUser("ada");
            for (JsonNode questions : JSON.readTree(get("/api/v1/processes/" + runId + "/questions", admin).body())) {
                send(request("/api/v1/processes/" + runId + "/questions/" + questions.path("userTaskKey").asText(),
                        admin)
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString("{\"answers\": []}")));
            }
            JsonNode open = JSON.readTree(get("/api/v1/processes/" + runId + "/approvals", token).body());
            found[0] = open.size() > 0 ? open.get(0) : null;
            return found[0] != null;
        });
        return found[0];
    }

    private HttpResponse<String> decide(String runId, JsonNode approval, String token) throws Exception {
        return send(request("/api/v1/processes/" + runId + "/approvals/" + approval.path("userTaskKey").asText(), token)
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString("{\"decision\":\"approve\",\"comment\":\"fine\"}")));
    }

    private void cancel(String runId, String token) throws Exception {
        assertThat(
                send(request("/api/v1/processes/" + runId + "/cancel", token).POST(HttpRequest.BodyPublishers.noBody()))
                    .statusCode())
            .isEqualTo(200);
    }

    private long total(String token) throws Exception {
        return JSON.readTree(get("/api/v1/processes?size=1", token).body()).path("total").asLong();
    }

    private long runCount(String token) throws Exception {
        HttpResponse<String> metrics = get("/api/v1/metrics", token);
        assertThat(metrics.statusCode()).isEqualTo(200);
        long sum = 0;
        for (JsonNode count : JSON.readTree(metrics.body()).path("runsByStatus")) {
            sum += count.asLong();
        }
        return sum;
    }

    private HttpResponse<String> startRun(String token) throws Exception {
        ObjectNode body = JSON.createObjectNode()
            .put("specFileName", "bug-tracker.jdl")
            .put("specContent", Files.readString(ScaffoldTestContext.corpus("bug-tracker.jdl"), StandardCharsets.UTF_8))
            .put("automationLevel", "full");
        return send(request("/api/v1/processes", token).header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(body.toString())));
    }

    /** A small run that stops at its first approval. */
    private HttpResponse<String> startRun(String token, String automationLevel) throws Exception {
        ObjectNode body = JSON.createObjectNode()
            .put("specFileName", "library.jdl")
            .put("specContent", "entity Book { title String required }\n")
            .put("automationLevel", automationLevel);
        return send(request("/api/v1/processes", token).header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(body.toString())));
    }

    private static String runId(HttpResponse<String> started) throws Exception {
        assertThat(started.statusCode()).as(started.body()).isEqualTo(201);
        return JSON.readTree(started.body()).get("id").asText();
    }

    private List<String> listedRunIds(String token) throws Exception {
        HttpResponse<String> response = get("/api/v1/processes?size=200", token);
        assertThat(response.statusCode()).isEqualTo(200);
        List<String> ids = new ArrayList<>();
        JSON.readTree(response.body()).get("items").forEach(item -> ids.add(item.get("id").asText()));
        return ids;
    }

    private HttpResponse<String> get(String path, String token) throws Exception {
        return send(request(path, token).GET());
    }

    private HttpRequest.Builder request(String path, String token) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path));
        return token == null ? builder : builder.header("Authorization", "Bearer " + token);
    }

    private static HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

}
