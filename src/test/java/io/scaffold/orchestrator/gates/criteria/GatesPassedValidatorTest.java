package io.scaffold.orchestrator.gates.criteria;

import io.scaffold.orchestrator.contract.GateOutcome;
import io.scaffold.orchestrator.gates.CriterionScore;
import io.scaffold.orchestrator.gates.GateSubject;
import io.scaffold.orchestrator.gates.TestModels;
import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.Map;

import static io.scaffold.orchestrator.gates.TestModels.lines;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class GatesPassedValidatorTest {

    private static Map<String, GateOutcome> allPassed() {
        Map<String, GateOutcome> verdicts = new HashMap<>();
        GatesPassedValidator.EARLIER_GATES.forEach(g -> verdicts.put(g, GateOutcome.of("PASS", null)));
        verdicts.put("domain-approval", GateOutcome.of("APPROVAL_REQUIRED", "approve"));
        return verdicts;
    }

    @Test
    void allEarlierGatesPassedOrApprovedScoresOne() {
        CriterionScore score = new GatesPassedValidator()
            .score(new GateSubject("run-1", TestModels.GOOD_PROJECT, TestModels.tracker(), allPassed()));

        assertThat(lines(score)).isEmpty();
        assertThat(score.score()).isEqualTo(1.0);
    }

    @Test
    void gatesNotPassedOrMissingAreNamed() {
        Map<String, GateOutcome> verdicts = allPassed();
        verdicts.remove("verification");
        verdicts.put("data-design", GateOutcome.of("REWORK", null));

        CriterionScore score = new GatesPassedValidator()
            .score(new GateSubject("run-7", TestModels.GOOD_PROJECT, TestModels.tracker(), verdicts));

        assertThat(score.score()).isCloseTo(4.0 / 6, within(1e-9));
        assertThat(lines(score)).containsExactly(
                "gate data-design ended REWORK in run run-7; it must pass or be approved before release",
                "gate verification has no final verdict in run run-7; it must pass or be approved before release");
    }

}
