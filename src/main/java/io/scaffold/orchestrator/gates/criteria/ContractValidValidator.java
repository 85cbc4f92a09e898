package io.scaffold.orchestrator.gates.criteria;

import io.scaffold.orchestrator.gates.CriterionScore;
import io.scaffold.orchestrator.gates.CriterionValidator;
import io.scaffold.orchestrator.gates.GateSubject;
import io.scaffold.orchestrator.gates.probe.OpenApiContract;
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

    @Override
    public String criterion() {
        return "contract-valid";
    }

    @Override
    public CriterionScore score(GateSubject subject) {
        Optional<OpenApiContract.Parsed> contract = OpenApiContract.parse(subject.projectDir());
        if (contract.isEmpty()) {
            return new CriterionScore(criterion(), 0.0, List.of(OpenApiContract.missingFinding()));
        }
        OpenApiContract.Parsed parsed = contract.get();
        List<String> findings = new ArrayList<>();
        for (String message : parsed.messages()) {
            findings.add(parsed.finding(message));
        }
        if (parsed.api() == null) {
            findings.add(OpenApiContract.FILE + ": not an OpenAPI document swagger-parser can read; fix the YAML");
            return new CriterionScore(criterion(), 0.0, findings);
        }
        double score = 1.0 - 0.1 * parsed.messages().size();
        String version = parsed.api().getOpenapi();
        if (version == null || !version.startsWith("3.1")) {
            findings.add(OpenApiContract.FILE + ":1: declares openapi " + version
                    + "; the contract must be OpenAPI 3.1 (openapi: 3.1.0)");
            score -= 0.5;
        }
        return new CriterionScore(criterion(), Math.max(0.0, score), findings);
    }

}
