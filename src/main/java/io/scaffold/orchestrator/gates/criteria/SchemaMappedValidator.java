package io.scaffold.orchestrator.gates.criteria;

import io.scaffold.orchestrator.generation.ProjectLayout;
import io.scaffold.orchestrator.gates.CriterionScore;
import io.scaffold.orchestrator.gates.Finding;
import io.scaffold.orchestrator.gates.FindingRule;
import io.scaffold.orchestrator.gates.Severity;
import io.scaffold.orchestrator.gates.CriterionValidator;
import io.scaffold.orchestrator.gates.GateSubject;
import io.scaffold.orchestrator.gates.probe.ProjectFiles;
import io.scaffold.orchestrator.domain.Entity;
import io.scaffold.orchestrator.domain.SchemaOrgVocabulary;
import io.scaffold.orchestrator.domain.decision.DecisionChange;
import io.scaffold.orchestrator.domain.decision.DecisionKind;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code schema-mapped}: {@code docs/requirements/schema-org-mapping.md} maps every
 * (non-built-in) entity to a schema.org type, in a table row that starts with the entity
 * and names the type as a link ({@code https://schema.org/Person}), a prefixed name
 * ({@code schema:Person}) or plain text. A specific type scores 1, {@code Thing}
 * (schema.org's root: "nothing fits better") 0.5, no mapping 0; the criterion is the
 * mean. The 0.5 for Thing is what keeps domains with a few generic entities passable:
 * with 1 of 5 entities on Thing the criterion is 0.9.
 */
@Component
class SchemaMappedValidator implements CriterionValidator {

    static final String FILE = ProjectLayout.SCHEMA_ORG_MAPPING;

    private static final Pattern LINKED_TYPE = Pattern
        .compile("schema\\.org/([A-Z][A-Za-z0-9]*)|schema:([A-Z][A-Za-z0-9]*)");

    private static final Pattern PLAIN_TYPE = Pattern.compile("^[`*\\[]*([A-Z][A-Za-z0-9]*)[`*\\]]*$");

    static final String CRITERION = "schema-mapped";

    static final FindingRule MAPPING_MISSING = new FindingRule("DOMAIN-SCHEMA-UNMAPPED", CRITERION, Severity.MAJOR,
            "the schema.org mapping exists and maps every entity", DecisionKind.SCHEMA_ORG_TYPE);

    static final FindingRule GENERIC_TYPE = new FindingRule("DOMAIN-SCHEMA-GENERIC", CRITERION, Severity.MINOR,
            "an entity maps to a type more specific than Thing", DecisionKind.SCHEMA_ORG_TYPE);

    private static final SchemaOrgVocabulary VOCABULARY = SchemaOrgVocabulary.standard();

    @Override
    public String criterion() {
        return CRITERION;
    }

    @Override
    public CriterionScore score(GateSubject subject) {
        List<Entity> entities = subject.model().entities().stream().filter(e -> !e.builtIn()).toList();
        Optional<String> text = ProjectFiles.read(subject.projectDir(), FILE);
        if (text.isEmpty()) {
            return new CriterionScore(criterion(), 0.0, List.of(MAPPING_MISSING.in(FILE,
                    "the schema.org mapping is missing", "map every entity to a schema.org type")));
        }
        List<String> lines = text.get().lines().toList();
        List<Finding> findings = new ArrayList<>();
        double sum = 0;
        for (Entity entity : entities) {
            Optional<String> type = Optional.empty();
            int lineNumber = 0;
            for (int i = 0; i < lines.size() && type.isEmpty(); i++) {
                List<String> cells = cells(lines.get(i));
                if (cells.size() >= 2 && firstCellNames(cells.getFirst(), entity)) {
                    type = typeIn(cells.subList(1, cells.size()));
                    lineNumber = i + 1;
                }
            }
            if (type.isEmpty()) {
                findings
                    .add(finding(MAPPING_MISSING, 0, entity, "entity " + entity.name().original() + " is not mapped",
                            "add a row | " + entity.name().original() + " | https://schema.org/<Type> |"));
            }
            else if (type.get().equals("Thing")) {
                sum += 0.5;
                findings.add(finding(GENERIC_TYPE, lineNumber, entity,
                        "entity " + entity.name().original() + " is mapped to the generic Thing",
                        "choose a more specific schema.org type if one fits"));
            }
            else {
                sum += 1.0;
            }
        }
        return new CriterionScore(criterion(), entities.isEmpty() ? 0.0 : sum / entities.size(), findings);
    }

    /**
     * A finding about an entity's mapping; it proposes the type the vocabulary suggests
     * for the entity's name and field names, when that is more specific than Thing.
     */
    private static Finding finding(FindingRule rule, int line, Entity entity, String message, String action) {
        String suggested = VOCABULARY.match(entity.name().original(),
                entity.fields().stream().map(f -> f.name().fieldName()).toList());
        if (suggested.equals("Thing")) {
            return rule.at(FILE, line, message, action);
        }
        return rule.proposing(FILE, line, message, action + ", e.g. " + suggested, new DecisionChange(
                DecisionKind.SCHEMA_ORG_TYPE.idFor(entity.name().original()), suggested,
                "the names of " + entity.name().original() + " and its fields suggest schema.org/" + suggested));
    }

    private static List<String> cells(String line) {
        String row = line.strip();
        if (!row.startsWith("|")) {
            return List.of();
        }
        List<String> cells = new ArrayList<>();
        for (String cell : row.substring(1).split("\\|")) {
            cells.add(cell.strip());
        }
        return cells;
    }

    private static boolean firstCellNames(String cell, Entity entity) {
        String plain = cell.replaceAll("[`*\\[\\]]", "").strip();
        return plain.equalsIgnoreCase(entity.name().original()) || plain.equalsIgnoreCase(entity.name().className())
                || plain.equalsIgnoreCase(entity.name().label());
    }

    private static Optional<String> typeIn(List<String> cells) {
        for (String cell : cells) {
            Matcher linked = LINKED_TYPE.matcher(cell);
            if (linked.find()) {
                return Optional.of(linked.group(1) != null ? linked.group(1) : linked.group(2));
            }
        }
        Matcher plain = PLAIN_TYPE.matcher(cells.getFirst());
        return plain.matches() ? Optional.of(plain.group(1)) : Optional.empty();
    }

}
