package io.scaffold.orchestrator.api;

import io.scaffold.orchestrator.gates.GateEvaluationRepository;
import io.scaffold.orchestrator.runs.RunRepository;
import io.scaffold.orchestrator.security.CurrentUser;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * A summary of the caller's organisation's runs for dashboards (an administrator's covers every organisation);
 * the time series are at {@code /actuator/prometheus}, for operators with {@code metrics:read}.
 */
@RestController
class MetricsController {

    private final RunRepository runs;
    private final GateEvaluationRepository gates;
    private final CurrentUser currentUser;

    MetricsController(RunRepository runs, GateEvaluationRepository gates, CurrentUser currentUser) {
        this.runs = runs;
        this.gates = gates;
        this.currentUser = currentUser;
    }

    @GetMapping("/api/v1/metrics")
    @PreAuthorize("hasAuthority('metrics:read')")
    Map<String, Object> metrics() {
        String organization = currentUser.organizationFilter();
        Map<String, Object> metrics = new LinkedHashMap<>();
        metrics.put("runsByStatus", runs.countByStatus(organization));
        metrics.put("averageRunDurationMs", runs.averageRunDurationMs(organization));
        metrics.put("averagePhaseDurationMs", runs.averagePhaseDurationMs(organization));
        metrics.put("gatePassRate", gates.passRate(organization));
        metrics.put("gatePassRateByGate", gates.passRateByGate(organization));
        metrics.put("automationRate", gates.automationRate(organization));
        return metrics;
    }
}
