package io.scaffold.orchestrator.llm;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How the agents use models ({@code scaffold.llm.*}); the providers themselves are
 * configured with Spring AI's properties ({@code spring.ai.openai.*},
 * {@code spring.ai.anthropic.*}, {@code spring.ai.ollama.*}, see {@link ProviderKind}).
 *
 * @param enabled whether any agent asks a model (else every agent is deterministic)
 * @param chain the providers every agent tries in order, e.g. {@code [anthropic, openai]}
 * @param agents per agent key ({@code domain-analyst}, ...): its own chain; an empty
 * chain makes the agent deterministic
 * @param timeout how long one attempt may take
 * @param retries further attempts at a provider after a 429, a 5xx or a timeout
 * @param backoff the wait before the first retry, doubled for each further one
 * @param circuitBreaker when a failing provider is skipped
 * @param prices per model name: what a million tokens cost, for the estimated cost of a
 * call
 */
@ConfigurationProperties("scaffold.llm")
public record LlmProperties(boolean enabled, @DefaultValue("openai") List<String> chain, Map<String, Agent> agents,
        @DefaultValue("20s") Duration timeout, @DefaultValue("1") int retries, @DefaultValue("500ms") Duration backoff,
        @DefaultValue CircuitBreaker circuitBreaker, Map<String, Price> prices) {

    public LlmProperties {
        agents = agents == null ? Map.of() : Map.copyOf(agents);
        prices = prices == null ? Map.of() : Map.copyOf(prices);
        for (String key : agents.keySet()) {
            if (Arrays.stream(AgentRole.values()).noneMatch(role -> normalized(role.key()).equals(normalized(key)))) {
                throw new IllegalArgumentException("scaffold.llm.agents." + key + ": no such agent; agents: "
                        + Arrays.stream(AgentRole.values()).map(AgentRole::key).toList());
            }
        }
        if (retries < 0) {
            throw new IllegalArgumentException("scaffold.llm.retries must be 0 or more, got " + retries);
        }
    }

    /**
     * @param chain the agent's providers in order
     */
    public record Agent(List<String> chain) {
    }

    /**
     * @param failureThreshold consecutive failed calls after which the provider is
     * skipped
     * @param openFor how long it is skipped before one trial call may go through
     */
    public record CircuitBreaker(@DefaultValue("2") int failureThreshold, @DefaultValue("5m") Duration openFor) {
    }

    /** US dollars per million input and output tokens. */
    public record Price(BigDecimal inputPerMillion, BigDecimal outputPerMillion) {
    }

    /**
     * The providers the agent tries in order. An agent's key matches without its dashes
     * and in any case too, since environment variables cannot name a dash
     * ({@code SCAFFOLD_LLM_AGENTS_DOMAINANALYST_CHAIN}).
     */
    public List<String> chain(AgentRole agent) {
        return agents.entrySet()
            .stream()
            .filter(e -> normalized(e.getKey()).equals(normalized(agent.key())) && e.getValue().chain() != null)
            .map(e -> e.getValue().chain())
            .findFirst()
            .orElse(chain);
    }

    private static String normalized(String agentKey) {
        return agentKey.replace("-", "").toLowerCase(Locale.ROOT);
    }

}
