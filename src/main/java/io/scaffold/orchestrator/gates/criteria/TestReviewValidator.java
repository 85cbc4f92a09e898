package io.scaffold.orchestrator.gates.criteria;

import io.scaffold.orchestrator.gates.CriterionScore;
import io.scaffold.orchestrator.gates.CriterionValidator;
import io.scaffold.orchestrator.gates.FindingRule;
import io.scaffold.orchestrator.gates.GateSubject;
import io.scaffold.orchestrator.gates.Severity;
import io.scaffold.orchestrator.generation.ProjectLayout;
import io.scaffold.orchestrator.llm.AgentRole;
import io.scaffold.orchestrator.llm.ModelAgents;
import io.scaffold.orchestrator.llm.Prompts;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * {@code tests-reviewed}: the test reviewer reads the generated tests and acceptance
 * scenarios with a language model (see {@link ModelReview} for how its findings count).
 * Without a model it finds nothing.
 */
@Component
class TestReviewValidator implements CriterionValidator {

    static final String CRITERION = "tests-reviewed";

    static final FindingRule GAP = new FindingRule("REVIEW-TEST-GAP", CRITERION, Severity.MINOR,
            "the test reviewer found a use case, rule or relationship that no test exercises");

    static final FindingRule WEAK = new FindingRule("REVIEW-TEST-WEAK", CRITERION, Severity.MINOR,
            "the test reviewer found a test that asserts too little to fail when the behaviour breaks");

    static final FindingRule FRAGILE = new FindingRule("REVIEW-TEST-FRAGILE", CRITERION, Severity.MINOR,
            "the test reviewer found a test that depends on order, time or state shared with other tests");

    private final ModelReview review;

    TestReviewValidator(ModelAgents agents) {
        this.review = new ModelReview(agents, AgentRole.TEST_REVIEWER, Prompts.load("test-reviewer.review"), CRITERION,
                List.of(GAP, WEAK, FRAGILE));
    }

    @Override
    public String criterion() {
        return CRITERION;
    }

    @Override
    public CriterionScore score(GateSubject subject) {
        List<String> files = new ArrayList<>(ModelReview.files(subject.projectDir(), ProjectLayout.TEST_JAVA, ".java"));
        files.addAll(ModelReview.files(subject.projectDir(), ProjectLayout.ACCEPTANCE_DIR, ".feature"));
        return review.review(subject, files);
    }

}
