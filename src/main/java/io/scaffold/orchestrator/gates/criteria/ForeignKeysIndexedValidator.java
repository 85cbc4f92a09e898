package io.scaffold.orchestrator.gates.criteria;

import io.scaffold.orchestrator.gates.CriterionScore;
import io.scaffold.orchestrator.gates.Finding;
import io.scaffold.orchestrator.gates.FindingRule;
import io.scaffold.orchestrator.gates.Severity;
import io.scaffold.orchestrator.gates.CriterionValidator;
import io.scaffold.orchestrator.gates.GateSubject;
import io.scaffold.orchestrator.gates.probe.AppliedMigrations;
import io.scaffold.orchestrator.gates.probe.DatabaseSchema;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.List;

/**
 * {@code foreign-keys-indexed}: the share of foreign keys whose columns lead some index
 * (a primary key counts), read from pg_catalog after applying the migrations. PostgreSQL
 * does not index foreign keys by itself, and an unindexed one makes joins and deletes of
 * the parent row scan the child table.
 */
@Component
class ForeignKeysIndexedValidator implements CriterionValidator {

    private final AppliedMigrations migrations;

    ForeignKeysIndexedValidator(AppliedMigrations migrations) {
        this.migrations = migrations;
    }

    static final String CRITERION = "foreign-keys-indexed";

    static final FindingRule MIGRATIONS_FAIL = new FindingRule("DATA-FK-NO-SCHEMA", CRITERION, Severity.MAJOR,
            "the migrations apply, so that the foreign keys can be checked");

    static final FindingRule NOT_INDEXED = new FindingRule("DATA-FK-INDEX", CRITERION, Severity.MAJOR,
            "every foreign key column is the leading column of an index");

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
        List<Finding> findings = new ArrayList<>();
        int indexed = 0;
        for (DatabaseSchema.ForeignKey fk : schema.foreignKeys()) {
            if (schema.indexed(fk.table(), fk.columns())) {
                indexed++;
            }
            else {
                String columns = String.join(", ", fk.columns());
                findings.add(NOT_INDEXED.located(outcome.files().locate(fk.table(), fk.columns().getFirst()),
                        "foreign key column " + fk.table() + "." + String.join(", " + fk.table() + ".", fk.columns())
                                + " has no index",
                        "add CREATE INDEX ix_" + fk.table() + "_" + String.join("_", fk.columns()) + " ON " + fk.table()
                                + " (" + columns + ")"));
            }
        }
        return CriterionScore.ofChecks(criterion(), indexed, schema.foreignKeys().size(), findings);
    }

}
