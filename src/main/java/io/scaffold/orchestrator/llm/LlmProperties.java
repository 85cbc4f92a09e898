package io.scaffold.orchestrator.llm;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
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
        @DefaultValue("30s") Duration timeout, @DefaultValue("2") int retries, @DefaultValue("500ms") Duration backoff,
        @DefaultValue CircuitBreaker circuitBreaker, Map<String, Price> prices) {

    public LlmProperties {
        agents = agents == null ? Map.of() : Map.copyOf(agents);
        prices = prices == null ? Map.of() : Map.copyOf(prices);
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
    public record CircuitBreaker(@DefaultValue("5") int failureThreshold, @DefaultValue("30s") Duration openFor) {
    }

    /** US dollars per million input and output tokens. */
    public record Price(BigDecimal inputPerMillion, BigDecimal outputPerMillion) {
    }

    /** The providers the agent tries in order. */
    public List<String> chain(AgentRole agent) {
        Agent own = agents.get(agent.key());
        return own != null && own.chain() != null ? own.chain() : chain;
    }

}
