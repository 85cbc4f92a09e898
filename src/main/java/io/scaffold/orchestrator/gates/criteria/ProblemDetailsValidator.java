package io.scaffold.orchestrator.gates.criteria;

import io.scaffold.orchestrator.gates.CriterionScore;
import io.scaffold.orchestrator.gates.Finding;
import io.scaffold.orchestrator.gates.FindingRule;
import io.scaffold.orchestrator.gates.Severity;
import io.scaffold.orchestrator.gates.CriterionValidator;
import io.scaffold.orchestrator.gates.GateSubject;
import io.scaffold.orchestrator.gates.probe.OpenApiContract;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.responses.ApiResponse;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * {@code problem-details}: every operation a client can get wrong (it takes parameters or
 * a body) declares at least one 4xx response, and every 4xx response any operation
 * declares is {@code application/problem+json} (RFC 9457). Score: the share of operations
 * that comply.
 */
@Component
class ProblemDetailsValidator implements CriterionValidator {

    static final String PROBLEM_JSON = "application/problem+json";

    static final String CRITERION = "problem-details";

    static final FindingRule CONTRACT_UNAVAILABLE = new FindingRule("API-PROBLEM-NO-CONTRACT", CRITERION,
            Severity.MAJOR, "the contract whose error responses are checked exists, parses and declares operations");

    static final FindingRule NO_CLIENT_ERROR = new FindingRule("API-NO-4XX", CRITERION, Severity.MAJOR,
            "every operation that takes input declares a 4xx response");

    static final FindingRule NOT_PROBLEM_JSON = new FindingRule("API-PROBLEM-DETAILS", CRITERION, Severity.MAJOR,
            "every 4xx response is application/problem+json");

    @Override
    public String criterion() {
        return CRITERION;
    }

    @Override
    public CriterionScore score(GateSubject subject) {
        return OpenApiContract.score(subject.projectDir(), CONTRACT_UNAVAILABLE, parsed -> {
            List<Finding> findings = new ArrayList<>();
            int operations = 0;
            int compliant = 0;
            for (Map.Entry<String, PathItem> path : parsed.paths().entrySet()) {
                for (Map.Entry<String, Operation> op : OpenApiContract.operations(path.getValue()).entrySet()) {
                    operations++;
                    String where = parsed.locatePath(path.getKey());
                    String operation = op.getKey() + " " + path.getKey();
                    Map<String, ApiResponse> responses = op.getValue().getResponses() == null ? Map.of()
                            : op.getValue().getResponses();
                    List<String> clientErrors = responses.keySet()
                        .stream()
                        .filter(code -> code.startsWith("4"))
                        .sorted()
                        .toList();
                    if (clientErrors.isEmpty() && takesInput(path.getValue(), op.getValue())) {
                        findings.add(NO_CLIENT_ERROR.located(where, operation + " declares no 4xx response",
                                "add e.g. 400 or 404 as " + PROBLEM_JSON));
                        continue;
                    }
                    List<String> wrong = clientErrors.stream().filter(code -> {
                        ApiResponse response = responses.get(code);
                        return response.getContent() == null || !response.getContent().containsKey(PROBLEM_JSON);
                    }).toList();
                    if (wrong.isEmpty()) {
                        compliant++;
                    }
                    else {
                        findings.add(NOT_PROBLEM_JSON.located(where,
                                operation + " response " + String.join(", ", wrong) + " is not " + PROBLEM_JSON,
                                "declare the content as " + PROBLEM_JSON + " with a ProblemDetail schema"));
                    }
                }
            }
            if (operations == 0) {
                findings.add(CONTRACT_UNAVAILABLE.in(OpenApiContract.FILE, "declares no operations",
                        "the api-design agent must declare the entities' operations"));
                return new CriterionScore(criterion(), 0.0, findings);
            }
            return CriterionScore.ofChecks(criterion(), compliant, operations, findings);

        });
    }

    private static boolean takesInput(PathItem path, Operation operation) {
        return operation.getRequestBody() != null
                || (operation.getParameters() != null && !operation.getParameters().isEmpty())
                || (path.getParameters() != null && !path.getParameters().isEmpty());
    }

}
