package io.scaffold.orchestrator.gates.criteria;

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
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code contract-conformance}: the generated tests hold the running API to its contract.
 * A test class checks exchanges against {@code openapi.yaml} (a MockMvc
 * {@code ResultHandler} that reads the contract), and the tests' MockMvc runs it after
 * every exchange ({@code alwaysDo(new …())}); that the tests then pass is
 * {@code tests-pass}. Score: the share of the two checks met.
 */
@Component
class ContractConformanceValidator implements CriterionValidator {

    static final String CRITERION = "contract-conformance";

    static final FindingRule NO_CONTRACT_CHECK = new FindingRule("TEST-CONTRACT-CHECK-MISSING", CRITERION,
            Severity.MAJOR, "a test class checks the API's requests and responses against openapi.yaml");

    static final FindingRule CONTRACT_CHECK_UNUSED = new FindingRule("TEST-CONTRACT-CHECK-UNUSED", CRITERION,
            Severity.MAJOR, "the tests' MockMvc runs the contract check after every exchange");

    private static final Pattern RESULT_HANDLER = Pattern
        .compile("class\\s+(\\w+)\\s+implements\\s+(?:[\\w.]+\\.)?ResultHandler\\b");

    @Override
    public String criterion() {
        return CRITERION;
    }

    @Override
    public CriterionScore score(GateSubject subject) {
        Path project = subject.projectDir();
        List<Path> tests = ProjectFiles.walk(project, ProjectLayout.TEST_JAVA, ".java");
        Optional<String> checker = tests.stream()
            .map(ProjectFiles::readText)
            .filter(text -> text.contains("openapi.yaml"))
            .map(RESULT_HANDLER::matcher)
            .filter(Matcher::find)
            .map(m -> m.group(1))
            .findFirst();
        List<Finding> findings = new ArrayList<>();
        if (checker.isEmpty()) {
            findings.add(NO_CONTRACT_CHECK.in(ProjectLayout.TEST_JAVA,
                    "no test class checks exchanges against openapi.yaml, so the API can leave its contract unnoticed",
                    "generate a MockMvc ResultHandler that validates each request and response against openapi.yaml"));
            return CriterionScore.ofChecks(criterion(), 0, 2, findings);
        }
        String registration = "alwaysDo(new " + checker.get() + "())";
        boolean registered = tests.stream().map(ProjectFiles::readText).anyMatch(text -> text.contains(registration));
        if (!registered) {
            findings.add(CONTRACT_CHECK_UNUSED.in(ProjectLayout.TEST_JAVA,
                    checker.get() + " checks exchanges against openapi.yaml but no test's MockMvc runs it",
                    "register it for every exchange: a MockMvcBuilderCustomizer with builder." + registration));
        }
        return CriterionScore.ofChecks(criterion(), registered ? 2 : 1, 2, findings);
    }

}
