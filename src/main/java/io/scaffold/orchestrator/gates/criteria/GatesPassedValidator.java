package io.scaffold.orchestrator.gates.criteria;

import io.scaffold.orchestrator.contract.GateOutcome;
import io.scaffold.orchestrator.contract.Phase;
import io.scaffold.orchestrator.gates.CriterionScore;
import io.scaffold.orchestrator.gates.Finding;
import io.scaffold.orchestrator.gates.FindingRule;
import io.scaffold.orchestrator.gates.Severity;
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

    static final String CRITERION = "gates-passed";

    static final FindingRule GATE_NOT_PASSED = new FindingRule("RELEASE-GATE-NOT-PASSED", CRITERION, Severity.BLOCKER,
            "every earlier gate of the run passed or was approved");

    @Override
    public String criterion() {
        return CRITERION;
    }

    @Override
    public CriterionScore score(GateSubject subject) {
        List<Finding> findings = new ArrayList<>();
        int passed = 0;
        for (String gate : EARLIER_GATES) {
            GateOutcome outcome = subject.earlierGateVerdicts().get(gate);
            if (outcome != null && outcome.passed()) {
                passed++;
            }
            else {
                findings.add(GATE_NOT_PASSED.in(null,
                        "gate " + gate
                                + (outcome == null ? " has no final verdict in run " + subject.runId()
                                        : " ended " + outcome.label() + " in run " + subject.runId()),
                        "it must pass or be approved before release"));
            }
        }
        return CriterionScore.ofChecks(criterion(), passed, EARLIER_GATES.size(), findings);
    }

}
