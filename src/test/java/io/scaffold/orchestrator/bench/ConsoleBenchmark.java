package io.scaffold.orchestrator.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.scaffold.orchestrator.ScaffoldApplication;
import io.scaffold.orchestrator.console.ChromiumBrowser;
import io.scaffold.orchestrator.runs.RunEvent;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ApplicationListener;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.PayloadApplicationEvent;
import org.springframework.core.env.Environment;
import org.springframework.http.MediaType;
import org.springframework.util.FileSystemUtils;
import org.springframework.web.client.RestClient;

/**
 * Benchmark of the console (run by {@code bench/console.sh}, not a test): the real
 * application on the embedded runtime serving the console on loopback, and Debian's
 * headless Chromium driven by playwright-core ({@link ChromiumBrowser}). Two figures:
 * <ul>
 * <li>first paint of a run page: navigation start → the run's diagram in the page with
 * its state markers, at the next animation frame; for a finished run, once in a fresh
 * browser profile (empty cache) and then repeatedly;</li>
 * <li>a run event on screen: the event committed to the events table (the application
 * event {@code RunEventLog} publishes after the commit, in this JVM) → the event's row
 * added to the page's event log (a MutationObserver in the page). Both clocks are this
 * machine's wall clock ({@code Instant.now()} and {@code Date.now()}).</li>
 * </ul>
 * The run is a partial-automation run of a small JDL, answered over REST: the page is
 * open and streaming before the run passes its clarifying questions, so every event after
 * them reaches the page live, none from a replay.
 *
 * <p>
 * Arguments are Spring properties ({@code --name=value}); its own are {@code bench.spec}
 * and {@code bench.page-loads} (20).
 */
public final class ConsoleBenchmark {

    /**
     * Installed before the console's own scripts: notes when each event row and the
     * diagram's state markers enter the page.
     */
    private static final String OBSERVER = """
            (() => {
              const bench = { shown: {}, diagramInDom: null, diagramPainted: null };
              window.consoleBench = bench;
              const marked = '[data-testid="diagram"] .djs-element.state-completed, '
                + '[data-testid="diagram"] .djs-element.state-active';
              const note = (node, at) => {
                if (node.nodeType !== Node.ELEMENT_NODE) return;
                const rows = node.matches('[data-testid="event"]') ? [node]
                  : node.querySelectorAll('[data-testid="event"]');
                for (const row of rows) {
                  const seq = row.getAttribute('data-seq');
                  if (seq !== null && !(seq in bench.shown)) bench.shown[seq] = at;
                }
              };
              new MutationObserver((records) => {
                const at = Date.now();
                for (const record of records) record.addedNodes.forEach((node) => note(node, at));
                if (bench.diagramInDom === null && document.querySelector(marked)) {
                  bench.diagramInDom = performance.now();
                  requestAnimationFrame(() => { bench.diagramPainted = performance.now(); });
                }
              }).observe(document, { childList: true, subtree: true, attributes: true, attributeFilter: ['class'] });
            })();
            """;

    private static final Duration STEP_TIMEOUT = Duration.ofMinutes(5);

    private static final ObjectMapper JSON = new ObjectMapper();

    private final RestClient api;

    private final String console;

    private final Map<Long, Instant> committed;

    private final Path output;

    private ConsoleBenchmark(int port, Map<Long, Instant> committed, Path output) {
        this.api = RestClient.create("http://127.0.0.1:" + port);
        this.console = "http://127.0.0.1:" + port + "/";
        this.committed = committed;
        this.output = output;
    }

