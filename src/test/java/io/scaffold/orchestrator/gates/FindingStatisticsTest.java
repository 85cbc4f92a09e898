package io.scaffold.orchestrator.gates;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The most frequent rule ids per gate across runs, on a real PostgreSQL: counted over
 * every attempt, with the runs affected, ranked, cut at the limit, and only of the asking
 * organisation's runs.
 */
class FindingStatisticsTest {

    private static GateStatisticsDatabase database;

    private static GateEvaluationRepository evaluations;

    @BeforeAll
    static void start() throws Exception {
        database = new GateStatisticsDatabase();
        evaluations = database.evaluations;
        UUID first = database.run("acme");
        UUID second = database.run("acme");
        UUID elsewhere = database.run("globex");
        // acme: DOMAIN-THING twice in the first run (two attempts) and once in the second
        evaluations.insert(evaluation(first, "domain-approval", 1, "DOMAIN-THING", "DOMAIN-NO-USE-CASE"));
        evaluations.insert(evaluation(first, "domain-approval", 2, "DOMAIN-THING"));
        evaluations.insert(evaluation(second, "domain-approval", 1, "DOMAIN-THING", "DOMAIN-SHORT-NAME"));
        evaluations.insert(evaluation(second, "architecture-review", 1, "ARCH-CYCLE", "ARCH-CYCLE"));
        evaluations.insert(evaluation(second, "code-quality", 1));
        // globex: a rule acme never saw
        evaluations.insert(evaluation(elsewhere, "domain-approval", 1, "DOMAIN-SECRET", "DOMAIN-SECRET"));
    }

    @AfterAll
    static void stop() throws Exception {
        database.close();
    }

    @Test
    void theMostFrequentRulesOfEachGateWithTheRunsTheyAffected() {
        var acme = evaluations.frequentRules("acme", 5);

        assertThat(acme.keySet()).containsExactly("architecture-review", "domain-approval");
        assertThat(acme.get("domain-approval")).containsExactly(new RuleFrequency("DOMAIN-THING", 3, 2),
                new RuleFrequency("DOMAIN-NO-USE-CASE", 1, 1), new RuleFrequency("DOMAIN-SHORT-NAME", 1, 1));
        assertThat(acme.get("architecture-review")).containsExactly(new RuleFrequency("ARCH-CYCLE", 2, 1));
        assertThat(evaluations.frequentRules("acme", 1).get("domain-approval")).as("cut at the limit")
            .containsExactly(new RuleFrequency("DOMAIN-THING", 3, 2));
    }

    @Test
    void anOrganisationSeesOnlyItsOwnRunsFindings() {
        assertThat(evaluations.frequentRules("globex", 5).get("domain-approval"))
            .containsExactly(new RuleFrequency("DOMAIN-SECRET", 2, 1));
        assertThat(evaluations.frequentRules("initech", 5)).isEmpty();
        assertThat(evaluations.frequentRules(null, 5).get("domain-approval")).extracting(RuleFrequency::ruleId)
            .containsExactly("DOMAIN-THING", "DOMAIN-SECRET", "DOMAIN-NO-USE-CASE", "DOMAIN-SHORT-NAME");
    }

    private static GateEvaluation evaluation(UUID runId, String gateId, int attempt, String... ruleIds) {
        List<Finding> findings = Arrays.stream(ruleIds)
            .map(rule -> new Finding(rule, "criterion", Severity.MINOR, "docs/file.md", null, "found " + rule, "fix it",
                    null))
            .toList();
        // the findings split over two criteria, and one criterion without any
        List<GateEvaluation.Criterion> criteria = List.of(
                new GateEvaluation.Criterion("first", 0.5, 0.5, findings.subList(0, findings.size() / 2)),
                new GateEvaluation.Criterion("second", 0.3, 0.5,
                        findings.subList(findings.size() / 2, findings.size())),
                new GateEvaluation.Criterion("clean", 0.2, 1.0, List.of()));
        return new GateEvaluation(runId, gateId, attempt, "domain-analysis", new BigDecimal("0.80"),
                new BigDecimal("0.90"), "APPROVAL_REQUIRED", null, criteria, null, "dmn", null, Instant.now(), null);
    }

}
