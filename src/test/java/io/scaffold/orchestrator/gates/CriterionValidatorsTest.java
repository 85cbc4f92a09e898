package io.scaffold.orchestrator.gates;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.context.annotation.AnnotationConfigApplicationContext;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CriterionValidatorsTest {

    /** Every criterion of dmn/gate-policy.dmn, by gate. */
    private static final List<String> POLICY_CRITERIA = List.of(
            "requirements-complete", "schema-mapped", "objectives-clear",
            "c4-diagrams", "decisions-recorded", "nfr-defined", "stack-supported",
            "migrations-apply", "schema-matches-model", "naming-rules", "foreign-keys-indexed",
            "contract-valid", "entities-covered", "problem-details", "pagination",
            "slices-complete", "relationships-mapped", "configuration-externalized",
            "build-green", "tests-pass", "coverage", "acceptance-scenarios",
            "gates-passed", "no-secrets", "dependency-policy", "delivery-complete");

    @TempDir
    Path tmp;

    @Test
    void springWiresOneValidatorPerPolicyCriterion() {
        try (var context = new AnnotationConfigApplicationContext("io.scaffold.orchestrator.gates")) {
            CriterionValidators validators = context.getBean(CriterionValidators.class);

            assertThat(validators.criteria()).containsExactlyInAnyOrderElementsOf(POLICY_CRITERIA);
            CriterionScore score = validators.score("delivery-complete", TestModels.subject(TestModels.GOOD_PROJECT));
            assertThat(score.name()).isEqualTo("delivery-complete");
            assertThat(score.score()).isEqualTo(1.0);
        }
    }

    @Test
    void unknownCriterionIsRefusedWithTheKnownOnes() {
        CriterionValidators validators = new CriterionValidators(List.of(new NfrDefinedValidator(), new GatesPassedValidator()));

        assertThatThrownBy(() -> validators.score("nfr-defnied", TestModels.subject(tmp)))
                .isInstanceOf(CriterionValidators.UnknownCriterionException.class)
                .hasMessageContaining("'nfr-defnied'")
                .hasMessageContaining("known criteria: gates-passed, nfr-defined");
    }

    @Test
    void twoValidatorsForOneCriterionAreAWiringError() {
        assertThatThrownBy(() -> new CriterionValidators(List.of(new NfrDefinedValidator(), new NfrDefinedValidator())))
                .hasMessageContaining("two validators for criterion nfr-defined");
    }

    @Test
    void scoresOutsideZeroToOneAreRejected() {
        assertThatThrownBy(() -> new CriterionScore("x", 1.5, List.of())).hasMessageContaining("within 0..1");
    }

    @Test
    void buildCacheKeyFollowsTheSourcesNotTheBuildOutput() {
        Path project = ProjectFixture.copyOfGoodProject(tmp);
        String before = VerificationBuilds.digest(project);

        ProjectFixture.write(project, "target/surefire-reports/TEST-x.xml", "<testsuite/>");
        assertThat(VerificationBuilds.digest(project)).isEqualTo(before);

        ProjectFixture.replace(project, "README.md", "# Tracker", "# Tracker 2");
        assertThat(VerificationBuilds.digest(project)).isNotEqualTo(before);
    }

    @Test
    void gateSubjectKeepsItsOwnCopyOfTheVerdicts() {
        var verdicts = new java.util.HashMap<>(Map.of("data-design", "PASS"));
        GateSubject subject = new GateSubject("r", tmp, TestModels.tracker(), verdicts);
        verdicts.put("data-design", "REJECT");
        assertThat(subject.earlierGateVerdicts()).containsEntry("data-design", "PASS");
    }
}
