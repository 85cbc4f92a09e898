package io.scaffold.orchestrator.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.scaffold.orchestrator.ScaffoldTestContext;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.ResponseEntity;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Every monolith of the JHipster JDL samples, the project's own examples (a YAML spec and
 * a JDL of awkward names) and a 60-entity spec with synthetic names, through the whole
 * process in full automation on the embedded engine and a real PostgreSQL: each must
 * complete, and its last verification round must show the generated project built and its
 * generated tests passed (build-green and tests-pass scored 1). Judgement criteria
 * (schema.org types for synthetic names, required fields the samples leave out) may only
 * make a gate pass with concerns, never reject. The runs go concurrently so the suite
 * stays within minutes.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class CorpusFullAutomationTest {

    private static final Path CORPUS = Path.of("..", "shared", "corpus", "jhipster-jdl-samples");

    /** The project's own examples, run besides the corpus. */
    private static final List<Path> EXAMPLES = List.of(Path.of("examples", "library.yaml"),
            Path.of("examples", "awkward-names.jdl"));

    /**
     * The verification gate's criteria that say the generated project builds and its
     * tests pass.
     */
    private static final List<String> GREEN_BUILD = List.of("build-green", "tests-pass");

    private static final Duration ALL_RUNS = Duration.ofMinutes(25);

    private final ObjectMapper json = new ObjectMapper();

    @LocalServerPort
    int port;

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        ScaffoldTestContext.properties(registry);
    }

    /**
     * The corpus specs that describe one application with a domain: not the microservice
     * ones, nor default.jdl and default-gradle.jdl, which configure an application but
     * declare no entity (the API refuses those with a 400 problem before any run).
     */
    static List<Path> monoliths() {
        try (Stream<Path> files = Files.list(CORPUS)) {
            return files.filter(p -> p.toString().endsWith(".jdl") || p.toString().endsWith(".jh"))
                .filter(p -> !p.getFileName().toString().matches("(?i)micro.*|reactive-m[fs]\\.jdl"))
                .filter(p -> DECLARES_ENTITY.matcher(read(p)).find())
                .sorted()
                .toList();
        }
        catch (IOException e) {
            throw new UncheckedIOException("the corpus is missing at " + CORPUS.toAbsolutePath(), e);
        }
    }

    /** Entity01 … Entity60, each with a few plain fields and a link to the one before. */
    static String syntheticJdl(int entities) {
        StringBuilder jdl = new StringBuilder();
        IntStream.rangeClosed(1, entities)
            .forEach(i -> jdl
                .append(String.format("entity Entity%02d { field%02dA String, field%02dB Integer }%n", i, i, i)));
        jdl.append("relationship ManyToOne {\n");
        IntStream.rangeClosed(2, entities)
            .forEach(i -> jdl.append(String.format("  Entity%02d{previous} to Entity%02d%n", i, i - 1)));
        return jdl.append("}\n").toString();
    }

    private static final Pattern DECLARES_ENTITY = Pattern.compile("(?m)^\\s*entity\\s");

    private static String read(Path file) {
        try {
            return Files.readString(file);
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void everyMonolithAndASyntheticSixtyEntitySpecCompleteInFullAutomation() throws Exception {
        ApiClient api = new ApiClient(port);
        Map<String, String> specs = new LinkedHashMap<>();
        for (Path file : monoliths()) {
            specs.put(file.getFileName().toString(), read(file));
        }
        assertThat(specs).hasSize(12);
        for (Path example : EXAMPLES) {
            specs.put(example.getFileName().toString(), read(example));
        }
        specs.put("synthetic-60.jdl", syntheticJdl(60));

        Map<String, String> runs = new LinkedHashMap<>();
        for (Map.Entry<String, String> spec : specs.entrySet()) {
            ResponseEntity<String> created = api.post("/api/v1/processes",
                    Map.of("specFileName", spec.getKey(), "specContent", spec.getValue(), "automationLevel", "full"));
            assertThat(created.getStatusCode().value()).as(spec.getKey() + ": " + created.getBody()).isEqualTo(201);
            runs.put(spec.getKey(), json.readTree(created.getBody()).path("id").asText());
        }

        await().atMost(ALL_RUNS)
            .pollInterval(Duration.ofSeconds(5))
            .until(() -> runs.values().stream().noneMatch(id -> status(api, id).matches("STARTING|RUNNING")));

        Map<String, String> outcomes = new LinkedHashMap<>();
        List<String> belowThreshold = new ArrayList<>();
        Map<String, Map<String, Double>> verificationBuilds = new LinkedHashMap<>();
        for (Map.Entry<String, String> run : runs.entrySet()) {
            String id = run.getValue();
            JsonNode gates = json.readTree(api.get("/api/v1/processes/" + id + "/gates").getBody());
            outcomes.put(run.getKey(), status(api, id) + " " + verdicts(gates));
            gates.forEach(g -> {
                if (g.path("score").decimalValue().compareTo(g.path("threshold").decimalValue()) < 0) {
                    belowThreshold.add(run.getKey() + " " + g.path("gateId").asText());
                }
            });
            verificationBuilds.put(run.getKey(), lastVerificationBuild(gates));
        }
        // The figures the issue asks for: which runs had a gate below its threshold (in
        // partial automation each of those goes to a person besides the review gates)
        System.out.println("corpus outcomes: " + outcomes);
        System.out.println("corpus gates below threshold: " + belowThreshold);
        System.out.println("corpus verification builds: " + verificationBuilds);

        assertThat(outcomes).allSatisfy((spec, outcome) -> assertThat(outcome).as(spec).startsWith("COMPLETED"));
        assertThat(outcomes.get("synthetic-60.jdl")).doesNotContain("REJECT");
        assertThat(verificationBuilds)
            .allSatisfy((spec, scores) -> assertThat(scores).as(spec + ": the last verification round's " + GREEN_BUILD)
                .containsOnlyKeys(GREEN_BUILD)
                .allSatisfy((criterion, score) -> assertThat(score).as(spec + " " + criterion).isEqualTo(1.0)));
    }

    /**
     * The scores of build-green and tests-pass in the run's last verification round (the
     * highest attempt): what the verification build of the delivered project showed.
     */
    private static Map<String, Double> lastVerificationBuild(JsonNode gates) {
        JsonNode last = null;
        for (JsonNode gate : gates) {
            if (gate.path("gateId").asText().equals("verification")
                    && (last == null || gate.path("attempt").asInt() > last.path("attempt").asInt())) {
                last = gate;
            }
        }
        Map<String, Double> scores = new LinkedHashMap<>();
        if (last != null) {
            for (JsonNode criterion : last.path("criteria")) {
                if (GREEN_BUILD.contains(criterion.path("name").asText())) {
                    scores.put(criterion.path("name").asText(), criterion.path("score").asDouble());
                }
            }
        }
        return scores;
    }

    private String status(ApiClient api, String id) {
        try {
            return json.readTree(api.get("/api/v1/processes/" + id).getBody()).path("status").asText();
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String verdicts(JsonNode gates) {
        List<String> verdicts = new ArrayList<>();
        gates.forEach(g -> verdicts
            .add(g.path("gateId").asText() + "#" + g.path("attempt").asInt() + "=" + g.path("verdict").asText()));
        return verdicts.stream().collect(Collectors.joining(", "));
    }

}
