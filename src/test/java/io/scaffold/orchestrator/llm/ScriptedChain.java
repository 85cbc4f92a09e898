package io.scaffold.orchestrator.llm;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.scaffold.orchestrator.llm.ScriptedModelServer.WireFormat;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The real model chain (Spring AI's OpenAI client, structured output with one repair
 * round, the audit) against a {@link ScriptedModelServer}, for tests of the agents
 * outside this package that want their questions to go through the real port.
 */
public final class ScriptedChain {

    /** The model name the chain's answers carry in their provenance. */
    public static final String MODEL = "scripted-gpt";

    private ScriptedChain() {
    }

    /**
     * @param server speaks {@link WireFormat#OPENAI}
     */
    public static ModelAgents agents(ScriptedModelServer server, JdbcClient jdbc) {
        if (server.format() != WireFormat.OPENAI) {
            throw new IllegalArgumentException("the scripted chain speaks OpenAI's wire format");
        }
        LlmProperties llm = new LlmProperties(true, List.of("openai"), Map.of(), Duration.ofSeconds(10), 0,
                Duration.ofMillis(20), new LlmProperties.CircuitBreaker(1000, Duration.ofHours(1)), Map.of());
        ChatProvider openai = ChatProvider.create(ProviderKind.OPENAI,
                new ProviderSettings(server.baseUrl(), "sk-test-0123456789abcdef",
                        new ProviderSettings.Chat(new ProviderSettings.Options(MODEL, null, null))),
                llm, Clock.systemUTC());
        return new ChainedModelAgents(llm, Map.of(ProviderKind.OPENAI, openai), new StructuredAnswers(List.of()),
                new ModelCallLog(jdbc), new ModelMetrics(new SimpleMeterRegistry()), Clock.systemUTC());
    }

}
