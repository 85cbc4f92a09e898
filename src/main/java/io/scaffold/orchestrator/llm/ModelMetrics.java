package io.scaffold.orchestrator.llm;

import io.micrometer.core.instrument.MeterRegistry;
import java.time.Duration;

/**
 * Micrometer meters of the model calls, tagged by provider and agent:
 * {@code scaffold.llm.calls} (and outcome), {@code scaffold.llm.tokens} (and direction),
 * {@code scaffold.llm.latency}, {@code scaffold.llm.errors} (calls without a usable
 * answer, and outcome) and {@code scaffold.llm.fallbacks} (per agent: the deterministic
 * path answered after the chain failed).
 */
final class ModelMetrics {

    private final MeterRegistry meters;

    ModelMetrics(MeterRegistry meters) {
        this.meters = meters;
    }

    void call(ModelCall call) {
        String provider = call.provider();
        String agent = call.agent().key();
        meters.counter("scaffold.llm.calls", "provider", provider, "agent", agent, "outcome", call.outcome().name())
            .increment();
        if (call.outcome() != ModelCallOutcome.CIRCUIT_OPEN) {
            meters.timer("scaffold.llm.latency", "provider", provider, "agent", agent)
                .record(Duration.ofMillis(call.latencyMs()));
        }
        if (call.inputTokens() != null) {
            meters.counter("scaffold.llm.tokens", "provider", provider, "agent", agent, "direction", "input")
                .increment(call.inputTokens());
        }
        if (call.outputTokens() != null) {
            meters.counter("scaffold.llm.tokens", "provider", provider, "agent", agent, "direction", "output")
                .increment(call.outputTokens());
        }
        if (!call.outcome().answered()) {
            meters
                .counter("scaffold.llm.errors", "provider", provider, "agent", agent, "outcome", call.outcome().name())
                .increment();
        }
    }

    void fallback(AgentRole agent) {
        meters.counter("scaffold.llm.fallbacks", "agent", agent.key()).increment();
    }

}
