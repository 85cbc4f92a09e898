package io.scaffold.orchestrator.llm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.scaffold.orchestrator.ScaffoldTestContext;
import io.scaffold.orchestrator.domain.DomainModel;
import io.scaffold.orchestrator.llm.ScriptedModelServer.Step;
import io.scaffold.orchestrator.llm.ScriptedModelServer.WireFormat;
import io.scaffold.orchestrator.spec.SpecException;
import io.scaffold.orchestrator.spec.SpecLimits;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The requirements agent through the real OpenAI client against a scripted
 * OpenAI-compatible server: the model's domain spec is validated like a hand-written one,
 * repaired once, else the deterministic analyser reads the text; the run's start records
 * which.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE)
@ActiveProfiles("test")
class RequirementsAgentTest {

    static final String VALID = """
            {"application": {"name": "plant-shop", "basePackage": "com.example.plants"},
             "objectives": ["Customers can order plants online"],
             "entities": {
               "Plant": {"fields": {"name": {"type": "String", "required": true},
                                    "price": {"type": "BigDecimal", "required": true, "min": 0}}},
               "Customer": {"fields": {"email": {"type": "String", "required": true, "unique": true}}},
               "PlantOrder": {"fields": {"placedOn": {"type": "LocalDate", "required": true}}}},
             "relationships": [{"kind": "ManyToOne", "from": "PlantOrder", "to": "Customer", "required": true},
                               {"kind": "ManyToMany", "from": "PlantOrder", "fromField": "plants", "to": "Plant"}],
             "openQuestions": ["Can an order hold several of the same plant?"]}
            """;

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        ScaffoldTestContext.properties(registry);
    }

    @Autowired
    ModelCallLog calls;

    @Autowired
    ProvenanceLog provenance;

    @Autowired
    IntakeProvenance intake;

    ScriptedModelServer server;

    RequirementsAgent agent;

    String requirements;

    @BeforeEach
    void openAiCompatibleServer() throws Exception {
        requirements = Files.readString(Path.of("src/test/resources/requirements/shop.md"));
        server = ScriptedModelServer.start(WireFormat.OPENAI);
        LlmProperties llm = new LlmProperties(true, List.of("openai"), Map.of(), Duration.ofSeconds(5), 0,
                Duration.ofMillis(20), new LlmProperties.CircuitBreaker(5, Duration.ofHours(1)), Map.of());
        ChatProvider openai = ChatProvider.create(ProviderKind.OPENAI,
                new ProviderSettings(server.baseUrl(), "test-key",
                        new ProviderSettings.Chat(new ProviderSettings.Options("test-model", null, null))),
                llm, Clock.systemUTC());
        ChainedModelAgents agents = new ChainedModelAgents(llm, Map.of(ProviderKind.OPENAI, openai),
                new StructuredAnswers(List.of(new DomainSpecAnswerFormat(SpecLimits.DEFAULTS))), calls,
                new ModelMetrics(new SimpleMeterRegistry()), Clock.systemUTC());
        agent = new RequirementsAgent(agents, SpecLimits.DEFAULTS, intake);
    }

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void turnsTheModelsAnswerIntoAValidatedDomainModelAndTheRunRecordsIt() {
        server.script(RequirementsAgent.TEMPLATE.id(), Step.answer("Here it is:\n```json\n" + VALID + "```"));

        DomainModel model = agent.analyze(requirements, "plants.md");

        assertThat(model.entities()).extracting(e -> e.name().className()).contains("Plant", "Customer", "PlantOrder");
        assertThat(model.openQuestions()).contains("Can an order hold several of the same plant?");
        assertThat(model.source()).isEqualTo(new DomainModel.Source(DomainModel.Source.Format.TEXT, "plants.md"));
        assertThat(model.assumptions()).anyMatch(a -> a.contains("language model test-model"));
        ScriptedModelServer.Request request = server.requests().getFirst();
        assertThat(request.system()).startsWith("template: requirements.domain v1\n").contains("\"entities\"");
        assertThat(request.userMessages()).containsExactly(requirements);

        UUID runId = UUID.randomUUID();
        intake.claim(runId, "docs/domain-model.json", model);
        Provenance recorded = provenance.forRun(runId).get("docs/domain-model.json");
        assertThat(recorded.source()).isEqualTo(ProvenanceSource.MODEL);
        assertThat(recorded.describe()).isEqualTo("openai test-model");
        assertThat(calls.forRun(runId)).extracting(ModelCall::agent, ModelCall::outcome)
            .containsExactly(org.assertj.core.groups.Tuple.tuple(AgentRole.REQUIREMENTS, ModelCallOutcome.OK));
    }

    @Test
    void sendsAnInvalidDomainBackOnceToBeCorrected() {
        server.script(RequirementsAgent.TEMPLATE.id(), Step.answer(
                "{\"application\": {\"name\": \"plant-shop\"}, \"entities\": {\"Plant\": {\"fields\": {\"name\": {\"type\": \"Strin\"}}}}}"),
                Step.answer(VALID));

        DomainModel model = agent.analyze(requirements, "plants.md");

        assertThat(model.entities()).hasSize(3);
        assertThat(server.requests()).hasSize(2);
        assertThat(server.requests().get(1).lastUserMessage()).startsWith("That answer is not valid:")
            .contains("the answer");
    }

    @Test
    void theDeterministicAnalyserReadsTheTextWhenTheModelNeverAnswersWithAValidDomain() {
        server.script(RequirementsAgent.TEMPLATE.id(), Step.answer("I am not sure what you mean."),
                Step.answer("{\"entities\": {}}"));

        DomainModel model = agent.analyze(requirements, "shop.md");

        assertThat(model.entities()).extracting(e -> e.name().className()).contains("Customer", "Product");
        assertThat(model.assumptions()).anyMatch(a -> a.startsWith("A language model is configured but did not "
                + "answer usably (openai answered invalidly after the repair round"));
        UUID runId = UUID.randomUUID();
        intake.claim(runId, "docs/domain-model.json", model);
        assertThat(provenance.forRun(runId).get("docs/domain-model.json").source())
            .isEqualTo(ProvenanceSource.FALLBACK);
        assertThat(calls.forRun(runId)).extracting(ModelCall::outcome)
            .containsExactly(ModelCallOutcome.INVALID, ModelCallOutcome.INVALID);
    }

    @Test
    void emptyRequirementsNeverReachTheModel() {
        assertThatThrownBy(() -> agent.analyze("  \n", "empty.md")).isInstanceOf(SpecException.class)
            .hasMessageContaining("empty.md");
        assertThat(server.requests()).isEmpty();
    }

    @Test
    void theProvenanceOfAnArtifactIsRecordedOnceAndReplaced() {
        UUID runId = UUID.randomUUID();
        Provenance fallback = new Provenance(AgentRole.ARCHITECT, ProvenanceSource.FALLBACK, null, null, null,
                "openai timed out after 300 ms");
        Provenance model = new Provenance(AgentRole.ARCHITECT, ProvenanceSource.MODEL, "anthropic", "claude",
                UUID.randomUUID(), null);

        provenance.record(runId, "docs/adr/0001.md", fallback);
        provenance.record(runId, "docs/adr/0001.md", fallback);
        assertThat(provenance.forRun(runId)).containsExactly(Map.entry("docs/adr/0001.md", fallback));
        provenance.record(runId, "docs/adr/0001.md", model);
        provenance.record(runId, "docs/adr/0000.md", Provenance.deterministic(AgentRole.ARCHITECT));
        assertThat(provenance.forRun(runId)).containsExactly(
                Map.entry("docs/adr/0000.md", Provenance.deterministic(AgentRole.ARCHITECT)),
                Map.entry("docs/adr/0001.md", model));
    }

}
