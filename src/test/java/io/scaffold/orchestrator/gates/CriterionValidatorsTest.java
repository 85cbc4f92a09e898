package io.scaffold.orchestrator.gates;

import io.scaffold.orchestrator.llm.DeterministicAgents;

import io.scaffold.orchestrator.contract.GateOutcome;
import io.scaffold.orchestrator.domain.decision.DecisionChange;
import io.scaffold.orchestrator.domain.decision.DecisionKind;
import io.scaffold.orchestrator.gates.probe.VerificationBuilds;
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
    private static final List<String> POLICY_CRITERIA = List.of("requirements-complete", "schema-mapped",
            "objectives-clear", "c4-diagrams", "decisions-recorded", "nfr-defined", "stack-supported",
            "architecture-reviewed", "migrations-apply", "schema-matches-model", "naming-rules", "foreign-keys-indexed",
            "contract-valid", "entities-covered", "problem-details", "pagination", "slices-complete",
            "relationships-mapped", "configuration-externalized", "security-present", "security-reviewed",
            "build-green", "tests-pass", "coverage", "acceptance-scenarios", "contract-conformance", "security-tested",
            "tests-reviewed", "gates-passed", "no-secrets", "dependency-policy", "delivery-complete",
            "manifest-admission");

    @TempDir
    Path tmp;

    /** Every criterion the DMN policy names, read from the deployed model itself. */
    static List<String> policyCriteria() throws Exception {
        var dmn = javax.xml.parsers.DocumentBuilderFactory.newInstance()
            .newDocumentBuilder()
            .parse(java.nio.file.Path.of("dmn/gate-policy.dmn").toFile());
        var entries = dmn.getElementsByTagName("outputEntry");
        List<String> names = new java.util.ArrayList<>();
        for (int i = 0; i < entries.getLength(); i++) {
            var entry = (org.w3c.dom.Element) entries.item(i);
            if (entry.getAttribute("id").startsWith("criterion-") && entry.getAttribute("id").endsWith("-name")) {
                names.add(entry.getTextContent().strip().replace("\"", ""));
            }
        }
        return names;
    }

    @Test
    void springWiresOneValidatorPerPolicyCriterion() throws Exception {
        assertThat(policyCriteria()).containsExactlyInAnyOrderElementsOf(POLICY_CRITERIA);
        try (var context = new AnnotationConfigApplicationContext()) {
            // the validators, their probes and registry, without the gate's persistence
            // and workers
            new org.springframework.context.annotation.ClassPathBeanDefinitionScanner(context)
                .scan("io.scaffold.orchestrator.gates.criteria", "io.scaffold.orchestrator.gates.probe");
            // the model-backed reviewers ask through the port; without a model they find
            // nothing
            context.register(CriterionValidators.class, GatesData.class, DeterministicAgents.class);
            context.refresh();
            CriterionValidators validators = context.getBean(CriterionValidators.class);

            assertThat(validators.criteria()).containsExactlyInAnyOrderElementsOf(policyCriteria());
            CriterionScore score = validators.score("delivery-complete", TestModels.subject(TestModels.GOOD_PROJECT));
            assertThat(score.name()).isEqualTo("delivery-complete");
            assertThat(score.score()).isEqualTo(1.0);
        }
    }

    @Test
    void proposalsThatWouldChangeNothingAreDropped() {
        DecisionChange useful = new DecisionChange("schema-org-type:Book", "Book", "the name says so");
        DecisionChange idle = new DecisionChange("field-required:Book.title", "true", "already required");
        FindingRule rule = new FindingRule("TEST-PROPOSES", "schema-mapped", Severity.MINOR, "test",
                DecisionKind.SCHEMA_ORG_TYPE);
        FindingRule required = new FindingRule("TEST-REQUIRED", "schema-mapped", Severity.MINOR, "test",
                DecisionKind.FIELD_REQUIRED);
        CriterionScore score = new CriterionScore("schema-mapped", 0.5,
                List.of(rule.proposing("a.md", 1, "m", "a", useful), required.proposing("a.md", 2, "m", "a", idle),
                        rule.in("a.md", "plain", "a")));

        CriterionScore kept = score.keepingProposals(useful::equals);

        assertThat(kept.findings()).extracting(Finding::proposedChange).containsExactly(useful, null, null);
        assertThat(kept.findings()).extracting(Finding::location).containsExactly("a.md:1", "a.md:2", "a.md");
        assertThat(kept.score()).isEqualTo(0.5);
    }

    @Test
    void unknownCriterionIsRefusedWithTheKnownOnes() {
        CriterionValidators validators = new CriterionValidators(
                List.of(new Scoring("nfr-defined"), new Scoring("gates-passed")));

        assertThatThrownBy(() -> validators.score("nfr-defnied", TestModels.subject(tmp)))
            .isInstanceOf(CriterionValidators.UnknownCriterionException.class)
            .hasMessageContaining("'nfr-defnied'")
            .hasMessageContaining("known criteria: gates-passed, nfr-defined");
    }

    @Test
    void twoValidatorsForOneCriterionAreAWiringError() {
        assertThatThrownBy(
                () -> new CriterionValidators(List.of(new Scoring("nfr-defined"), new Scoring("nfr-defined"))))
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
        var passed = GateOutcome.of("PASS", null);
        var verdicts = new java.util.HashMap<>(Map.of("data-design", passed));
        GateSubject subject = new GateSubject("r", tmp, TestModels.tracker(), verdicts);
        verdicts.put("data-design", GateOutcome.of("REJECT", null));
        assertThat(subject.earlierGateVerdicts()).containsEntry("data-design", passed);
    }

    /**
     * A validator for one criterion name; the registry tests need names, not scoring
     * logic.
     */
    private record Scoring(String criterion) implements CriterionValidator {
        @Override
        public CriterionScore score(GateSubject subject) {
            return new CriterionScore(criterion, 1.0, List.of());
        }
    }

}
