package io.scaffold.orchestrator.gates.criteria;

import io.scaffold.orchestrator.domain.Entity;
import io.scaffold.orchestrator.domain.Names;
import io.scaffold.orchestrator.domain.decision.DecisionChange;
import io.scaffold.orchestrator.domain.decision.DecisionKind;
import io.scaffold.orchestrator.gates.CriterionScore;
import io.scaffold.orchestrator.gates.Finding;
import io.scaffold.orchestrator.gates.FindingRule;
import io.scaffold.orchestrator.gates.Severity;
import io.scaffold.orchestrator.gates.CriterionValidator;
import io.scaffold.orchestrator.gates.GateSubject;
import io.scaffold.orchestrator.gates.probe.AppliedMigrations;
import io.scaffold.orchestrator.gates.probe.DatabaseSchema;
import io.scaffold.orchestrator.gates.probe.MigrationFiles;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * {@code naming-rules}: every table, column, index and constraint name of the applied
 * schema is lower snake case, at most 63 characters (PostgreSQL silently truncates longer
 * names, so the scripts are checked for those) and not a word PostgreSQL reserves (such a
 * name works only quoted, everywhere, forever). The reserved words come from the server
 * itself ({@code pg_get_keywords()}). Score: the share of names that follow the rules.
 */
@Component
class NamingRulesValidator implements CriterionValidator {

    private static final int MAX_IDENTIFIER_LENGTH = 63;

    private static final Pattern SNAKE_CASE = Pattern.compile("[a-z][a-z0-9]*(_[a-z0-9]+)*");

    private final AppliedMigrations migrations;

    NamingRulesValidator(AppliedMigrations migrations) {
        this.migrations = migrations;
    }

    static final String CRITERION = "naming-rules";

    static final FindingRule MIGRATIONS_FAIL = new FindingRule("DATA-NAMING-NO-SCHEMA", CRITERION, Severity.MAJOR,
            "the migrations apply, so that the names can be checked");

    static final FindingRule TOO_LONG = new FindingRule("DATA-NAME-TOO-LONG", CRITERION, Severity.MAJOR,
            "no identifier is longer than PostgreSQL keeps (63 characters)");

    static final FindingRule NOT_SNAKE_CASE = new FindingRule("DATA-NAME-CASE", CRITERION, Severity.MINOR,
            "every table, column, index and constraint name is lower snake_case", DecisionKind.TABLE_NAME);

    static final FindingRule RESERVED = new FindingRule("DATA-NAME-RESERVED", CRITERION, Severity.MAJOR,
            "no table, column, index or constraint name is a PostgreSQL reserved word", DecisionKind.TABLE_NAME);

    static final FindingRule NO_TABLES = new FindingRule("DATA-NO-TABLES", CRITERION, Severity.BLOCKER,
            "the migrations create tables");

    @Override
    public String criterion() {
        return CRITERION;
    }

    @Override
    public CriterionScore score(GateSubject subject) {
        AppliedMigrations.Outcome outcome = migrations.apply(subject.projectDir());
        if (!outcome.succeeded()) {
            return outcome.unavailable(MIGRATIONS_FAIL);
        }
        DatabaseSchema schema = outcome.schema();
        MigrationFiles files = outcome.files();
        List<NamedObject> objects = new ArrayList<>();
        schema.tables().forEach((table, columns) -> {
            objects.add(new NamedObject("table " + table, table, files.locate(table, null), entityOf(subject, table)));
            columns.keySet()
                .forEach(column -> objects
                    .add(new NamedObject("column " + table + "." + column, column, files.locate(table, column), null)));
        });
        schema.indexes()
            .forEach(i -> objects
                .add(new NamedObject("index " + i.name(), i.name(), files.locateNamed(i.name(), i.table()), null)));
        schema.constraints()
            .forEach(c -> objects.add(
                    new NamedObject("constraint " + c.name(), c.name(), files.locateNamed(c.name(), c.table()), null)));

        List<Finding> findings = new ArrayList<>();
        files.overlongIdentifiers(MAX_IDENTIFIER_LENGTH)
            .forEach(p -> findings.add(TOO_LONG.located(p.location(), p.message(), "shorten it")));
        for (NamedObject object : objects) {
            if (!SNAKE_CASE.matcher(object.name()).matches()) {
                String better = Names.snakeCase(object.name());
                findings.add(finding(NOT_SNAKE_CASE, object, object.what() + " is not lower snake_case",
                        "rename it, e.g. to " + better, better));
            }
            else if (schema.reservedWords().contains(object.name())) {
                String better = object.entity() == null ? object.name() + "_value"
                        : unreserved(object.entity(), schema.reservedWords());
                findings.add(finding(RESERVED, object, object.what() + " is the PostgreSQL reserved word '"
                        + object.name() + "' and works only quoted", "rename it, e.g. to " + better, better));
            }
        }
        double score = objects.isEmpty() ? 0.0 : Math.max(0.0, 1.0 - (double) findings.size() / objects.size());
        if (objects.isEmpty()) {
            findings.add(NO_TABLES.in(MigrationFiles.DIR, "the migrations create no tables",
                    "write the schema of the domain model as migrations"));
        }
        return new CriterionScore(criterion(), score, findings);
    }

    /**
     * A finding about a named object; for an entity's table it proposes the better name
     * as the entity's TABLE_NAME decision.
     */
    private static Finding finding(FindingRule rule, NamedObject object, String message, String action,
            String betterName) {
        if (object.entity() == null) {
            return rule.located(object.location(), message, action);
        }
        Finding located = rule.located(object.location(), message, action);
        return rule.proposing(located.file(), located.line() == null ? 0 : located.line(), message, action,
                new DecisionChange(DecisionKind.TABLE_NAME.idFor(object.entity().name().original()), betterName,
                        message));
    }

    /** The entity whose table this is, or null. */
    private static Entity entityOf(GateSubject subject, String table) {
        return subject.model()
            .entities()
            .stream()
            .filter(e -> e.name().sqlName().equalsIgnoreCase(table))
            .findFirst()
            .orElse(null);
    }

    /** A table name for the entity that PostgreSQL does not reserve: its plural. */
    private static String unreserved(Entity entity, java.util.Set<String> reserved) {
        String plural = Names.snakeCase(entity.name().plural());
        return reserved.contains(plural) ? entity.name().sqlName() + "_entry" : plural;
    }

    /**
     * A database object: what it is (for the finding), its name, where the scripts create
     * it, and the entity whose table it is (null for other objects).
     */
    private record NamedObject(String what, String name, String location, Entity entity) {
    }

}
