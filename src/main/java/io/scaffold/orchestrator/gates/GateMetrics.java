package io.scaffold.orchestrator.gates;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.stereotype.Component;

/**
 * Gauges read from the stored evaluations, so they are right across restarts and worker
 * replicas; over every organisation, for operators ({@code metrics:read}).
 */
@Component
class GateMetrics {

    GateMetrics(GateEvaluationRepository evaluations, MeterRegistry meters) {
        Gauge.builder("scaffold.gate.pass.rate", evaluations, e -> valueOrZero(e.passRate(null)))
            .description("Share of gate evaluations that passed or were approved")
            .register(meters);
        Gauge.builder("scaffold.automation.rate", evaluations, e -> e.automationRate(null))
            .description("Share of gate evaluations decided without a person")
            .register(meters);
    }

    private static double valueOrZero(Double value) {
        return value == null ? 0.0 : value;
    }

}
