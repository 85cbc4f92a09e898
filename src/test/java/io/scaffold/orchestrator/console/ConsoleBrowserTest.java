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
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
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
 * The console in a real browser: Debian's headless Chromium, driven by playwright-core,
 * against the application on the embedded engine and a real PostgreSQL, security off. A
 * person starts a partial-automation run by uploading a JDL on the runs page, follows it
 * on the live diagram, answers the clarifying questions and the three review gates in the
 * forms Tasklist shows (form-js), sees it complete, downloads the project, and finally
 * loads the finished run's page afresh. The page is never reloaded while the run goes on:
 * what changes on screen came over the run's event stream. Screenshots of every step go
 * to {@code target/browser-screenshots/}. An INTERRUPTED run is resumed with the Resume
 * button of its page, which only such a run shows, and the page follows it live.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class ConsoleBrowserTest {

    static final Path OUTPUT = Path.of("target", "browser-screenshots");

    private static final Path SPEC = Path.of("src", "test", "resources", "console", "library.jdl");

    /** The review gates a partial run asks a person to approve, in order, by gate id. */
    private static final List<String> REVIEW_GATES = List.of("domain-approval", "architecture-review",
            "release-readiness");

    /** The call activities of scaffold.bpmn that run those gates. */
    private static final List<String> REVIEW_GATE_ELEMENTS = List.of("gate-domain-analysis", "gate-architecture",
            "gate-delivery");

    private static final List<String> PHASE_ELEMENTS = List.of("phase-intake", "phase-domain-analysis",
            "phase-architecture", "phase-data-design", "phase-api-design", "phase-implementation", "phase-verification",
            "phase-delivery", "phase-handover");

    /**
     * Phases and gates in between run with no person: the verification build takes
     * longest.
     */
    private static final Duration UNTIL_NEXT_PERSON = Duration.ofMinutes(4);

    private static final Pattern RUN_URL = Pattern.compile("#/runs/([0-9a-f-]{36})$");

    private static final ObjectMapper JSON = new ObjectMapper();

    private static ChromiumBrowser browser;

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        ScaffoldTestContext.properties(registry);
    }

    @LocalServerPort
    int port;

    RestClient api;

    @Autowired
    CamundaClient camunda;

    @Autowired
    RunRepository runs;

    @Autowired
    RunEventLog events;

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

    /** The page as the test left it, passed or failed. */
    @AfterEach
    void lastScreenshot() {
        screenshot("last");
    }

    @Test
    void aPartialRunIsStartedFollowedAnsweredAndDownloadedInTheBrowser() throws IOException {
        String console = "http://127.0.0.1:" + port + "/";
        browser.navigate(console + "#/");
        browser.waitForVisible(testId("start-form"), Duration.ofSeconds(30));
        browser.upload(testId("start-form") + " input[type=file][name=spec]", SPEC);
        browser.select(testId("start-form") + " select[name=automationLevel]", "partial");
        screenshot("runs-page-start-form");
        browser.click(testId("start-submit"));

        // the page moves on to the new run
        browser.waitForVisible(testId("run-status"), Duration.ofSeconds(30));
        Matcher runUrl = RUN_URL.matcher(browser.url());
        assertThat(runUrl.find()).as("the page shows the started run: %s", browser.url()).isTrue();
        String runId = runUrl.group(1);
        assertThat(get("/api/v1/processes/" + runId).path("automationLevel").asText()).isEqualTo("partial");

        // the clarifying questions: the active step is highlighted, the phase before it
        // done
        browser.waitForVisible(testId("questions"), UNTIL_NEXT_PERSON);
        browser.waitForVisible(marker("clarify-requirements", "state-active"), Duration.ofSeconds(10));
        browser.waitForVisible(marker("phase-intake", "state-completed"), Duration.ofSeconds(10));
        assertThat(activeElements(runId)).as("the server's diagram state").contains("clarify-requirements");
        screenshot("clarifying-questions");
        browser.click(testId("questions") + " label:has-text(\"INFINITE_SCROLL\")");
        browser.click(testId("questions-submit"));
        browser.waitForGone(testId("questions"), Duration.ofSeconds(30));
        // the answers are recorded once the engine has moved past the task
        await().atMost(Duration.ofSeconds(30))
            .untilAsserted(
                    () -> assertThat(decision(runId, "pagination:Book").path("source").asText()).isEqualTo("PERSON"));
        assertThat(decision(runId, "pagination:Book").path("chosen").asText()).as("the answer chosen in the form")
            .isEqualTo("INFINITE_SCROLL");

        for (int i = 0; i < REVIEW_GATES.size(); i++) {
            approveInTheForm(runId, REVIEW_GATES.get(i), REVIEW_GATE_ELEMENTS.get(i));
        }

        browser.waitForAttribute(testId("run-status"), "data-status", "COMPLETED", UNTIL_NEXT_PERSON);
        assertThat(browser.text(testId("run-status"))).contains("COMPLETED");
        browser.waitForVisible(marker("phase-handover", "state-completed"), Duration.ofSeconds(10));
        browser.waitForVisible(testId("event-log") + " " + testId("event") + "[data-type=ProcessCompleted]",
                Duration.ofSeconds(10));
        assertThat(browser.attributes(testId("phase-timeline") + " " + testId("phase"), "data-status"))
            .hasSize(PHASE_ELEMENTS.size())
            .containsOnly("COMPLETED");
        screenshot("run-completed");

        Path zip = OUTPUT.resolve("library.zip");
        String fileName = browser.download(testId("download"), zip);
        assertThat(fileName).endsWith(".zip");
        try (ZipFile project = new ZipFile(zip.toFile())) {
            ZipEntry pom = project.getEntry("library/pom.xml");
            assertThat(pom).as("the generated pom.xml in %s", fileName).isNotNull();
            String text = new String(project.getInputStream(pom).readAllBytes(), StandardCharsets.UTF_8);
            assertThat(text).contains("<artifactId>library</artifactId>");
        }

        aFinishedRunsPageShowsTheDiagramWithCompletedMarkersAndTheScorecards(console, runId);

        browser.navigate(console + "#/");
        browser.select(testId("status-filter"), "COMPLETED");
        browser.waitForVisible(testId("run-row") + "[data-run-id=\"" + runId + "\"][data-status=COMPLETED]",
                Duration.ofSeconds(10));
        assertThat(browser.attributes(testId("run-row"), "data-status")).as("the runs the filter shows")
            .containsOnly("COMPLETED");
        screenshot("runs-completed");
        assertThat(browser.pageErrors()).as("errors in the page").isEmpty();
    }

    /**
     * Waits for the gate's approval in the page, checks the diagram shows the gate active
     * and its drill-down the approval task, and approves in the form.
     */
    private void approveInTheForm(String runId, String gateId, String gateElement) {
        String approval = testId("approval");
        browser.waitForVisible(approval, UNTIL_NEXT_PERSON);
        String userTaskKey = browser.attributes(approval, "data-user-task-key").get(0);
        JsonNode open = approvals(runId);
        assertThat(open.size()).as("open approvals %s", open).isEqualTo(1);
        assertThat(open.get(0).path("gateId").asText()).isEqualTo(gateId);
        assertThat(open.get(0).path("userTaskKey").asText()).isEqualTo(userTaskKey);
        browser.waitForVisible(marker(gateElement, "state-active"), Duration.ofSeconds(10));
        assertThat(activeElements(runId)).contains(gateElement);
        screenshot("approval-" + gateId);

        if (gateId.equals(REVIEW_GATES.get(0))) {
            // drill-down: the gate's own diagram, waiting for its approval task
            browser.click(testId("diagram") + " .djs-element[data-element-id=\"" + gateElement + "\"]");
            browser.waitForVisible(
                    testId("gate-diagram") + " .djs-element[data-element-id=\"approve-gate\"].state-active",
                    Duration.ofSeconds(10));
            screenshot("gate-drill-down-" + gateId);
            browser.navigate("http://127.0.0.1:" + port + "/#/runs/" + runId);
            browser.waitForVisible(approval, Duration.ofSeconds(30));
        }

        String form = approval + "[data-user-task-key=\"" + userTaskKey + "\"]";
        browser.click(form + " label:has-text(\"Approve\")");
        browser.click(form + " " + testId("approval-submit"));
        browser.waitForGone(form, Duration.ofSeconds(30));
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            List<String> decisions = new ArrayList<>();
            for (JsonNode gate : get("/api/v1/processes/" + runId + "/gates")) {
                if (gate.path("gateId").asText().equals(gateId)) {
                    decisions.add(gate.path("decision").asText());
                }
            }
            assertThat(decisions).as("the decisions recorded for gate %s", gateId).containsExactly("approve");
        });
    }

    /** The issue's "Done when": a finished run's page, loaded afresh. */
    private void aFinishedRunsPageShowsTheDiagramWithCompletedMarkersAndTheScorecards(String console, String runId) {
        browser.navigate("about:blank");
        browser.navigate(console + "#/runs/" + runId);
        browser.waitForVisible(marker("phase-handover", "state-completed"), Duration.ofSeconds(30));
        assertThat(browser.attributes(testId("diagram") + " .djs-element.state-completed", "data-element-id"))
            .containsAll(PHASE_ELEMENTS)
            .containsAll(REVIEW_GATE_ELEMENTS);
        assertThat(browser.count(testId("diagram") + " .djs-element.state-active")).as("active elements").isZero();

        JsonNode gates = get("/api/v1/processes/" + runId + "/gates");
        browser.waitForVisible(testId("scorecard"), Duration.ofSeconds(10));
        List<String> recorded = new ArrayList<>();
        gates.forEach(gate -> recorded.add(gate.path("gateId").asText()));
        assertThat(browser.attributes(testId("scorecard"), "data-gate-id")).as("a scorecard per gate evaluation")
            .containsExactlyInAnyOrderElementsOf(recorded);
        for (JsonNode gate : gates) {
            String scorecard = testId("scorecard") + "[data-gate-id=\"" + gate.path("gateId").asText() + "\"]";
            assertThat(browser.attributes(scorecard, "data-verdict")).containsOnly(gate.path("verdict").asText());
            assertThat(browser.count(scorecard + " " + testId("criterion")))
                .as("criteria of %s", gate.path("gateId").asText())
                .isEqualTo(gate.path("criteria").size());
        }
        screenshot("finished-run-page");

        // the answered approval task: completed on a cluster; on the embedded engine the
        // answer terminates it (runtime/embedded/EmbeddedUserTaskCompleter)
        browser.navigate(console + "#/runs/" + runId + "/gates/" + REVIEW_GATE_ELEMENTS.get(0));
        String approveGate = testId("gate-diagram") + " .djs-element[data-element-id=\"approve-gate\"]";
        browser.waitForVisible(approveGate + ".state-completed, " + approveGate + ".state-terminated",
                Duration.ofSeconds(30));
        assertThat(browser.count(testId("gate-diagram") + " .djs-element.state-active")).isZero();
        screenshot("finished-gate-drill-down");
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
        String spec = Files.readString(SPEC);
        JsonNode started = post("/api/v1/processes",
                Map.of("specFileName", "library.jdl", "specContent", spec, "automationLevel", "partial"));
        UUID runId = UUID.fromString(started.path("id").asText());
        long firstInstance = started.path("processInstanceKey").asLong();
        String runPage = "http://127.0.0.1:" + port + "/#/runs/" + runId;
        browser.navigate(runPage);
        browser.waitForVisible(testId("questions"), UNTIL_NEXT_PERSON);
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
        browser.waitForVisible(testId("questions"), UNTIL_NEXT_PERSON);
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

    /** A bpmn-js marker on an element of the run's diagram. */
    private static String marker(String elementId, String state) {
        return testId("diagram") + " .djs-element[data-element-id=\"" + elementId + "\"]." + state;
    }

    private List<String> activeElements(String runId) {
        List<String> active = new ArrayList<>();
        for (JsonNode element : get("/api/v1/processes/" + runId + "/diagram").path("elements")) {
            if (element.path("state").asText().equals("ACTIVE")) {
                active.add(element.path("elementId").asText());
            }
        }
        return active;
    }

    private JsonNode approvals(String runId) {
        return get("/api/v1/processes/" + runId + "/approvals");
    }

    private JsonNode decision(String runId, String decisionId) {
        for (JsonNode decision : get("/api/v1/processes/" + runId + "/decisions")) {
            if (decision.path("id").asText().equals(decisionId)) {
                return decision;
            }
        }
        throw new AssertionError("run " + runId + " has no decision " + decisionId);
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
