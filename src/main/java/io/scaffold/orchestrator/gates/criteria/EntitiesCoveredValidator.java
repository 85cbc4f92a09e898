package io.scaffold.orchestrator.gates.criteria;

import io.scaffold.orchestrator.gates.CriterionScore;
import io.scaffold.orchestrator.gates.Finding;
import io.scaffold.orchestrator.gates.FindingRule;
import io.scaffold.orchestrator.gates.Severity;
import io.scaffold.orchestrator.gates.CriterionValidator;
import io.scaffold.orchestrator.gates.GateSubject;
import io.scaffold.orchestrator.gates.probe.OpenApiContract;
import io.scaffold.orchestrator.domain.Entity;
import io.swagger.v3.oas.models.PathItem;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * {@code entities-covered}: every entity of the model (built-in ones aside) has a
 * collection path ending in its path segment (e.g. {@code /api/tickets}) with GET (list)
 * and POST (create), and an item path below it ({@code /api/tickets/{id}}) with GET, PUT
 * or PATCH, and DELETE; read-only entities need only the two GETs. Score: the share of
 * required operations present.
 */
@Component
class EntitiesCoveredValidator implements CriterionValidator {

    static final String CRITERION = "entities-covered";

    static final FindingRule CONTRACT_UNAVAILABLE = new FindingRule("API-ENTITIES-NO-CONTRACT", CRITERION,
            Severity.MAJOR, "the contract the entity operations are looked up in exists and parses");

    static final FindingRule OPERATION_MISSING = new FindingRule("API-OPERATION-MISSING", CRITERION, Severity.MAJOR,
            "every entity has its collection and item paths with the CRUD operations (GET only when read-only)");

    @Override
    public String criterion() {
        return CRITERION;
    }

    @Override
    public CriterionScore score(GateSubject subject) {
        return OpenApiContract.score(subject.projectDir(), CONTRACT_UNAVAILABLE, parsed -> {
            List<Finding> findings = new ArrayList<>();
            int present = 0;
            int required = 0;
            for (Entity entity : subject.model().entities()) {
                if (entity.builtIn()) {
                    continue;
                }
                boolean readOnly = entity.options().readOnly();
                List<List<String>> collectionOps = readOnly ? List.of(List.of("GET"))
                        : List.of(List.of("GET"), List.of("POST"));
                List<List<String>> itemOps = readOnly ? List.of(List.of("GET"))
                        : List.of(List.of("GET"), List.of("PUT", "PATCH"), List.of("DELETE"));
                String segment = "/" + entity.name().pathSegment();
                Optional<String> collection = parsed.paths()
                    .keySet()
                    .stream()
                    .filter(p -> p.endsWith(segment))
                    .findFirst();
                Optional<String> item = collection.flatMap(c -> parsed.paths()
                    .keySet()
                    .stream()
                    .filter(p -> p.matches(java.util.regex.Pattern.quote(c) + "/\\{[^/}]+}"))
                    .findFirst());
                required += collectionOps.size() + itemOps.size();
                present += covered(parsed, entity, collection, "collection path …" + segment, collectionOps, findings);
                present += covered(parsed, entity, item, "item path …" + segment + "/{id}", itemOps, findings);
            }
            return CriterionScore.ofChecks(criterion(), present, required, findings);
        });
    }

    private static int covered(OpenApiContract.Parsed parsed, Entity entity, Optional<String> path, String what,
            List<List<String>> operations, List<Finding> findings) {
        String methods = String.join(", ",
                operations.stream().map(alternatives -> String.join(" or ", alternatives)).toList());
        if (path.isEmpty()) {
            findings.add(OPERATION_MISSING.in(OpenApiContract.FILE,
                    "entity " + entity.name().original() + " has no " + what, "add it with " + methods));
            return 0;
        }
        PathItem item = parsed.paths().get(path.get());
        Map<String, ?> declared = OpenApiContract.operations(item);
        int count = 0;
        for (List<String> alternatives : operations) {
            if (alternatives.stream().anyMatch(declared::containsKey)) {
                count++;
            }
            else {
                findings.add(OPERATION_MISSING.located(parsed.locatePath(path.get()), path.get() + " has no "
                        + String.join(" or ", alternatives) + " operation for entity " + entity.name().original(),
                        "add it"));
            }
        }
        return count;
    }

}
