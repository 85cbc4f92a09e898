package io.scaffold.orchestrator.process;

import static io.scaffold.orchestrator.process.EmbeddedEngine.CLIENT;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.camunda.client.api.response.EvaluateDecisionResponse;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The gate policy and verdict decisions, evaluated by the real engine's DMN runtime. */
class GateDecisionsTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = ';',
            textBlock = """
                    # gateId              ; threshold ; approvers                             ; escalation      ; humanReview ; criteria
                    domain-approval       ; 0.85      ; enterprise-architect,domain-expert    ; process-manager ; true        ; 3
                    architecture-review   ; 0.8       ; enterprise-architect                  ; process-manager ; true        ; 4
                    data-design           ; 0.9       ; data-architect                        ; process-manager ; false       ; 4
                    api-contract          ; 0.9       ; api-architect                         ; process-manager ; false       ; 4
                    implementation-review ; 0.9       ; tech-lead                             ; process-manager ; false       ; 3
                    verification          ; 0.9       ; qa-lead                               ; process-manager ; false       ; 4
                    release-readiness     ; 0.95      ; release-manager,process-manager       ; admin           ; true        ; 4
                    """)
    void gateDefinitionHoldsThePolicyOfEveryGateAndWeightsSummingToOne(String gateId, BigDecimal threshold,
            String approvers, String escalation, boolean humanReview, int criteria) throws Exception {
        JsonNode gate = output(evaluate("gateDefinition", Map.of("gateId", gateId)));

        JsonNode policy = gate.get("policy");
        assertThat(policy.get("threshold").decimalValue()).isEqualByComparingTo(threshold);
        assertThat(policy.get("maxAttempts").asInt()).isEqualTo(3);
        assertThat(strings(policy.get("approverGroups"))).containsExactly(approvers.split(","));
        assertThat(strings(policy.get("escalationGroups"))).containsExactly(escalation);
        assertThat(policy.get("remindAfter").asText()).isEqualTo("PT4H");
        assertThat(policy.get("escalateAfter").asText()).isEqualTo("PT24H");
        assertThat(policy.get("humanReview").asBoolean()).isEqualTo(humanReview);
        assertThat(gate.get("criteria")).hasSize(criteria);
        BigDecimal weights = BigDecimal.ZERO;
        for (JsonNode criterion : gate.get("criteria")) {
            assertThat(criterion.get("description").asText()).isNotBlank();
            weights = weights.add(criterion.get("weight").decimalValue());
        }
        assertThat(weights).isEqualByComparingTo("1");
    }

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource({ "domain-approval, requirements-complete, 0.3", "domain-approval, schema-mapped, 0.4",
            "domain-approval, objectives-clear, 0.3", })
    void domainGateKeepsTheSeedDesignWeights(String gateId, String criterion, BigDecimal weight) throws Exception {
        JsonNode criteria = output(evaluate("gateDefinition", Map.of("gateId", gateId))).get("criteria");

        assertThat(criteria.findValuesAsText("name")).contains(criterion);
        for (JsonNode c : criteria) {
            if (c.get("name").asText().equals(criterion)) {
                assertThat(c.get("weight").decimalValue()).isEqualByComparingTo(weight);
            }
        }
    }

    @Test
    void unknownGateIdFailsWithAMessageSayingWhereToAddIt() {
        EvaluateDecisionResponse response = evaluate("gateDefinition", Map.of("gateId", "security-review"));

        assertThat(response.getFailedDecisionId()).isEqualTo("gateDefinition");
        assertThat(response.getFailureMessage()).contains("no gate policy for gateId security-review")
            .contains("dmn/gate-policy.dmn");
    }

    @ParameterizedTest(name = "{0} {1} score {2} attempt {3} -> {4}")
    @CsvSource({
            // every row of the verdict rule
            "manual,  data-design,     0.95, 1, APPROVAL_REQUIRED",
            "partial, domain-approval, 0.9,  1, APPROVAL_REQUIRED", "partial, data-design,     0.95, 1, PASS",
            "full,    domain-approval, 1.0,  1, PASS", "full,    domain-approval, 0.5,  1, REWORK",
            "partial, domain-approval, 0.5,  2, REWORK", "manual,  data-design,     0.5,  2, REWORK",
            "full,    domain-approval, 0.5,  3, REJECT", "partial, data-design,     0.5,  3, APPROVAL_REQUIRED",
            "manual,  data-design,     0.5,  3, APPROVAL_REQUIRED",
            // boundaries: score equal to the threshold passes, the last attempt is
            // exhausted
            "full,    domain-approval, 0.85, 1, PASS", "full,    domain-approval, 0.84, 1, REWORK",
            "full,    architecture-review, 0.8, 3, PASS", "full,    release-readiness, 0.949, 2, REWORK",
            "full,    release-readiness, 0.949, 3, REJECT", })
    void verdictFollowsTheFirstMatchingRule(String automationLevel, String gateId, BigDecimal score, int attempt,
            String verdict) throws Exception {
        JsonNode gate = output(evaluate("gateDefinition", Map.of("gateId", gateId)));
        var results = new ArrayList<Map<String, Object>>();
        for (JsonNode criterion : gate.get("criteria")) {
            results.add(Map.of("name", criterion.get("name").asText(), "score", score, "findings", List.of()));
        }

        JsonNode outcome = output(evaluate("gateVerdict", verdictInputs(automationLevel, gate, results, attempt)));

        assertThat(outcome.get("verdict").asText()).isEqualTo(verdict);
        assertThat(outcome.get("score").decimalValue()).isEqualByComparingTo(score);
        assertThat(outcome.get("threshold").decimalValue())
            .isEqualByComparingTo(gate.at("/policy/threshold").decimalValue());
    }

    @Test
    void scoreIsTheWeightedSumAndAMissingCriterionCountsZero() throws Exception {
        JsonNode gate = output(evaluate("gateDefinition", Map.of("gateId", "domain-approval")));
        List<Map<String, Object>> results = List.of(
                Map.of("name", "requirements-complete", "score", 1.0, "findings", List.of()),
                Map.of("name", "schema-mapped", "score", 0.5, "findings", List.of("two entities unmapped")));

        JsonNode outcome = output(evaluate("gateVerdict", verdictInputs("full", gate, results, 1)));

        assertThat(outcome.get("score").decimalValue()).isEqualByComparingTo("0.5"); // 0.3*1
                                                                                     // +
                                                                                     // 0.4*0.5
                                                                                     // +
                                                                                     // 0.3*0
        assertThat(outcome.get("verdict").asText()).isEqualTo("REWORK");
    }

    @Test
    void unknownAutomationLevelFailsInsteadOfGuessing() throws Exception {
        JsonNode gate = output(evaluate("gateDefinition", Map.of("gateId", "data-design")));

        EvaluateDecisionResponse response = evaluate("gateVerdict", verdictInputs("auto", gate, List.of(), 1));

        assertThat(response.getFailedDecisionId()).isEqualTo("gateVerdict");
        assertThat(response.getFailureMessage())
            .contains("no verdict for automationLevel auto: use full, partial or manual");
    }

    private static Map<String, Object> verdictInputs(String automationLevel, JsonNode gate,
            List<Map<String, Object>> results, int attempt) {
        var inputs = new HashMap<String, Object>();
        inputs.put("automationLevel", automationLevel);
        inputs.put("gate", JSON.convertValue(gate, Map.class));
        inputs.put("criteriaResults", results);
        inputs.put("attempt", attempt);
        return inputs;
    }

    private static EvaluateDecisionResponse evaluate(String decisionId, Map<String, Object> variables) {
        return CLIENT.newEvaluateDecisionCommand().decisionId(decisionId).variables(variables).send().join();
    }

    private static JsonNode output(EvaluateDecisionResponse response) throws Exception {
        assertThat(response.getFailureMessage()).as("decision failure").isNullOrEmpty();
        return JSON.readTree(response.getDecisionOutput());
    }

    private static List<String> strings(JsonNode array) {
        var values = new ArrayList<String>();
        array.forEach(node -> values.add(node.asText()));
        return values;
    }

}
