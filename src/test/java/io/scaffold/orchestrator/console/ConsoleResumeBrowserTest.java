package io.scaffold.orchestrator.console;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.camunda.client.CamundaClient;
import io.scaffold.orchestrator.ScaffoldTestContext;
import io.scaffold.orchestrator.runs.RunEventData;
import io.scaffold.orchestrator.runs.RunEventLog;
import io.scaffold.orchestrator.runs.RunRepository;
import io.scaffold.orchestrator.security.Permissions;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.MediaType;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.web.client.RestClient;

/**
 * Resuming an INTERRUPTED run from the console, in Debian's headless Chromium against the
 * application on the embedded engine and a real PostgreSQL, security off. The run is
 * interrupted as a server restart leaves it (its process instance gone from the engine,
 * the run marked INTERRUPTED with a {@code ProcessInterrupted} event): here by cancelling
 * the instance of a partial run waiting for its clarifying questions, which is cheaper
 * than killing a server. The page shows the Resume button only then; one click resumes
 * the run and the page, never reloaded, follows it to the clarifying questions again.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class ConsoleResumeBrowserTest {

    static final Path OUTPUT = Path.of("target", "browser-screenshots", "resume");

    private static final Duration UNTIL_QUESTIONS = Duration.ofMinutes(3);

    private static final ObjectMapper JSON = new ObjectMapper();

    private static ChromiumBrowser browser;

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        ScaffoldTestContext.properties(registry);
    }

    @LocalServerPort
    int port;

    @Autowired
    CamundaClient camunda;

    @Autowired
    RunRepository runs;

    @Autowired
    RunEventLog events;

    RestClient api;

    private int step;

    @BeforeAll
    static void chromium() {
        assumeTrue(ChromiumBrowser.unavailable().isEmpty(), () -> ChromiumBrowser.unavailable().orElseThrow());
        browser = ChromiumBrowser.launch(Path.of("").toAbsolutePath(), Duration.ofSeconds(30),
                OUTPUT.resolve("driver.log"));
    }

    @AfterAll
    static void closeChromium() {
        if (browser != null) {
            browser.close();
        }
    }

    @BeforeEach
    void client() {
        api = RestClient.create("http://localhost:" + port);
    }

    @AfterEach
    void lastScreenshot() {
        screenshot("last");
    }

    @Test
    void theLocalUserMayUpdateRunsSoTheConsoleOffersTheActions() {
        JsonNode me = get("/api/v1/console/me");
        assertThat(me.path("name").asText()).isEqualTo("local");
        assertThat(me.path("permissions")).extracting(JsonNode::asText)
            .containsExactlyInAnyOrderElementsOf(Permissions.ALL);
    }

    @Test
    void anInterruptedRunIsResumedFromItsPageAndFollowedLive() throws IOException {
        String spec = Files.readString(Path.of("src", "test", "resources", "console", "library.jdl"));
        JsonNode started = post("/api/v1/processes",
                Map.of("specFileName", "library.jdl", "specContent", spec, "automationLevel", "partial"));
        UUID runId = UUID.fromString(started.path("id").asText());
        long firstInstance = started.path("processInstanceKey").asLong();
        String runPage = "http://127.0.0.1:" + port + "/#/runs/" + runId;
        browser.navigate(runPage);
        browser.waitForVisible(testId("questions"), UNTIL_QUESTIONS);
        assertThat(browser.count(testId("resume"))).as("no Resume on a running run").isZero();

        // what a restart leaves: the instance gone, the run INTERRUPTED
        // (process/InterruptedRuns)
        camunda.newCancelInstanceCommand(firstInstance).send().join();
        assertThat(runs.interrupt(runId)).isTrue();
        events.append(runId, "interrupted@" + firstInstance, new RunEventData.ProcessInterrupted(firstInstance),
                Instant.now());
        // the page, still open, learns it from the run's event stream
        browser.waitForAttribute(testId("run-status"), "data-status", "INTERRUPTED", Duration.ofSeconds(30));
        browser.waitForVisible(testId("resume"), Duration.ofSeconds(10));
        screenshot("interrupted-run");

        browser.click(testId("resume"));
        browser.waitForAttribute(testId("run-status"), "data-status", "RUNNING", Duration.ofSeconds(30));
        browser.waitForGone(testId("resume"), Duration.ofSeconds(10));
        browser.waitForVisible(testId("event") + "[data-type=\"ProcessResumed\"]", Duration.ofSeconds(30));
        JsonNode resumed = get("/api/v1/processes/" + runId);
        assertThat(resumed.path("status").asText()).isEqualTo("RUNNING");
        assertThat(resumed.path("processInstanceKey").asLong()).isNotEqualTo(firstInstance);
        // the page follows the new instance: the engine asks the questions again
        browser.waitForVisible(testId("questions"), UNTIL_QUESTIONS);
        screenshot("resumed-run-asks-again");
        assertThat(browser.pageErrors()).isEmpty();

        post("/api/v1/processes/" + runId + "/cancel", Map.of());
        browser.waitForAttribute(testId("run-status"), "data-status", "CANCELLED", Duration.ofSeconds(30));
        await().atMost(Duration.ofSeconds(10))
            .until(() -> get("/api/v1/processes/" + runId).path("status").asText().equals("CANCELLED"));
    }

    private static String testId(String id) {
        return "[data-testid=\"" + id + "\"]";
    }

    private JsonNode get(String path) {
        try {
            return JSON.readTree(api.get().uri(path).retrieve().body(String.class));
        }
        catch (IOException e) {
            throw new AssertionError("GET " + path + " answered no JSON", e);
        }
    }

    private JsonNode post(String path, Map<String, ?> body) {
        try {
            return JSON.readTree(api.post()
                .uri(path)
                .contentType(MediaType.APPLICATION_JSON)
                .body(JSON.writeValueAsString(body))
                .retrieve()
                .body(String.class));
        }
        catch (IOException e) {
            throw new AssertionError("POST " + path + " answered no JSON", e);
        }
    }

    private void screenshot(String name) {
        browser.screenshot(OUTPUT.resolve("%02d-%s.png".formatted(++step, name)));
    }

}
