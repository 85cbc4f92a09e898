package io.scaffold.orchestrator.gates.criteria;

import io.scaffold.orchestrator.gates.CriterionScore;
import io.scaffold.orchestrator.gates.Finding;
import io.scaffold.orchestrator.gates.FindingRule;
import io.scaffold.orchestrator.gates.Severity;
import io.scaffold.orchestrator.gates.CriterionValidator;
import io.scaffold.orchestrator.gates.GateSubject;
import io.scaffold.orchestrator.gates.probe.OpenApiContract;
import io.scaffold.orchestrator.gates.probe.ProjectFiles;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * {@code contract-valid}: {@code src/main/resources/openapi.yaml} parses with
 * swagger-parser, declares OpenAPI 3.1 and draws no parser messages. Score: 0 when
 * missing or unparseable; otherwise 1, minus 0.5 when it is not 3.1, minus 0.1 per parser
 * message (each message is a finding).
 */
@Component
class ContractValidValidator implements CriterionValidator {

    static final String CRITERION = "contract-valid";

    static final FindingRule CONTRACT_INVALID = new FindingRule("API-CONTRACT-INVALID", CRITERION, Severity.BLOCKER,
            "the OpenAPI contract exists, parses and draws no parser messages");

    static final FindingRule VERSION = new FindingRule("API-OPENAPI-VERSION", CRITERION, Severity.MAJOR,
            "the contract declares OpenAPI 3.1");

    @Override
    public String criterion() {
        return CRITERION;
    }

    @Override
    public CriterionScore score(GateSubject subject) {
        Optional<OpenApiContract.Parsed> contract = OpenApiContract.parse(subject.projectDir());
        if (contract.isEmpty()) {
            return new CriterionScore(criterion(), 0.0, List.of(OpenApiContract.missing(CONTRACT_INVALID)));
        }
        OpenApiContract.Parsed parsed = contract.get();
        List<Finding> findings = new ArrayList<>();
        for (String message : parsed.messages()) {
            ProjectFiles.Problem problem = parsed.problem(message);
            findings.add(CONTRACT_INVALID.located(problem.location(), problem.message(),
                    "fix the contract where the parser points"));
        }
        if (parsed.api() == null) {
            findings.add(CONTRACT_INVALID.in(OpenApiContract.FILE, "not an OpenAPI document swagger-parser can read",
                    "fix the YAML"));
            return new CriterionScore(criterion(), 0.0, findings);
        }
        double score = 1.0 - 0.1 * parsed.messages().size();
        String version = parsed.api().getOpenapi();
        if (version == null || !version.startsWith("3.1")) {
            findings.add(VERSION.at(OpenApiContract.FILE, 1, "declares openapi " + version,
                    "the contract must be OpenAPI 3.1 (openapi: 3.1.0)"));
            score -= 0.5;
        }
        return new CriterionScore(criterion(), Math.max(0.0, score), findings);
    }

}
