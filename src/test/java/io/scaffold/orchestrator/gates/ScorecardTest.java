package io.scaffold.orchestrator.gates;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.scaffold.orchestrator.contract.GateVerdict;
import io.scaffold.orchestrator.domain.decision.DecisionChange;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The scorecard an approval shows, read from the process variables as the engine hands
 * them over (JSON maps and lists).
 */
class ScorecardTest {

    private final ObjectMapper json = new ObjectMapper();

    @Test
    void readsTheVerdictTheWeightsAndTheStructuredFindings() {
        Finding finding = new Finding("DOMAIN-SCHEMA-THING", "schema-mapped", Severity.MINOR,
                "docs/requirements/schema-org-mapping.md", 4, "entity Zork is mapped to the generic Thing",
                "choose a more specific schema.org type",
                new DecisionChange("schema-org-type:Zork", "Product", "fits"));
        Map<String, Object> variables = new HashMap<>();
        variables.put("gateOutcome",
                Map.of("verdict", "APPROVAL_REQUIRED", "score", 0.8, "threshold", 0.85, "reason", "rounds exhausted"));
        variables.put("gate",
                Map.of("policy", Map.of("threshold", 0.85), "criteria",
                        List.of(Map.of("name", "schema-mapped", "weight", 0.4, "description", "mapped"),
                                Map.of("name", "objectives-clear", "weight", 0.3, "description", "clear"))));
        variables.put("criteriaResults",
                List.of(Map.of("name", "schema-mapped", "score", 0.5, "findings",
                        List.of(json.convertValue(finding, Map.class))),
                        Map.of("name", "objectives-clear", "score", 1, "findings", List.of())));

        Scorecard card = Scorecard.of(variables, json);

        assertThat(card.verdict()).isEqualTo(GateVerdict.APPROVAL_REQUIRED);
        assertThat(card.reason()).isEqualTo("rounds exhausted");
        assertThat(card.belowThreshold()).isTrue();
        assertThat(card.criteria()).extracting(Scorecard.Criterion::name, Scorecard.Criterion::weight)
            .containsExactly(org.assertj.core.groups.Tuple.tuple("schema-mapped", 0.4),
                    org.assertj.core.groups.Tuple.tuple("objectives-clear", 0.3));
        assertThat(card.findings()).containsExactly(finding);
    }

    @Test
    void aScoreAtTheThresholdIsNoWaiverAndPlainStringFindingsAreLeftOut() {
        Map<String, Object> variables = Map.of("gateOutcome",
                Map.of("verdict", "APPROVAL_REQUIRED", "score", 0.85, "threshold", 0.85), "gate",
                Map.of("criteria", List.of()), "criteriaResults",
                List.of(Map.of("name", "schema-mapped", "score", 1, "findings", List.of("an old plain finding"))));

        Scorecard card = Scorecard.of(variables, json);

        assertThat(card.belowThreshold()).isFalse();
        assertThat(card.score()).isEqualByComparingTo(new BigDecimal("0.85"));
        assertThat(card.reason()).isNull();
        assertThat(card.criteria().getFirst().weight()).isZero();
        assertThat(card.findings()).isEmpty();
    }

}
