package io.scaffold.orchestrator.api;

import io.scaffold.orchestrator.gates.GateEvaluationRepository;
import io.scaffold.orchestrator.gates.RuleFrequency;
import io.scaffold.orchestrator.runs.RunStatistics;
import io.scaffold.orchestrator.runs.RunStatus;
import io.scaffold.orchestrator.security.CurrentUser;
import java.util.List;
import java.util.Map;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * A summary of the caller's organisation's runs for dashboards (an administrator's covers
 * every organisation); the time series are at {@code /actuator/prometheus}, for operators
 * with {@code metrics:read}.
 */
@RestController
class MetricsController {

    /** Rule ids listed per gate in {@code frequentRulesByGate}. */
    static final int FREQUENT_RULES = 5;

    private final RunStatistics runs;

    private final GateEvaluationRepository gates;

    private final CurrentUser currentUser;

    MetricsController(RunStatistics runs, GateEvaluationRepository gates, CurrentUser currentUser) {
        this.runs = runs;
        this.gates = gates;
        this.currentUser = currentUser;
    }

    /**
     * Durations in milliseconds, averaged over completed runs and phases; rates within
     * 0..1; {@code frequentRulesByGate} the rule ids that found most in each gate's
     * evaluations (at most {@value #FREQUENT_RULES}, most findings first) with the runs
     * they affected.
     */
    record MetricsView(Map<RunStatus, Long> runsByStatus, Double averageRunDurationMs,
            Map<String, Double> averagePhaseDurationMs, Double gatePassRate, Map<String, Double> gatePassRateByGate,
            double automationRate, Map<String, List<RuleFrequency>> frequentRulesByGate) {
    }

    @GetMapping("/api/v1/metrics")
    @PreAuthorize("hasAuthority('metrics:read')")
    MetricsView metrics() {
        String organization = currentUser.organizationFilter();
        return new MetricsView(runs.countByStatus(organization), runs.averageRunDurationMs(organization),
                runs.averagePhaseDurationMs(organization), gates.passRate(organization),
                gates.passRateByGate(organization), gates.automationRate(organization),
                gates.frequentRules(organization, FREQUENT_RULES));
    }

}
