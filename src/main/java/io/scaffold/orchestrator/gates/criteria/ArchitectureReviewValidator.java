package io.scaffold.orchestrator.gates.criteria;

import io.scaffold.orchestrator.gates.CriterionScore;
import io.scaffold.orchestrator.gates.CriterionValidator;
import io.scaffold.orchestrator.gates.FindingRule;
import io.scaffold.orchestrator.gates.GateSubject;
import io.scaffold.orchestrator.gates.Severity;
import io.scaffold.orchestrator.llm.AgentRole;
import io.scaffold.orchestrator.llm.ModelAgents;
import io.scaffold.orchestrator.llm.Prompts;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * {@code architecture-reviewed}: the architecture reviewer reads the architecture
 * documents (C4 diagrams, ADRs, non-functional requirements) with a language model (see
 * {@link ModelReview} for how its findings count). Without a model it finds nothing.
 */
@Component
class ArchitectureReviewValidator implements CriterionValidator {

    static final String CRITERION = "architecture-reviewed";

    static final String DIR = "docs/architecture";

    static final FindingRule FIT = new FindingRule("REVIEW-ARCH-FIT", CRITERION, Severity.MINOR,
            "the architecture reviewer found a decision whose reasons do not fit the domain's needs");

    static final FindingRule NFR = new FindingRule("REVIEW-ARCH-NFR", CRITERION, Severity.MINOR,
            "the architecture reviewer found a non-functional need of the domain without a target or a decision");

    static final FindingRule CONSISTENCY = new FindingRule("REVIEW-ARCH-CONSISTENCY", CRITERION, Severity.MINOR,
            "the architecture reviewer found diagrams, ADRs and requirements that contradict each other");

    private final ModelReview review;

    ArchitectureReviewValidator(ModelAgents agents) {
        this.review = new ModelReview(agents, AgentRole.ARCHITECTURE_REVIEWER,
                Prompts.load("architecture-reviewer.review"), CRITERION, List.of(FIT, NFR, CONSISTENCY));
    }

    @Override
    public String criterion() {
        return CRITERION;
    }

    @Override
    public CriterionScore score(GateSubject subject) {
        return review.review(subject, ModelReview.files(subject.projectDir(), DIR, ".md"));
    }

}
