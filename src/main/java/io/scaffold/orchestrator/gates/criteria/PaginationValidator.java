package io.scaffold.orchestrator.gates.criteria;

import io.scaffold.orchestrator.gates.CriterionScore;
import io.scaffold.orchestrator.gates.Finding;
import io.scaffold.orchestrator.gates.FindingRule;
import io.scaffold.orchestrator.gates.Severity;
import io.scaffold.orchestrator.gates.CriterionValidator;
import io.scaffold.orchestrator.gates.GateSubject;
import io.scaffold.orchestrator.gates.probe.OpenApiContract;
import io.scaffold.orchestrator.domain.Entity;
import io.scaffold.orchestrator.domain.EntityOptions;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.oas.models.responses.ApiResponse;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * {@code pagination}: for every entity the model asks to paginate, the list operation
 * ({@code GET} on its collection path) takes the query parameters {@code page},
 * {@code size} and {@code sort} and answers 200 with a page object (an object with an
 * array property for the content), not a bare array. Four checks per paginated entity; a
 * model without paginated entities scores 1.
 */
@Component
class PaginationValidator implements CriterionValidator {

    private static final List<String> PARAMETERS = List.of("page", "size", "sort");

    static final String CRITERION = "pagination";

    static final FindingRule CONTRACT_UNAVAILABLE = new FindingRule("API-PAGINATION-NO-CONTRACT", CRITERION,
            Severity.MAJOR, "the contract the list operations are looked up in exists and parses");

    static final FindingRule NOT_PAGINATED = new FindingRule("API-PAGINATION", CRITERION, Severity.MAJOR,
            "the list operation of a paginated entity takes page, size and sort and answers a page object");

    @Override
    public String criterion() {
        return CRITERION;
    }

    @Override
    public CriterionScore score(GateSubject subject) {
        List<Entity> paginated = subject.model()
            .entities()
            .stream()
            .filter(e -> e.options().pagination() != EntityOptions.Pagination.NONE && !e.builtIn())
            .toList();
        if (paginated.isEmpty()) {
            return new CriterionScore(criterion(), 1.0, List.of());
        }
        return OpenApiContract.score(subject.projectDir(), CONTRACT_UNAVAILABLE, parsed -> {
            List<Finding> findings = new ArrayList<>();
            int passed = 0;
            for (Entity entity : paginated) {
                String segment = "/" + entity.name().pathSegment();
                Optional<Map.Entry<String, Operation>> list = parsed.paths()
                    .entrySet()
                    .stream()
                    .filter(p -> p.getKey().endsWith(segment) && p.getValue().getGet() != null)
                    .map(p -> Map.entry(p.getKey(), p.getValue().getGet()))
                    .findFirst();
                if (list.isEmpty()) {
                    findings.add(NOT_PAGINATED.in(OpenApiContract.FILE,
                            "paginated entity " + entity.name().original() + " has no list operation GET …" + segment,
                            "add the list operation with page, size and sort"));
                    continue;
                }
                String where = parsed.locatePath(list.get().getKey());
                String operation = "GET " + list.get().getKey() + " (" + entity.name().original() + " is paginated)";
                Operation op = list.get().getValue();
                Set<String> queryParameters = op.getParameters() == null ? Set.of()
                        : op.getParameters()
                            .stream()
                            .filter(p -> "query".equals(p.getIn()))
                            .map(Parameter::getName)
                            .collect(Collectors.toSet());
                for (String name : PARAMETERS) {
                    if (queryParameters.contains(name)) {
                        passed++;
                    }
                    else {
                        findings.add(NOT_PAGINATED.located(where, operation + " has no query parameter " + name,
                                "add the query parameter " + name));
                    }
                }
                if (returnsPage(op)) {
                    passed++;
                }
                else {
                    findings.add(NOT_PAGINATED.located(where, operation + " answers no page object",
                            "answer 200 with a page object (content array plus page metadata), not a bare array"));
                }
            }
            return CriterionScore.ofChecks(criterion(), passed, paginated.size() * (PARAMETERS.size() + 1), findings);

        });
    }

    private static boolean returnsPage(Operation op) {
        ApiResponse ok = op.getResponses() == null ? null : op.getResponses().get("200");
        if (ok == null || ok.getContent() == null) {
            return false;
        }
        MediaType json = ok.getContent().get("application/json");
        Schema<?> schema = json == null ? null : json.getSchema();
        if (schema == null || schema.getProperties() == null) {
            return false;
        }
        return schema.getProperties().values().stream().anyMatch(PaginationValidator::isArray);
    }

    private static boolean isArray(Schema<?> schema) {
        return "array".equals(schema.getType()) || (schema.getTypes() != null && schema.getTypes().contains("array"));
    }

}
