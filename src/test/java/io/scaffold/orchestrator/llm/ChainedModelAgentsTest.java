package io.scaffold.orchestrator.llm;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.scaffold.orchestrator.ScaffoldTestContext;
import io.scaffold.orchestrator.llm.ScriptedModelServer.Step;
import io.scaffold.orchestrator.llm.ScriptedModelServer.WireFormat;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The model agents through the real Spring AI clients of each provider, against
 * {@link ScriptedModelServer}s in this JVM that speak the providers' wire formats, with
 * the audit trail on a real PostgreSQL.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE)
@ActiveProfiles("test")
@ExtendWith(OutputCaptureExtension.class)
class ChainedModelAgentsTest {

    static final String KEY = "sk-live-4f9a1c2e8b7d6a5f3e2d1c0b";

    static final PromptTemplate TEMPLATE = new PromptTemplate("test.checklist", 3, "List what to check.");

    static final String VALID = "{\"summary\": \"Tickets\", \"items\": [\"assign a ticket\", \"my open tickets\"]}";

    /** The answer record of the tests. */
    record Checklist(String summary, List<String> items) {
    }

    static final Checklist DETERMINISTIC = new Checklist("deterministic", List.of());

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        ScaffoldTestContext.properties(registry);
    }

    @Autowired
    ModelCallLog calls;

    final MeterRegistry meters = new SimpleMeterRegistry();

    final List<ScriptedModelServer> servers = new ArrayList<>();

    final UUID runId = UUID.randomUUID();

    @AfterEach
    void stopServers() {
        servers.forEach(ScriptedModelServer::close);
    }

    ScriptedModelServer server(WireFormat format) {
        ScriptedModelServer server = ScriptedModelServer.start(format);
        servers.add(server);
        return server;
    }

    static LlmProperties settings(List<String> chain, Duration timeout, int retries, int failureThreshold) {
        return new LlmProperties(true, chain, Map.of(), timeout, retries, Duration.ofMillis(20),
                new LlmProperties.CircuitBreaker(failureThreshold, Duration.ofHours(1)),
                Map.of("model-openai", new LlmProperties.Price(new BigDecimal("2.5"), new BigDecimal("10"))));
    }

    ChainedModelAgents agents(LlmProperties llm, ScriptedModelServer... chain) {
        Map<ProviderKind, ChatProvider> providers = new EnumMap<>(ProviderKind.class);
        for (ScriptedModelServer server : chain) {
            ProviderKind kind = kind(server.format());
            providers.put(kind, ChatProvider.create(kind,
                    new ProviderSettings(server.baseUrl(), KEY,
                            new ProviderSettings.Chat(new ProviderSettings.Options("model-" + kind.key(), null, null))),
                    llm, Clock.systemUTC()));
        }
        return new ChainedModelAgents(llm, providers, new StructuredAnswers(List.of()), calls, new ModelMetrics(meters),
                Clock.systemUTC());
    }

    static ProviderKind kind(WireFormat format) {
        return switch (format) {
            case OPENAI -> ProviderKind.OPENAI;
            case ANTHROPIC -> ProviderKind.ANTHROPIC;
            case OLLAMA -> ProviderKind.OLLAMA;
        };
    }

    ModelQuestion<Checklist> question(String input) {
        return ModelQuestion.of(AgentRole.DOMAIN_ANALYST, runId, TEMPLATE, input, Checklist.class);
    }

    @ParameterizedTest
    @EnumSource(WireFormat.class)
    void aModelAnswersInEachWireFormat(WireFormat format) {
        ScriptedModelServer server = server(format).script(TEMPLATE.id(), Step.answer(VALID));
        String provider = kind(format).key();

        ModelAnswer<Checklist> answer = agents(settings(List.of(provider), Duration.ofSeconds(5), 0, 5), server)
            .ask(question("Tickets are assigned to agents."), () -> DETERMINISTIC);

        assertThat(answer.value()).isEqualTo(new Checklist("Tickets", List.of("assign a ticket", "my open tickets")));
        assertThat(answer.provenance()).isEqualTo(new Provenance(AgentRole.DOMAIN_ANALYST, ProvenanceSource.MODEL,
                provider, "model-" + provider, answer.provenance().callId(), null));
        ScriptedModelServer.Request request = server.requests().getFirst();
        assertThat(request.templateId()).isEqualTo("test.checklist");
        assertThat(request.templateVersion()).isEqualTo(3);
        assertThat(request.system()).contains("List what to check.", "JSON schema", "\"items\"");
        assertThat(request.userMessages()).containsExactly("Tickets are assigned to agents.");
        assertThat(request.body().path("model").asText()).isEqualTo("model-" + provider);
        switch (format) {
            case OPENAI -> assertThat(request.headers()).containsEntry("authorization", "Bearer " + KEY);
            case ANTHROPIC -> assertThat(request.headers()).containsEntry("x-api-key", KEY);
            case OLLAMA -> assertThat(request.headers()).doesNotContainKey("authorization");
        }
        ModelCall call = calls.forRun(runId).getFirst();
        assertThat(call.id()).isEqualTo(answer.provenance().callId());
        assertThat(call.outcome()).isEqualTo(ModelCallOutcome.OK);
        assertThat(call.agent()).isEqualTo(AgentRole.DOMAIN_ANALYST);
        assertThat(call.templateId()).isEqualTo("test.checklist");
        assertThat(call.templateVersion()).isEqualTo(3);
        assertThat(call.prompt()).contains("List what to check.", "Tickets are assigned to agents.");
        assertThat(call.response()).isEqualTo(VALID);
        assertThat(call.inputTokens()).isPositive();
        assertThat(call.outputTokens()).isEqualTo(VALID.length() / 4);
        if (format == WireFormat.OPENAI) {
            assertThat(call.costUsd()).isEqualByComparingTo(BigDecimal.valueOf(call.inputTokens())
                .multiply(new BigDecimal("2.5"))
                .add(BigDecimal.valueOf(call.outputTokens()).multiply(BigDecimal.TEN))
                .movePointLeft(6));
        }
        else {
            assertThat(call.costUsd()).isNull();
        }
        assertThat(
                meters.counter("scaffold.llm.calls", "provider", provider, "agent", "domain-analyst", "outcome", "OK")
                    .count())
            .isEqualTo(1);
        assertThat(meters
            .counter("scaffold.llm.tokens", "provider", provider, "agent", "domain-analyst", "direction", "output")
            .count()).isEqualTo(call.outputTokens());
    }

    @Test
    void malformedJsonGetsOneRepairRoundWithItsProblems() {
        ScriptedModelServer server = server(WireFormat.OPENAI).script(TEMPLATE.id(),
                Step.answer("{\"summary\": \"Tickets\", \"items\": [\"assign\""),
                Step.answer("```json\n" + VALID + "\n```"));

        ModelAnswer<Checklist> answer = agents(settings(List.of("openai"), Duration.ofSeconds(5), 0, 5), server)
            .ask(question("Tickets"), () -> DETERMINISTIC);

        assertThat(answer.provenance().source()).isEqualTo(ProvenanceSource.MODEL);
        assertThat(answer.value().items()).containsExactly("assign a ticket", "my open tickets");
        assertThat(server.requests()).hasSize(2);
        assertThat(server.requests().get(1).lastUserMessage()).startsWith("That answer is not valid:")
            .contains("not valid JSON");
        assertThat(calls.forRun(runId)).extracting(ModelCall::outcome)
            .containsExactly(ModelCallOutcome.INVALID, ModelCallOutcome.REPAIRED);
    }

    @Test
    void anAnswerThatFailsTheSchemaOrTheCheckTwiceFallsBackWithTheReason() {
        ScriptedModelServer server = server(WireFormat.ANTHROPIC).script(TEMPLATE.id(),
                Step.answer("{\"summary\": \"Tickets\"}"), Step.answer("{\"summary\": \"Tickets\", \"items\": []}"));
        ModelQuestion<Checklist> question = new ModelQuestion<>(AgentRole.DOMAIN_ANALYST, runId, TEMPLATE, "Tickets",
                Checklist.class, c -> c.items().isEmpty() ? List.of("name at least one item") : List.of());

        ModelAnswer<Checklist> answer = agents(settings(List.of("anthropic"), Duration.ofSeconds(5), 0, 5), server)
            .ask(question, () -> DETERMINISTIC);

        assertThat(answer.value()).isEqualTo(DETERMINISTIC);
        assertThat(answer.provenance().source()).isEqualTo(ProvenanceSource.FALLBACK);
        assertThat(answer.provenance().reason())
            .isEqualTo("anthropic answered invalidly after the repair round: name at least one item");
        assertThat(server.requests().get(1).lastUserMessage()).contains("items");
        assertThat(calls.forRun(runId)).extracting(ModelCall::outcome)
            .containsExactly(ModelCallOutcome.INVALID, ModelCallOutcome.INVALID);
        assertThat(meters.counter("scaffold.llm.fallbacks", "agent", "domain-analyst").count()).isEqualTo(1);
    }

    @Test
    void aTooManyRequestsIsRetriedAfterABackoff() {
        ScriptedModelServer server = server(WireFormat.OLLAMA).script(TEMPLATE.id(), Step.status(429), Step.status(503),
                Step.answer(VALID));

        ModelAnswer<Checklist> answer = agents(settings(List.of("ollama"), Duration.ofSeconds(5), 2, 5), server)
            .ask(question("Tickets"), () -> DETERMINISTIC);

        assertThat(answer.provenance().source()).isEqualTo(ProvenanceSource.MODEL);
        assertThat(server.requests()).hasSize(3);
        assertThat(calls.forRun(runId)).extracting(ModelCall::outcome, ModelCall::attempt)
            .containsExactly(org.assertj.core.groups.Tuple.tuple(ModelCallOutcome.ERROR, 1),
                    org.assertj.core.groups.Tuple.tuple(ModelCallOutcome.ERROR, 2),
                    org.assertj.core.groups.Tuple.tuple(ModelCallOutcome.OK, 3));
        assertThat(calls.forRun(runId).getFirst().error()).contains("429");
    }

    @Test
    void aProviderThatNeverAnswersTimesOutAndTheDeterministicPathAnswers() {
        ScriptedModelServer server = server(WireFormat.OPENAI).otherwise(Step.hang());
        long started = System.nanoTime();

        ModelAnswer<Checklist> answer = agents(settings(List.of("openai"), Duration.ofMillis(300), 1, 5), server)
            .ask(question("Tickets"), () -> DETERMINISTIC);

        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(5));
        assertThat(answer.value()).isEqualTo(DETERMINISTIC);
        assertThat(answer.provenance().source()).isEqualTo(ProvenanceSource.FALLBACK);
        assertThat(answer.provenance().reason()).isEqualTo("openai timed out after 300 ms");
        assertThat(answer.provenance().describe()).startsWith("deterministic (fallback: openai timed out");
        assertThat(calls.forRun(runId)).extracting(ModelCall::outcome)
            .containsExactly(ModelCallOutcome.TIMEOUT, ModelCallOutcome.TIMEOUT);
        assertThat(server.requests()).hasSize(2);
    }

    @Test
    void aFailingProviderHandsOverToTheNextOfTheChain() {
        ScriptedModelServer down = server(WireFormat.OPENAI).otherwise(Step.status(500));
        ScriptedModelServer up = server(WireFormat.ANTHROPIC).script(TEMPLATE.id(), Step.answer(VALID));

        ModelAnswer<Checklist> answer = agents(settings(List.of("openai", "anthropic"), Duration.ofSeconds(5), 1, 5),
                down, up)
            .ask(question("Tickets"), () -> DETERMINISTIC);

        assertThat(answer.provenance().describe()).isEqualTo("anthropic model-anthropic");
        assertThat(down.requests()).hasSize(2);
        assertThat(calls.forRun(runId)).extracting(ModelCall::provider)
            .containsExactly("openai", "openai", "anthropic");
        assertThat(calls.forRun(runId).stream().map(ModelCall::questionId).distinct()).hasSize(1);
    }

    @Test
    void aProviderThatIsDownLeavesTheAnswerToTheDeterministicPath() {
        ScriptedModelServer down = server(WireFormat.OPENAI);
        down.close(); // nothing listens on its port any more
        AtomicInteger deterministicCalls = new AtomicInteger();

        ModelAnswer<Checklist> answer = agents(settings(List.of("openai"), Duration.ofSeconds(2), 2, 5), down)
            .ask(question("Tickets"), () -> {
                deterministicCalls.incrementAndGet();
                return DETERMINISTIC;
            });

        assertThat(answer.value()).isEqualTo(DETERMINISTIC);
        assertThat(deterministicCalls).hasValue(1);
        assertThat(answer.provenance().source()).isEqualTo(ProvenanceSource.FALLBACK);
        assertThat(answer.provenance().reason()).startsWith("openai failed:");
        // a refused connection is not retried: the provider is down, not busy
        assertThat(calls.forRun(runId)).extracting(ModelCall::outcome).containsExactly(ModelCallOutcome.ERROR);
    }

    @Test
    void theCircuitOpensAfterConsecutiveFailuresAndNoCallReachesTheProviderWhileOpen() {
        ScriptedModelServer server = server(WireFormat.OPENAI).otherwise(Step.status(500));
        ChainedModelAgents agents = agents(settings(List.of("openai"), Duration.ofSeconds(5), 0, 2), server);

        for (int i = 0; i < 4; i++) {
            assertThat(agents.ask(question("Tickets"), () -> DETERMINISTIC).value()).isEqualTo(DETERMINISTIC);
        }

        assertThat(server.requests()).hasSize(2);
        assertThat(calls.forRun(runId)).extracting(ModelCall::outcome)
            .containsExactly(ModelCallOutcome.ERROR, ModelCallOutcome.ERROR, ModelCallOutcome.CIRCUIT_OPEN,
                    ModelCallOutcome.CIRCUIT_OPEN);
        assertThat(agents.ask(question("Tickets"), () -> DETERMINISTIC).provenance().reason())
            .isEqualTo("openai skipped: its circuit breaker is open after repeated failures");
    }

    @Test
    void anAgentWithAnEmptyChainAnswersDeterministicallyWithoutACall() {
        ScriptedModelServer server = server(WireFormat.OPENAI).script(TEMPLATE.id(), Step.answer(VALID));
        LlmProperties llm = new LlmProperties(true, List.of("openai"),
                Map.of("domain-analyst", new LlmProperties.Agent(List.of())), Duration.ofSeconds(5), 0,
                Duration.ofMillis(20), new LlmProperties.CircuitBreaker(5, Duration.ofHours(1)), Map.of());
        ChainedModelAgents agents = agents(llm, server);

        ModelAnswer<Checklist> answer = agents.ask(question("Tickets"), () -> DETERMINISTIC);

        assertThat(agents.enabled(AgentRole.DOMAIN_ANALYST)).isFalse();
        assertThat(agents.enabled(AgentRole.ARCHITECT)).isTrue();
        assertThat(answer.provenance()).isEqualTo(Provenance.deterministic(AgentRole.DOMAIN_ANALYST));
        assertThat(server.requests()).isEmpty();
    }

    @Test
    void keysNeverReachTheRecordsOrTheLogs(CapturedOutput output) {
        ScriptedModelServer echoing = server(WireFormat.OPENAI)
            .otherwise(Step.status(401, "{\"error\": {\"message\": \"Incorrect API key provided: " + KEY + "\"}}"));
        ScriptedModelServer quoting = server(WireFormat.ANTHROPIC).script(TEMPLATE.id(),
                Step.answer("{\"summary\": \"api_key=" + KEY + "\", \"items\": [\"Bearer abc.def-ghi\"]}"));

        ModelAnswer<Checklist> answer = agents(settings(List.of("openai", "anthropic"), Duration.ofSeconds(5), 0, 5),
                echoing, quoting)
            .ask(question("Our old key was sk-proj-0123456789abcdefXYZ, please rotate it"), () -> DETERMINISTIC);

        assertThat(answer.provenance().source()).isEqualTo(ProvenanceSource.MODEL);
        List<ModelCall> recorded = calls.forRun(runId);
        assertThat(recorded).hasSize(2);
        assertThat(recorded.getFirst().error()).contains("401", "Incorrect API key provided: [redacted]");
        assertThat(recorded.getLast().response()).contains("[redacted]");
        for (ModelCall call : recorded) {
            assertThat(String.join("|", call.prompt(), String.valueOf(call.response()), String.valueOf(call.error())))
                .doesNotContain(KEY)
                .doesNotContain("4f9a1c2e")
                .doesNotContain("0123456789abcdef")
                .doesNotContain("abc.def-ghi");
        }
        assertThat(output.getAll()).contains("model call ERROR").doesNotContain("4f9a1c2e");
    }

}
