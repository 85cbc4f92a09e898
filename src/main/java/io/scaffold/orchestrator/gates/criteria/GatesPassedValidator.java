package io.scaffold.orchestrator.gates.criteria;

import io.scaffold.orchestrator.contract.GateOutcome;
import io.scaffold.orchestrator.contract.Phase;
import io.scaffold.orchestrator.gates.CriterionScore;
import io.scaffold.orchestrator.gates.CriterionValidator;
import io.scaffold.orchestrator.gates.GateSubject;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.List;

/**
 * {@code gates-passed}: every gate before release readiness (in process order, from the
 * {@link Phase} registry) ended PASS or APPROVED in this run. Score: the share of those
 * gates that did.
 */
@Component
class GatesPassedValidator implements CriterionValidator {

    static final List<String> EARLIER_GATES = Phase.DELIVERY.earlierGateIds();

    @Override
    public String criterion() {
        return "gates-passed";
    }

    @Override
    public CriterionScore score(GateSubject subject) {
        List<String> findings = new ArrayList<>();
        int passed = 0;
        for (String gate : EARLIER_GATES) {
            GateOutcome outcome = subject.earlierGateVerdicts().get(gate);
            if (outcome != null && outcome.passed()) {
                passed++;
            }
            else {
                findings.add("run " + subject.runId() + ": gate " + gate
                        + (outcome == null
                                ? " has no final verdict in this run; it must pass or be approved before release"
                                : " ended " + outcome.label() + "; it must pass or be approved before release"));
            }
        }
        return CriterionScore.ofChecks(criterion(), passed, EARLIER_GATES.size(), findings);
    }

}
