package io.scaffold.orchestrator.gates.criteria;

import io.scaffold.orchestrator.gates.CriterionScore;
import io.scaffold.orchestrator.gates.CriterionValidator;
import io.scaffold.orchestrator.gates.GateSubject;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * {@code gates-passed}: every gate before release readiness (in process order, see docs/architecture.md) ended
 * PASS or APPROVED in this run. Score: the share of those gates that did.
 */
@Component
class GatesPassedValidator implements CriterionValidator {

    static final List<String> EARLIER_GATES = List.of(
            "domain-approval", "architecture-review", "data-design", "api-contract", "implementation-review", "verification");
    private static final Set<String> ACCEPTED = Set.of("PASS", "APPROVED");

    @Override
    public String criterion() {
        return "gates-passed";
    }

    @Override
    public CriterionScore score(GateSubject subject) {
        List<String> findings = new ArrayList<>();
        int passed = 0;
        for (String gate : EARLIER_GATES) {
            String verdict = subject.earlierGateVerdicts().get(gate);
            if (verdict != null && ACCEPTED.contains(verdict)) {
                passed++;
            } else {
                findings.add("run " + subject.runId() + ": gate " + gate + (verdict == null
                        ? " has no final verdict in this run; it must pass or be approved before release"
                        : " ended " + verdict + "; it must pass or be approved before release"));
            }
        }
        return CriterionScore.ofChecks(criterion(), passed, EARLIER_GATES.size(), findings);
    }
}
