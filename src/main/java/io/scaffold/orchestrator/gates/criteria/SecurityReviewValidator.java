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
 * {@code security-reviewed}: the security reviewer reads the generated application code
 * and configuration with a language model (see {@link ModelReview} for how its findings
 * count). Without a model it finds nothing.
 */
@Component
class SecurityReviewValidator implements CriterionValidator {

    static final String CRITERION = "security-reviewed";

    static final FindingRule INPUT = new FindingRule("REVIEW-SEC-INPUT", CRITERION, Severity.MAJOR,
            "the security reviewer found input reaching a query, a file path, a log or a response unchecked");

    static final FindingRule ACCESS = new FindingRule("REVIEW-SEC-ACCESS", CRITERION, Severity.MAJOR,
            "the security reviewer found data or operations open to callers the domain would not allow");

    static final FindingRule EXPOSURE = new FindingRule("REVIEW-SEC-EXPOSURE", CRITERION, Severity.MINOR,
            "the security reviewer found sensitive data exposed in responses, logs or error messages");

    static final FindingRule CONFIG = new FindingRule("REVIEW-SEC-CONFIG", CRITERION, Severity.MINOR,
            "the security reviewer found an insecure default in the configuration");

    private final ModelReview review;

    SecurityReviewValidator(ModelAgents agents) {
        this.review = new ModelReview(agents, AgentRole.SECURITY_REVIEWER, Prompts.load("security-reviewer.review"),
                CRITERION, List.of(INPUT, ACCESS, EXPOSURE, CONFIG));
    }

    @Override
    public String criterion() {
        return CRITERION;
    }

    @Override
    public CriterionScore score(GateSubject subject) {
        List<String> files = new ArrayList<>(ModelReview.files(subject.projectDir(), ProjectLayout.MAIN_JAVA, ".java"));
        files.add(ProjectLayout.APPLICATION_CONFIG);
        return review.review(subject, files);
    }

}
