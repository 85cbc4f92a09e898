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

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * {@code security-present}: an application that is secured (the SECURED decision) or has
 * users (a built-in {@code User} entity) protects its API. Two checks, each worth half: a
 * class under {@code src/main/java} configures Spring Security as an OAuth2 resource
 * server ({@code oauth2ResourceServer}), and a test under {@code src/test/java} expects
 * an anonymous request to be rejected with 401 ({@code isUnauthorized()}). An open
 * application without users has nothing to check and scores 1.
 */
@Component
class SecurityPresentValidator implements CriterionValidator {

    static final String CRITERION = "security-present";

    static final String USER_ENTITY = "User";

    static final FindingRule CONFIGURATION_MISSING = new FindingRule("CODE-SECURITY-CONFIG-MISSING", CRITERION,
            Severity.MAJOR, "a secured application, or one with users, configures an OAuth2 resource server",
            DecisionKind.SECURED);

    static final FindingRule REJECTION_UNTESTED = new FindingRule("CODE-SECURITY-401-UNTESTED", CRITERION,
            Severity.MAJOR, "a test shows that an anonymous request is rejected with 401");

    private static final Pattern RESOURCE_SERVER = Pattern.compile("\\.oauth2ResourceServer\\s*\\(");

    private static final Pattern UNAUTHORIZED = Pattern.compile(
            "isUnauthorized\\s*\\(\\s*\\)|status\\(\\)\\s*\\.\\s*is\\s*\\(\\s*401\\s*\\)|HttpStatus\\.UNAUTHORIZED");

    @Override
    public String criterion() {
        return CRITERION;
    }

    @Override
    public CriterionScore score(GateSubject subject) {
        DomainModel model = subject.model();
        boolean hasUsers = model.entities()
            .stream()
            .anyMatch(e -> e.builtIn() && e.name().original().equals(USER_ENTITY));
        if (!model.secured() && !hasUsers) {
            return CriterionScore.ofChecks(criterion(), 0, 0, List.of());
        }
        String why = model.secured() ? "the application is secured" : "the domain has the built-in User entity";
        Path project = subject.projectDir();
        List<Finding> findings = new ArrayList<>();
        int passed = 0;
        boolean configured = ProjectFiles.walk(project, ProjectLayout.MAIN_JAVA, ".java")
            .stream()
            .anyMatch(file -> RESOURCE_SERVER.matcher(ProjectFiles.readText(file)).find());
        if (configured) {
            passed++;
        }
        else {
            String message = why + " but no class under " + ProjectLayout.MAIN_JAVA
                    + " configures an OAuth2 resource server, so the API is open to anyone";
            String action = "add a SecurityFilterChain bean that calls http.oauth2ResourceServer(server -> server.jwt(...))";
            findings.add(model.secured() ? CONFIGURATION_MISSING.in(ProjectLayout.MAIN_JAVA, message, action)
                    : CONFIGURATION_MISSING.proposing(ProjectLayout.MAIN_JAVA, 0, message,
                            action + ": secure the application",
                            new DecisionChange(DecisionKind.SECURED.idFor(DecisionKind.APPLICATION), "true",
                                    "the domain has users, so its API needs authentication")));
        }
        boolean tested = ProjectFiles.walk(project, ProjectLayout.TEST_JAVA, ".java")
            .stream()
            .anyMatch(file -> UNAUTHORIZED.matcher(ProjectFiles.readText(file)).find());
        if (tested) {
            passed++;
        }
        else {
            findings.add(REJECTION_UNTESTED.in(ProjectLayout.TEST_JAVA,
                    why + " but no test expects an anonymous request to be rejected with 401",
                    "add a test that sends a request without a bearer token and expects status().isUnauthorized()"));
        }
        return CriterionScore.ofChecks(criterion(), passed, 2, findings);
    }

}
