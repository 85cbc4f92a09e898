package io.scaffold.orchestrator.gates.criteria;

import static org.assertj.core.api.Assertions.assertThat;

import io.scaffold.orchestrator.gates.CriterionScore;
import io.scaffold.orchestrator.gates.Finding;
import io.scaffold.orchestrator.gates.Severity;
import io.scaffold.orchestrator.gates.TestModels;
import io.scaffold.orchestrator.llm.AgentRole;
import io.scaffold.orchestrator.llm.DeterministicAgents;
import io.scaffold.orchestrator.llm.ScriptedAnswers;
import org.junit.jupiter.api.Test;

/**
 * The model-backed reviewers on a generated project: a model's issues become findings of
 * the reviewer's declared rules, at the files and lines it was shown; an issue outside
 * them fails the check and the review falls back to finding nothing; without a model
 * nothing is found.
 */
class ModelReviewersTest {

    final ScriptedAnswers model = new ScriptedAnswers();

    @Test
    void theSecurityReviewersIssuesBecomeFindingsOfItsRules() {
        model.reply("security-reviewer.review", """
                {"issues": [{"ruleId": "REVIEW-SEC-CONFIG", "file": "src/main/resources/application.yml", "line": 1,
                             "message": "the actuator exposes every endpoint to anyone",
                             "suggestedAction": "expose only health and info"}]}
                """);

        CriterionScore score = new SecurityReviewValidator(model).score(TestModels.subject(TestModels.GOOD_PROJECT));

        assertThat(score.name()).isEqualTo("security-reviewed");
        assertThat(score.findings()).singleElement().satisfies(f -> {
            assertThat(f.ruleId()).isEqualTo("REVIEW-SEC-CONFIG");
            assertThat(f.criterion()).isEqualTo("security-reviewed");
            assertThat(f.severity()).isEqualTo(Severity.MINOR);
            assertThat(f.location()).isEqualTo("src/main/resources/application.yml:1");
            assertThat(f.message()).contains("every endpoint", "security-reviewer", "scripted scripted-model");
            assertThat(f.proposedChange()).isNull();
        });
        assertThat(score.score()).isLessThan(1.0);
        assertThat(model.asked()).singleElement().satisfies(q -> {
            assertThat(q.agent()).isEqualTo(AgentRole.SECURITY_REVIEWER);
            assertThat(q.input()).contains("src/main/resources/application.yml", "REVIEW-SEC-INPUT");
        });
    }

    @Test
    void anIssueAboutAFileItWasNotShownFallsBackToNoFindings() {
        model.reply("architecture-reviewer.review", """
                {"issues": [{"ruleId": "REVIEW-ARCH-FIT", "file": "docs/architecture/invented.md", "line": 0,
                             "message": "made up", "suggestedAction": "none"}]}
                """);

        CriterionScore score = new ArchitectureReviewValidator(model)
            .score(TestModels.subject(TestModels.GOOD_PROJECT));

        assertThat(score.findings()).isEmpty();
        assertThat(score.score()).isEqualTo(1.0);
        assertThat(model.asked()).singleElement()
            .satisfies(q -> assertThat(q.input()).contains("docs/architecture/c4-context.md"));
    }

    @Test
    void anUnknownRuleFallsBackToNoFindings() {
        model.reply("security-reviewer.review", """
                {"issues": [{"ruleId": "REVIEW-SEC-EVERYTHING", "file": "src/main/resources/application.yml",
                             "line": 1, "message": "bad", "suggestedAction": "fix"}]}
                """);

        assertThat(new SecurityReviewValidator(model).score(TestModels.subject(TestModels.GOOD_PROJECT)).findings())
            .isEmpty();
    }

    @Test
    void withoutAModelTheReviewersFindNothing() {
        var none = new DeterministicAgents();
        var subject = TestModels.subject(TestModels.GOOD_PROJECT);

        assertThat(new SecurityReviewValidator(none).score(subject).findings()).isEmpty();
        assertThat(new ArchitectureReviewValidator(none).score(subject).findings()).isEmpty();
        CriterionScore tests = new TestReviewValidator(none).score(subject);
        assertThat(tests.findings()).extracting(Finding::ruleId).isEmpty();
        assertThat(tests.score()).isEqualTo(1.0);
    }

}
