package io.scaffold.orchestrator.gates;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.scaffold.orchestrator.contract.GateVerdict;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * The scoring round of a gate an approval is about, as the approval form, the terminal
 * and the REST API show it: the verdict of dmn/gate-verdict.dmn and each criterion with
 * its weight from dmn/gate-policy.dmn and its structured findings.
 *
 * @param reason why the verdict, as the decision table says it; null when it says nothing
 */
public record Scorecard(BigDecimal score, BigDecimal threshold, GateVerdict verdict, String reason,
        List<Criterion> criteria) {

    public record Criterion(String name, double weight, double score, List<Finding> findings) {
    }

    /**
     * Approving a gate below its threshold waives it: it needs a reason and an expiry.
     */
    @JsonIgnore
    public boolean belowThreshold() {
        return score.compareTo(threshold) < 0;
    }

    /** Every finding of every criterion, in criterion order. */
    @JsonIgnore
    public List<Finding> findings() {
        return criteria.stream().flatMap(c -> c.findings().stream()).toList();
    }

    /**
     * The scorecard from the variables of the gate's process instance:
     * {@code gateOutcome}, {@code gate} (the policy with the criteria's weights) and
     * {@code criteriaResults}.
     */
    public static Scorecard of(Map<String, Object> variables, ObjectMapper json) {
        Outcome outcome = json.convertValue(variables.get("gateOutcome"), Outcome.class);
        Policy policy = json.convertValue(variables.get("gate"), Policy.class);
        List<Result> results = json.convertValue(variables.getOrDefault("criteriaResults", List.of()),
                json.getTypeFactory().constructCollectionType(List.class, Result.class));
        List<Criterion> criteria = results.stream()
            .map(r -> new Criterion(r.name(), policy.weightOf(r.name()), r.score(), findings(r.findings(), json)))
            .toList();
        return new Scorecard(outcome.score(), outcome.threshold(), outcome.verdict(), outcome.reason(), criteria);
    }

    private static List<Finding> findings(List<Object> findings, ObjectMapper json) {
        // a process instance started before findings were structured carries them as
        // plain strings, which say nothing a Finding could hold: they are left out
        return findings == null ? List.of()
                : findings.stream()
                    .filter(Map.class::isInstance)
                    .map(f -> json.convertValue(f, Finding.class))
                    .toList();
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    private record Outcome(GateVerdict verdict, BigDecimal score, BigDecimal threshold, String reason) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    private record Policy(List<Weighted> criteria) {

        double weightOf(String criterion) {
            return criteria == null ? 0.0
                    : criteria.stream().filter(c -> c.name().equals(criterion)).mapToDouble(Weighted::weight).sum();
        }

    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    private record Weighted(String name, double weight) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    private record Result(String name, double score, List<Object> findings) {
    }

}
