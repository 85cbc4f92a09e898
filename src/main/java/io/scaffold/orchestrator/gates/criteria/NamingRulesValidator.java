package io.scaffold.orchestrator.gates.criteria;

import io.scaffold.orchestrator.domain.Names;
import io.scaffold.orchestrator.gates.CriterionScore;
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

    @Override
    public String criterion() {
        return "naming-rules";
    }

    @Override
    public CriterionScore score(GateSubject subject) {
        AppliedMigrations.Outcome outcome = migrations.apply(subject.projectDir());
        if (!outcome.succeeded()) {
            return outcome.unavailable(criterion());
        }
        DatabaseSchema schema = outcome.schema();
        MigrationFiles files = outcome.files();
        List<NamedObject> objects = new ArrayList<>();
        schema.tables().forEach((table, columns) -> {
            objects.add(new NamedObject("table " + table, table, files.locate(table, null)));
            columns.keySet()
                .forEach(column -> objects
                    .add(new NamedObject("column " + table + "." + column, column, files.locate(table, column))));
        });
        schema.indexes()
            .forEach(i -> objects
                .add(new NamedObject("index " + i.name(), i.name(), files.locateNamed(i.name(), i.table()))));
        schema.constraints()
            .forEach(c -> objects
                .add(new NamedObject("constraint " + c.name(), c.name(), files.locateNamed(c.name(), c.table()))));

        List<String> findings = new ArrayList<>(files.overlongIdentifiers(MAX_IDENTIFIER_LENGTH));
        for (NamedObject object : objects) {
            if (!SNAKE_CASE.matcher(object.name()).matches()) {
                findings.add(object.location() + ": " + object.what() + " is not lower snake_case; rename it, e.g. to "
                        + Names.snakeCase(object.name()));
            }
            else if (schema.reservedWords().contains(object.name())) {
                findings.add(object.location() + ": " + object.what() + " is the PostgreSQL reserved word '"
                        + object.name() + "' and works only quoted; rename it, e.g. to " + object.name() + "_value");
            }
        }
        double score = objects.isEmpty() ? 0.0 : Math.max(0.0, 1.0 - (double) findings.size() / objects.size());
        if (objects.isEmpty()) {
            findings.add(MigrationFiles.DIR + ": the migrations create no tables");
        }
        return new CriterionScore(criterion(), score, findings);
    }

    /**
     * A database object: what it is (for the finding), its name, and where the scripts
     * create it.
     */
    private record NamedObject(String what, String name, String location) {
    }

}