    public static void main(String[] args) throws Exception {
        Path workspace = Files.createTempDirectory("scaffold-bench-workspace");
        Path output = Files.createTempDirectory("scaffold-bench-console");
        Map<Long, Instant> committed = new ConcurrentHashMap<>();
        ApplicationListener<PayloadApplicationEvent<RunEvent>> commits = event -> committed
            .putIfAbsent(event.getPayload().id(), Instant.now());
        int exitCode = 1;
        try (ConfigurableApplicationContext context = new SpringApplicationBuilder(ScaffoldApplication.class)
            .properties("logging.level.root=WARN", "scaffold.workspace=" + workspace, "server.port=0")
            .listeners(commits)
            .run(args)) {
            Environment env = context.getEnvironment();
            ConsoleBenchmark bench = new ConsoleBenchmark(env.getRequiredProperty("local.server.port", Integer.class),
                    committed, output);
            exitCode = bench.run(Path.of(env.getRequiredProperty("bench.spec")),
                    env.getProperty("bench.page-loads", Integer.class, 20));
        }
        catch (Exception e) {
            e.printStackTrace();
        }
        finally {
            FileSystemUtils.deleteRecursively(workspace);
            FileSystemUtils.deleteRecursively(output);
            // a library leaves a non-daemon timer thread behind
            System.exit(exitCode);
        }
    }

    private int run(Path spec, int pageLoads) throws IOException {
        System.out.printf("  JVM %s, %d processors, Chromium headless on loopback, load average at start %s%n",
                Runtime.version(), Runtime.getRuntime().availableProcessors(), Machine.loadAverage());
        String runId;
        List<Double> onScreen = new ArrayList<>();
        List<Double> fromOccurred = new ArrayList<>();
        List<Long> notShown = new ArrayList<>();
        try (ChromiumBrowser browser = launch("live")) {
            browser.addInitScript(OBSERVER);
            runId = start(spec);
            browser.navigate(this.console + "#/runs/" + runId);
            browser.waitForVisible(testId("questions"), STEP_TIMEOUT);
            // the page shows the questions: it has loaded the run and follows its stream,
            // so
            // every event from now on reaches it live
            long live = Instant.now().toEpochMilli();
            answer(runId);
            browser.waitForAttribute(testId("run-status"), "data-status", "COMPLETED", STEP_TIMEOUT);
            JsonNode shown = browser.evaluate("window.consoleBench.shown");
            for (JsonNode event : get("/api/v1/processes/" + runId + "/events")) {
                long seq = event.path("id").asLong();
                Instant commit = this.committed.get(seq);
                if (commit == null || commit.toEpochMilli() < live) {
                    continue;
                }
                if (!shown.has(Long.toString(seq))) {
                    notShown.add(seq);
                    continue;
                }
                long screen = shown.path(Long.toString(seq)).asLong();
                onScreen.add((double) (screen - commit.toEpochMilli()));
                fromOccurred.add((double) (screen - Instant.parse(event.path("occurredAt").asText()).toEpochMilli()));
            }
        }

        String runPage = this.console + "#/runs/" + runId;
        double cold;
        try (ChromiumBrowser fresh = launch("cold")) {
            fresh.addInitScript(OBSERVER);
            cold = firstPaint(fresh, runPage).diagram();
        }
        List<Double> warm = new ArrayList<>();
        List<Double> contentful = new ArrayList<>();
        try (ChromiumBrowser browser = launch("warm")) {
            browser.addInitScript(OBSERVER);
            firstPaint(browser, runPage);
            for (int i = 0; i < pageLoads; i++) {
                Paint paint = firstPaint(browser, runPage);
                warm.add(paint.diagram());
                contentful.add(paint.contentful());
            }
        }

        Percentiles warmPaint = Percentiles.of(warm);
        Percentiles events = Percentiles.of(onScreen);
        System.out.println("== First paint of a finished run's page (navigation start → diagram with its markers)");
        System.out.printf("  fresh profile, empty cache                    %7.1f ms            target ≤ 1000 ms: %s%n",
                cold, cold <= 1000 ? "met" : "NOT met");
        System.out.printf("  again, cached assets                          %s   target ≤ 1000 ms: %s%n", warmPaint,
                warmPaint.p95() <= 1000 ? "met (p95)" : "NOT met (p95)");
        System.out.printf("  first contentful paint, cached assets         %s%n", Percentiles.of(contentful));
        System.out.println("== A run event on screen (partial run, page open before the run went on)");
        System.out.printf("  committed → row in the event log              %s   target ≤ 200 ms: %s%n", events,
                events.count() > 0 && events.p95() <= 200 ? "met (p95)" : "NOT met (p95)");
        System.out.printf("  the event's occurredAt → row in the event log %s%n", Percentiles.of(fromOccurred));
        System.out.printf("  events committed after the page was live but never shown: %d%s%n", notShown.size(),
                notShown.isEmpty() ? "" : " " + notShown);
        System.out.printf("  load average at end %s%n", Machine.loadAverage());
        return notShown.isEmpty() && events.count() > 0 ? 0 : 1;
    }

