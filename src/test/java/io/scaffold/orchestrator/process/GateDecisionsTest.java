package io.scaffold.orchestrator.process;

import static io.scaffold.orchestrator.process.EmbeddedEngine.CLIENT;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.camunda.client.api.response.EvaluateDecisionResponse;
import java.math.BigDecimal;
import java.util.ArrayList;
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
                    architecture-review   ; 0.8       ; enterprise-architect                  ; process-manager ; true        ; 5
                    data-design           ; 0.9       ; data-architect                        ; process-manager ; false       ; 4
                    api-contract          ; 0.9       ; api-architect                         ; process-manager ; false       ; 4
                    implementation-review ; 0.9       ; tech-lead                             ; process-manager ; false       ; 5
                    verification          ; 0.9       ; qa-lead                               ; process-manager ; false       ; 7
                    release-readiness     ; 0.95      ; release-manager,process-manager       ; admin           ; true        ; 5
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

    @ParameterizedTest(name = "{0} {1} objective {2} judgement {3} attempt {4} proposals {5} concern {6} -> {7}")
    @CsvSource(delimiter = ';',
            textBlock = """
                    # every row of the verdict rule
                    manual  ; data-design         ; 0.95 ; 0.95 ; 1 ; 0 ; false ; APPROVAL_REQUIRED ; manual automation
                    partial ; domain-approval     ; 0.9  ; 0.9  ; 1 ; 0 ; false ; APPROVAL_REQUIRED ; asks for a person's review
                    partial ; data-design         ; 1.0  ; 1.0  ; 1 ; 0 ; true  ; CONCERNS          ; passes with 1 finding(s)
                    full    ; domain-approval     ; 1.0  ; 1.0  ; 1 ; 0 ; false ; PASS              ; meets the threshold
                    full    ; domain-approval     ; 0.5  ; 0.5  ; 1 ; 1 ; false ; REWORK            ; 1 proposed decision change(s) to apply
                    full    ; domain-approval     ; 0.5  ; 0.5  ; 1 ; 0 ; true  ; CONCERNS          ; only on judgement criteria
                    full    ; data-design         ; 0.5  ; 1.0  ; 1 ; 0 ; false ; REJECT            ; rework cannot change the output
                    full    ; data-design         ; 0.5  ; 1.0  ; 3 ; 1 ; false ; REJECT            ; no scoring rounds left
                    partial ; domain-approval     ; 0.5  ; 0.5  ; 1 ; 2 ; false ; APPROVAL_REQUIRED ; 2 proposed decision change(s) to confirm
                    manual  ; data-design         ; 0.5  ; 0.5  ; 2 ; 0 ; false ; APPROVAL_REQUIRED ; a person decides
                    # judgement criteria never reject on their own, however low
                    full    ; architecture-review ; 1.0  ; 0.0  ; 3 ; 0 ; false ; PASS              ; meets the threshold
                    full    ; data-design         ; 1.0  ; 0.0  ; 3 ; 0 ; false ; CONCERNS          ; only on judgement criteria
                    # proposals do not rescue a failing objective part once the rounds are spent
                    full    ; release-readiness   ; 0.949 ; 0.949 ; 2 ; 1 ; false ; REWORK        ; to apply
                    full    ; release-readiness   ; 0.949 ; 0.949 ; 3 ; 1 ; false ; REJECT        ; no scoring rounds left
                    # boundary: a score equal to the threshold passes
                    full    ; domain-approval     ; 0.85 ; 0.85 ; 1 ; 0 ; false ; PASS              ; meets the threshold
                    full    ; domain-approval     ; 0.84 ; 0.84 ; 1 ; 1 ; false ; REWORK            ; to apply
                    """)
    void verdictFollowsTheFirstMatchingRule(String automationLevel, String gateId, BigDecimal objective,
            BigDecimal judgement, int attempt, int proposals, boolean concern, String verdict, String reason)
            throws Exception {
        JsonNode gate = output(evaluate("gateDefinition", Map.of("gateId", gateId)));
        var results = new ArrayList<Map<String, Object>>();
        for (JsonNode criterion : gate.get("criteria")) {
            String name = criterion.get("name").asText();
            boolean isJudgement = criterion.get("judgement").asBoolean();
            var findings = new ArrayList<Map<String, Object>>();
            if (results.isEmpty()) {
                for (int i = 0; i < proposals; i++) {
                    findings.add(finding(name, "MINOR", Map.of("decisionId", "schema-org-type:Book" + i, "value",
                            "Book", "reason", "the name says so")));
                }
                if (concern) {
                    findings.add(finding(name, "MINOR", null));
                }
                findings.add(finding(name, "INFO", null));
            }
            results.add(Map.of("name", name, "score", isJudgement ? judgement : objective, "findings", findings));
        }

        JsonNode outcome = output(evaluate("gateVerdict", verdictInputs(automationLevel, gate, results, attempt)));

        assertThat(outcome.get("verdict").asText()).isEqualTo(verdict);
        assertThat(outcome.get("reason").asText()).contains(reason);
        assertThat(outcome.get("threshold").decimalValue())
            .isEqualByComparingTo(gate.at("/policy/threshold").decimalValue());
    }

    @Test
    void judgementCriteriaAreTheOnesOnlyAPersonCanSettle() throws Exception {
        var judgement = new ArrayList<String>();
        for (String gateId : List.of("domain-approval", "architecture-review", "data-design", "api-contract",
                "implementation-review", "verification", "release-readiness")) {
            for (JsonNode c : output(evaluate("gateDefinition", Map.of("gateId", gateId))).get("criteria")) {
                assertThat(c.get("judgement").isBoolean()).as(c.get("name").asText()).isTrue();
                if (c.get("judgement").asBoolean()) {
                    judgement.add(c.get("name").asText());
                }
            }
        }
        assertThat(judgement).containsExactlyInAnyOrder("requirements-complete", "schema-mapped", "objectives-clear",
                "nfr-defined", "naming-rules", "architecture-reviewed", "security-reviewed", "tests-reviewed");
    }

    /**
     * A model-backed reviewer scores with weight 0: however it judges, the gate's score
     * is the other criteria's, and its findings make a passing gate CONCERNS in full
     * automation, never REWORK or REJECT.
     */
    @ParameterizedTest
    @CsvSource(delimiter = ';', textBlock = """
            architecture-review   ; architecture-reviewed
            implementation-review ; security-reviewed
            verification          ; tests-reviewed
            """)
    void aReviewerAloneNeverFailsAGate(String gateId, String reviewer) throws Exception {
        JsonNode gate = output(evaluate("gateDefinition", Map.of("gateId", gateId)));
        var results = new ArrayList<Map<String, Object>>();
        for (JsonNode criterion : gate.get("criteria")) {
            String name = criterion.get("name").asText();
            boolean isReviewer = name.equals(reviewer);
            results.add(Map.of("name", name, "score", isReviewer ? BigDecimal.ZERO : BigDecimal.ONE, "findings",
                    isReviewer ? List.of(finding(name, "MAJOR", null)) : List.of()));
        }
        assertThat(results).extracting(r -> r.get("name")).contains(reviewer);

        JsonNode outcome = output(evaluate("gateVerdict", verdictInputs("full", gate, results, 1)));

        assertThat(outcome.get("verdict").asText()).isEqualTo("CONCERNS");
        assertThat(outcome.get("score").decimalValue()).isEqualByComparingTo("1");
    }

    /** A finding in the contract's shape, with the keys a null leaves empty present. */
    private static Map<String, Object> finding(String criterion, String severity, Map<String, Object> proposed) {
        var finding = new HashMap<String, Object>();
        finding.put("ruleId", "TEST-RULE");
        finding.put("criterion", criterion);
        finding.put("severity", severity);
        finding.put("file", null);
        finding.put("line", null);
        finding.put("message", "a finding");
        finding.put("suggestedAction", "fix it");
        finding.put("proposedChange", proposed);
        return finding;
    }

    @Test
    void scoreIsTheWeightedSumAndAMissingCriterionCountsZero() throws Exception {
        JsonNode gate = output(evaluate("gateDefinition", Map.of("gateId", "domain-approval")));
        List<Map<String, Object>> results = List.of(
                Map.of("name", "requirements-complete", "score", 1.0, "findings", List.of()),
                Map.of("name", "schema-mapped", "score", 0.5, "findings", List.of(finding("schema-mapped", "MAJOR", Map
                    .of("decisionId", "schema-org-type:Book", "value", "Book", "reason", "two entities unmapped")))));

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
