package io.scaffold.orchestrator.gates.criteria;

import io.scaffold.orchestrator.gates.CriterionScore;
import io.scaffold.orchestrator.gates.CriterionValidator;
import io.scaffold.orchestrator.gates.FindingRule;
import io.scaffold.orchestrator.gates.GateSubject;
import io.scaffold.orchestrator.gates.Severity;
import io.scaffold.orchestrator.gates.probe.ProjectFiles;
import io.scaffold.orchestrator.generation.ProjectLayout;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * {@code security-tested}: where {@code security-present} requires a protected API (a
 * secured application, or one with users), a test under {@code src/test/java} expects an
 * anonymous request to be rejected with 401 ({@code isUnauthorized()}, {@code is(401)} or
 * {@code HttpStatus.UNAUTHORIZED}); that it passes is {@code tests-pass}. Scored on the
 * verification phase, when the tests exist. Otherwise nothing to check: 1.
 */
@Component
class SecurityTestedValidator implements CriterionValidator {

    static final String CRITERION = "security-tested";

    static final FindingRule REJECTION_UNTESTED = new FindingRule("TEST-SECURITY-401-MISSING", CRITERION,
            Severity.MAJOR, "a test shows that an anonymous request is rejected with 401");

    private static final Pattern UNAUTHORIZED = Pattern.compile(
            "isUnauthorized\\s*\\(\\s*\\)|status\\(\\)\\s*\\.\\s*is\\s*\\(\\s*401\\s*\\)|HttpStatus\\.UNAUTHORIZED");

    @Override
    public String criterion() {
        return CRITERION;
    }

    @Override
    public CriterionScore score(GateSubject subject) {
        Optional<String> why = SecurityPresentValidator.whyProtected(subject.model());
        if (why.isEmpty()) {
            return CriterionScore.ofChecks(criterion(), 0, 0, List.of());
        }
        boolean tested = ProjectFiles.walk(subject.projectDir(), ProjectLayout.TEST_JAVA, ".java")
            .stream()
            .anyMatch(file -> UNAUTHORIZED.matcher(ProjectFiles.readText(file)).find());
        if (tested) {
            return CriterionScore.ofChecks(criterion(), 1, 1, List.of());
        }
        return CriterionScore.ofChecks(criterion(), 0, 1, List.of(REJECTION_UNTESTED.in(ProjectLayout.TEST_JAVA,
                why.get() + " but no test expects an anonymous request to be rejected with 401",
                "add a test that sends a request without a bearer token and expects status().isUnauthorized()")));
    }

}