    private record Paint(double diagram, double contentful) {
    }

    private static Paint firstPaint(ChromiumBrowser browser, String runPage) {
        browser.navigate("about:blank");
        browser.navigate(runPage);
        JsonNode paint = browser.evaluate("""
                new Promise((resolve, reject) => {
                  const giveUp = Date.now() + 30000;
                  const poll = () => {
                    if (window.consoleBench.diagramPainted !== null) {
                      resolve({ diagram: window.consoleBench.diagramPainted,
                        contentful: performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? -1 });
                    } else if (Date.now() > giveUp) {
                      reject(new Error('no diagram with state markers within 30 s'));
                    } else {
                      setTimeout(poll, 20);
                    }
                  };
                  poll();
                })""");
        return new Paint(paint.path("diagram").asDouble(), paint.path("contentful").asDouble());
    }

    private ChromiumBrowser launch(String name) {
        return ChromiumBrowser.launch(Path.of("").toAbsolutePath(), Duration.ofSeconds(30),
                this.output.resolve(name + "-driver.log"));
    }

    private String start(Path spec) throws IOException {
        JsonNode run = JSON.readTree(this.api.post()
            .uri("/api/v1/processes")
            .contentType(MediaType.APPLICATION_JSON)
            .body(Map.of("specFileName", spec.getFileName().toString(), "specContent", Files.readString(spec),
                    "automationLevel", "partial"))
            .retrieve()
            .body(String.class));
        return run.path("id").asText();
    }

    /**
     * Answers the run's clarifying questions with their recommended answers and approves
     * its review gates (with a waiver where a gate scored below its threshold) until it
     * ends.
     */
    private void answer(String runId) throws IOException {
        Instant deadline = Instant.now().plus(STEP_TIMEOUT.multipliedBy(3));
        String base = "/api/v1/processes/" + runId;
        Set<String> answered = new HashSet<>();
        while (get(base).path("status").asText().matches("STARTING|RUNNING")) {
            if (Instant.now().isAfter(deadline)) {
                throw new IllegalStateException("run " + runId + " did not end within " + STEP_TIMEOUT.multipliedBy(3));
            }
            for (JsonNode questions : get(base + "/questions")) {
                if (answered.add(questions.path("userTaskKey").asText())) {
                    post(base + "/questions/" + questions.path("userTaskKey").asText(), Map.of("answers", List.of()));
                }
            }
            for (JsonNode approval : get(base + "/approvals")) {
                if (!answered.add(approval.path("userTaskKey").asText())) {
                    continue;
                }
                JsonNode scorecard = approval.path("scorecard");
                Map<String, Object> decision = scorecard.path("score")
                    .decimalValue()
                    .compareTo(scorecard.path("threshold").decimalValue()) >= 0 ? Map.of("decision", "approve")
                            : Map.of("decision", "approve", "waiver", Map.of("reason", "a benchmark run", "expiresAt",
                                    LocalDate.now(ZoneOffset.UTC).plusDays(30).toString()));
                post(base + "/approvals/" + approval.path("userTaskKey").asText(), decision);
            }
            sleep(Duration.ofMillis(200));
        }
    }

    private JsonNode get(String path) throws IOException {
        return JSON.readTree(this.api.get().uri(path).retrieve().body(String.class));
    }

    private void post(String path, Object body) {
        this.api.post().uri(path).contentType(MediaType.APPLICATION_JSON).body(body).retrieve().toBodilessEntity();
    }

    private static String testId(String id) {
        return "[data-testid=\"" + id + "\"]";
    }

    private static void sleep(Duration duration) {
        try {
            Thread.sleep(duration);
        }
        catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }

}
