package io.scaffold.orchestrator.api;

import io.scaffold.orchestrator.gates.GateEvaluationRepository;
import io.scaffold.orchestrator.runs.RunRepository;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** A summary of all runs for dashboards; the time series are at {@code /actuator/prometheus}. */
@RestController
class MetricsController {

    private final RunRepository runs;
    private final GateEvaluationRepository gates;

    MetricsController(RunRepository runs, GateEvaluationRepository gates) {
        this.runs = runs;
        this.gates = gates;
    }

    @GetMapping("/api/v1/metrics")
    @PreAuthorize("hasAuthority('metrics:read')")
    Map<String, Object> metrics() {
        Map<String, Object> metrics = new LinkedHashMap<>();
        metrics.put("runsByStatus", runs.countByStatus());
        metrics.put("averageRunDurationMs", runs.averageRunDurationMs());
        metrics.put("averagePhaseDurationMs", runs.averagePhaseDurationMs());
        metrics.put("gatePassRate", gates.passRate());
        metrics.put("gatePassRateByGate", gates.passRateByGate());
        metrics.put("automationRate", gates.automationRate());
        return metrics;
    }
}
