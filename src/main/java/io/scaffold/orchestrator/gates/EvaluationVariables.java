package io.scaffold.orchestrator.gates;

import io.scaffold.orchestrator.contract.GateVerdict;
import java.math.BigDecimal;
import java.util.List;

/**
 * The variables of {@code gate.record-evaluation} as bpmn/quality-gate.bpmn leaves them:
 * the policy DMN looked up ({@code gate}), the scored criteria and the verdict DMN
 * decided.
 */
public record EvaluationVariables(String gateId, String phaseId, int attempt, Policy gate,
        List<CriterionResult> criteriaResults, Outcome gateOutcome) {

    /**
     * The part of dmn/gate-policy.dmn's result the record needs: each criterion's weight.
     */
    public record Policy(List<WeightedCriterion> criteria) {
    }

    public record WeightedCriterion(String name, double weight) {
    }

    /** One {@code criterionResult} of gate.score-criterion. */
    public record CriterionResult(String name, double score, List<Finding> findings) {
    }

    /** dmn/gate-verdict.dmn's result. */
    public record Outcome(GateVerdict verdict, BigDecimal score, BigDecimal threshold, String reason) {
    }
}
