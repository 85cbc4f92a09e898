package io.scaffold.orchestrator.agents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.scaffold.orchestrator.ScaffoldTestContext;
import io.scaffold.orchestrator.artifacts.ArtifactStore;
import io.scaffold.orchestrator.handover.Handover;
import io.scaffold.orchestrator.llm.ScriptedModelServer;
import io.scaffold.orchestrator.llm.ScriptedModelServer.WireFormat;
import io.scaffold.orchestrator.process.ScaffoldRuns;
import io.scaffold.orchestrator.process.StartRequest;
import io.scaffold.orchestrator.runs.Run;
import io.scaffold.orchestrator.runs.RunRepository;
import io.scaffold.orchestrator.runs.RunStatus;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;

/**
 * Every requirements document of {@code examples/} (and the tests' free-text shop)
 * through the whole process in full automation, concurrently, with every model-backed
 * agent answered by a scripted OpenAI-compatible server through the real Spring AI client
 * ({@link RealisticReplies}): the run completes, the generated project builds and its
 * tests pass (the verification gate's build-green and tests-pass criteria), the artifacts
 * the agents wrote name the model, and the reviewers' findings reach the report without
 * failing a gate. The requirements agent is kept deterministic (an empty chain): its
 * model path is covered in {@code llm}, and a scripted reply would have to be a different
 * domain spec for each document.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE)
@ActiveProfiles("test")
@TestPropertySource(properties = { "scaffold.llm.enabled=true", "spring.ai.openai.api-key=sk-test-0123456789abcdef",
        "scaffold.llm.agents.requirements.chain=", "scaffold.llm.timeout=10s", "scaffold.llm.retries=0" })
class ScriptedModelRunTest {

    static final ScriptedModelServer MODEL = RealisticReplies.script(ScriptedModelServer.start(WireFormat.OPENAI));

    static final Path EXAMPLES = Path.of("examples");

    private final ObjectMapper json = new ObjectMapper();

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        ScaffoldTestContext.properties(registry);
        registry.add("spring.ai.openai.base-url", MODEL::baseUrl);
    }

    @AfterAll
    static void stop() {
        MODEL.close();
    }

    @Autowired
    ScaffoldRuns runs;

    @Autowired
    RunRepository repository;

    @Autowired
    ArtifactStore artifacts;

    /**
     * The requirements documents: examples/requirements/*.md, examples/*.md and the
     * free-text shop of the tests.
     */
    static List<Path> documents() {
        List<Path> documents = new ArrayList<>(markdown(EXAMPLES.resolve("requirements")));
        documents.addAll(markdown(EXAMPLES));
        documents.add(Path.of("src/test/resources/requirements/shop.md"));
        return documents;
    }

    private static List<Path> markdown(Path dir) {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(p -> p.toString().endsWith(".md")).sorted().toList();
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void everyDocumentBecomesAWorkingProjectWithTheModelsWork() throws Exception {
        // the runs go concurrently so that the documents' builds overlap
        Map<Path, UUID> started = new LinkedHashMap<>();
        for (Path document : documents()) {
            started.put(document, runs
                .start(new StartRequest(document.getFileName().toString(), Files.readString(document), "full", null,
                        "local", "test", null))
                .id());
        }
        await().atMost(Duration.ofMinutes(20))
            .pollInterval(Duration.ofSeconds(1))
            .until(() -> started.values()
                .stream()
                .allMatch(id -> repository.find(id).orElseThrow().status().finished()));
        SoftAssertions softly = new SoftAssertions();
        started.forEach((document, id) -> softly.check(() -> theModelsWorkIsIn(document, id)));
        softly.assertAll();
        System.out.println("model requests by template: " + MODEL.requests()
            .stream()
            .collect(Collectors.groupingBy(r -> String.valueOf(r.templateId()), TreeMap::new, Collectors.counting())));
    }

    private void theModelsWorkIsIn(Path document, UUID id) throws IOException {
        Run run = repository.find(id).orElseThrow();
        JsonNode report = json.readTree(artifacts.latestText(id, Handover.REPORT).orElseThrow());

        assertThat(run.status()).as(document + ": " + report.path("gates")).isEqualTo(RunStatus.COMPLETED);
        Map<String, Double> verification = new HashMap<>();
        Map<String, JsonNode> criteria = new HashMap<>();
        for (JsonNode gate : report.path("gates")) {
            for (JsonNode criterion : gate.path("criteria")) {
                criteria.put(criterion.path("name").asText(), criterion);
                if (gate.path("gateId").asText().equals("verification")) {
                    verification.put(criterion.path("name").asText(), criterion.path("score").asDouble());
                }
            }
        }
        assertThat(verification).as(document + ": the generated project builds and its tests pass")
            .containsEntry("build-green", 1.0)
            .containsEntry("tests-pass", 1.0);
        for (String reviewer : List.of("architecture-reviewed", "security-reviewed", "tests-reviewed")) {
            assertThat(criteria.get(reviewer).path("findings").path(0).path("ruleId").asText()).as(reviewer)
                .startsWith("REVIEW-");
        }
        Map<String, String> provenance = new HashMap<>();
        report.path("artifacts").forEach(a -> provenance.put(a.path("path").asText(), a.path("provenance").asText()));
        assertThat(provenance).containsEntry("docs/requirements/objectives-and-use-cases.md", "openai gpt-4o-mini")
            .containsEntry("docs/architecture/adr/0002-persistence.md", "openai gpt-4o-mini")
            .containsEntry("docs/prd.md", "openai gpt-4o-mini")
            .containsEntry("docs/tickets.md", "openai gpt-4o-mini");
        JsonNode useCases = null;
        for (JsonNode decision : report.path("decisions")) {
            if (decision.path("id").asText().equals("use-cases:application")) {
                useCases = decision;
            }
        }
        assertThat(useCases).isNotNull();
        assertThat(useCases.path("rationale").asText()).as(document + " use cases").contains("openai gpt-4o-mini");
        assertThat(artifacts.latestText(id, "docs/tickets.md")).get()
            .asString()
            .contains("## User stories", "As a member of the");
    }

}
