package io.scaffold.orchestrator.gates.criteria;

import io.scaffold.orchestrator.domain.DomainModel;
import io.scaffold.orchestrator.domain.decision.DecisionChange;
import io.scaffold.orchestrator.domain.decision.DecisionKind;
import io.scaffold.orchestrator.gates.CriterionScore;
import io.scaffold.orchestrator.gates.CriterionValidator;
import io.scaffold.orchestrator.gates.Finding;
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
 * {@code security-present}: an application that is secured (the SECURED decision) or has
 * users (a built-in {@code User} entity) protects its API: a class under
 * {@code src/main/java} configures Spring Security as an OAuth2 resource server
 * ({@code oauth2ResourceServer}). Scored on the implementation, before the tests exist;
 * that a test shows the anonymous 401 is {@code security-tested}. An open application
 * without users has nothing to check and scores 1; an open one with users is proposed to
 * be secured.
 */
@Component
class SecurityPresentValidator implements CriterionValidator {

    static final String CRITERION = "security-present";

    static final String USER_ENTITY = "User";

    static final FindingRule CONFIGURATION_MISSING = new FindingRule("CODE-SECURITY-CONFIG-MISSING", CRITERION,
            Severity.MAJOR, "a secured application, or one with users, configures an OAuth2 resource server",
            DecisionKind.SECURED);

    private static final Pattern RESOURCE_SERVER = Pattern.compile("\\.oauth2ResourceServer\\s*\\(");

    @Override
    public String criterion() {
        return CRITERION;
    }

    /** Why the application must be protected, or empty when it need not be. */
    static Optional<String> whyProtected(DomainModel model) {
        if (model.secured()) {
            return Optional.of("the application is secured");
        }
        boolean hasUsers = model.entities()
            .stream()
            .anyMatch(e -> e.builtIn() && e.name().original().equals(USER_ENTITY));
        return hasUsers ? Optional.of("the domain has the built-in User entity") : Optional.empty();
    }

    @Override
    public CriterionScore score(GateSubject subject) {
        DomainModel model = subject.model();
        Optional<String> why = whyProtected(model);
        if (why.isEmpty()) {
            return CriterionScore.ofChecks(criterion(), 0, 0, List.of());
        }
        boolean configured = ProjectFiles.walk(subject.projectDir(), ProjectLayout.MAIN_JAVA, ".java")
            .stream()
            .anyMatch(file -> RESOURCE_SERVER.matcher(ProjectFiles.readText(file)).find());
        if (configured) {
            return CriterionScore.ofChecks(criterion(), 1, 1, List.of());
        }
        String message = why.get() + " but no class under " + ProjectLayout.MAIN_JAVA
                + " configures an OAuth2 resource server, so the API is open to anyone";
        String action = "add a SecurityFilterChain bean that calls http.oauth2ResourceServer(server -> server.jwt(...))";
        Finding finding = model.secured() ? CONFIGURATION_MISSING.in(ProjectLayout.MAIN_JAVA, message, action)
                : CONFIGURATION_MISSING.proposing(ProjectLayout.MAIN_JAVA, 0, message,
                        action + ": secure the application",
                        new DecisionChange(DecisionKind.SECURED.idFor(DecisionKind.APPLICATION), "true",
                                "the domain has users, so its API needs authentication"));
        return CriterionScore.ofChecks(criterion(), 0, 1, List.of(finding));
    }

}
