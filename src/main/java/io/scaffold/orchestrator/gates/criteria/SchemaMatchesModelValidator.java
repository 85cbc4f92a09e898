package io.scaffold.orchestrator.gates.criteria;

import io.scaffold.orchestrator.gates.CriterionScore;
import io.scaffold.orchestrator.gates.Finding;
import io.scaffold.orchestrator.gates.FindingRule;
import io.scaffold.orchestrator.gates.Severity;
import io.scaffold.orchestrator.gates.CriterionValidator;
import io.scaffold.orchestrator.gates.GateSubject;
import io.scaffold.orchestrator.gates.probe.AppliedMigrations;
import io.scaffold.orchestrator.gates.probe.DatabaseSchema;
import io.scaffold.orchestrator.gates.probe.MigrationFiles;
import io.scaffold.orchestrator.domain.DomainModel;
import io.scaffold.orchestrator.domain.Entity;
import io.scaffold.orchestrator.domain.Field;
import io.scaffold.orchestrator.domain.FieldType;
import io.scaffold.orchestrator.domain.Relationship;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * {@code schema-matches-model}: the applied schema holds the domain model. One check
 * each: every entity has its table; every field its column, of a type Hibernate maps that
 * Java type to and NOT NULL exactly when the field is required (a blob's column is
 * nullable: its content is uploaded after the row exists); every MANY_TO_ONE/ONE_TO_ONE a
 * foreign key from the owning table (NOT NULL when required), every ONE_TO_MANY a foreign
 * key from the many side, every MANY_TO_MANY a join table with foreign keys to both
 * sides. Score: the share of checks that hold. Names come from the model
 * ({@code Name.sqlName}); foreign key columns are matched by the tables they link, not by
 * name.
 */
@Component
class SchemaMatchesModelValidator implements CriterionValidator {

    private static final Map<FieldType, Set<String>> COMPATIBLE_TYPES = new EnumMap<>(FieldType.class);

    static {
        COMPATIBLE_TYPES.put(FieldType.STRING, Set.of("varchar", "text", "bpchar", "citext"));
        COMPATIBLE_TYPES.put(FieldType.TEXT, Set.of("text", "varchar"));
        COMPATIBLE_TYPES.put(FieldType.INTEGER, Set.of("int4"));
        COMPATIBLE_TYPES.put(FieldType.LONG, Set.of("int8"));
        COMPATIBLE_TYPES.put(FieldType.BIG_DECIMAL, Set.of("numeric"));
        COMPATIBLE_TYPES.put(FieldType.FLOAT, Set.of("float4"));
        COMPATIBLE_TYPES.put(FieldType.DOUBLE, Set.of("float8"));
        COMPATIBLE_TYPES.put(FieldType.BOOLEAN, Set.of("bool"));
        COMPATIBLE_TYPES.put(FieldType.LOCAL_DATE, Set.of("date"));
        COMPATIBLE_TYPES.put(FieldType.LOCAL_TIME, Set.of("time"));
        COMPATIBLE_TYPES.put(FieldType.ZONED_DATE_TIME, Set.of("timestamptz", "timestamp"));
        COMPATIBLE_TYPES.put(FieldType.INSTANT, Set.of("timestamptz", "timestamp"));
        COMPATIBLE_TYPES.put(FieldType.DURATION, Set.of("interval", "int8", "numeric"));
        COMPATIBLE_TYPES.put(FieldType.UUID, Set.of("uuid"));
        COMPATIBLE_TYPES.put(FieldType.BLOB, Set.of("bytea", "oid"));
        COMPATIBLE_TYPES.put(FieldType.IMAGE_BLOB, Set.of("bytea", "oid"));
        COMPATIBLE_TYPES.put(FieldType.ENUM, Set.of("varchar", "text"));
    }

    private final AppliedMigrations migrations;

    SchemaMatchesModelValidator(AppliedMigrations migrations) {
        this.migrations = migrations;
    }

    static final String CRITERION = "schema-matches-model";

    static final FindingRule MIGRATIONS_FAIL = new FindingRule("DATA-MATCH-NO-SCHEMA", CRITERION, Severity.MAJOR,
            "the migrations apply, so that the schema can be compared with the model");

    static final FindingRule TABLE_MISSING = new FindingRule("DATA-TABLE-MISSING", CRITERION, Severity.MAJOR,
            "every entity has its table with a column per field");

    static final FindingRule COLUMN_TYPE = new FindingRule("DATA-COLUMN-TYPE", CRITERION, Severity.MAJOR,
            "every column has a type Hibernate maps its field's Java type to");

    static final FindingRule NULLABILITY = new FindingRule("DATA-NULLABILITY", CRITERION, Severity.MAJOR,
            "a column is NOT NULL exactly when its field or relationship is required");

    static final FindingRule RELATIONSHIP_KEY = new FindingRule("DATA-RELATIONSHIP-KEY", CRITERION, Severity.MAJOR,
            "every relationship has its foreign key or join table");

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
        Check check = new Check(outcome.schema(), outcome.files());
        DomainModel model = subject.model();
        for (Entity entity : model.entities()) {
            check.entity(entity);
        }
        List<DatabaseSchema.ForeignKey> unclaimed = new ArrayList<>(outcome.schema().foreignKeys());
        for (Relationship relationship : model.relationships()) {
            Optional<Entity> from = model.entity(relationship.from());
            Optional<Entity> to = model.entity(relationship.to());
            if (from.isPresent() && to.isPresent()) {
                check.relationship(relationship, from.get(), to.get(), unclaimed);
            }
        }
        return CriterionScore.ofChecks(criterion(), check.passed, check.total, check.findings);
    }

    private static final class Check {

        private final DatabaseSchema schema;

        private final MigrationFiles files;

        private final List<Finding> findings = new ArrayList<>();

        private int passed;

        private int total;

        Check(DatabaseSchema schema, MigrationFiles files) {
            this.schema = schema;
            this.files = files;
        }

        void entity(Entity entity) {
            String table = entity.name().sqlName();
            total += 1 + entity.fields().size();
            if (!schema.hasTable(table)) {
                findings.add(TABLE_MISSING.located(files.locate(table, null),
                        "entity " + entity.name().original() + " has no table " + table,
                        "add CREATE TABLE " + table + " with its " + entity.fields().size() + " columns"));
                return;
            }
            passed++;
            Map<String, DatabaseSchema.Column> columns = schema.tables().get(table);
            for (Field field : entity.fields()) {
                String name = field.name().sqlName();
                DatabaseSchema.Column column = columns.get(name);
                String what = "column " + table + "." + name + " (field " + entity.name().original() + "."
                        + field.name().original() + ")";
                if (column == null) {
                    findings
                        .add(TABLE_MISSING.located(files.locate(table, null), what + " is missing", "add the column"));
                    continue;
                }
                Set<String> types = COMPATIBLE_TYPES.get(field.type());
                boolean typeOk = types.contains(column.type())
                        || (field.type() == FieldType.ENUM && column.userDefinedType());
                if (!typeOk) {
                    findings.add(
                            COLUMN_TYPE.located(
                                    files.locate(table, name), what + " has type " + column.type() + " but "
                                            + field.type() + " needs one of " + String.join(", ", types),
                                    "change the column type"));
                }
                else if ((field.required() && !field.type().isBinary()) == column.nullable()) {
                    boolean notNull = !column.nullable();
                    findings.add(NULLABILITY.located(files.locate(table, name),
                            what + (notNull ? " is NOT NULL but the field is optional or a blob uploaded after its row"
                                    : " is nullable but the field is required"),
                            notNull ? "drop NOT NULL" : "add NOT NULL"));
                }
                else {
                    passed++;
                }
            }
        }

        void relationship(Relationship r, Entity from, Entity to, List<DatabaseSchema.ForeignKey> unclaimed) {
            total++;
            String fromTable = from.name().sqlName();
            String toTable = to.name().sqlName();
            String what = r.kind() + " " + r.from() + "." + r.fromField().original() + " -> " + r.to();
            switch (r.kind()) {
                case MANY_TO_ONE, ONE_TO_ONE ->
                    foreignKey(what, fromTable, toTable, r.fromField().sqlName(), r.required(), unclaimed);
                case ONE_TO_MANY -> foreignKey(what, toTable, fromTable,
                        r.toField() != null ? r.toField().sqlName() : null, false, unclaimed);
                case MANY_TO_MANY -> joinTable(what, fromTable, toTable, unclaimed);
            }
        }

        private void foreignKey(String what, String table, String referenced, String preferredColumn, boolean required,
                List<DatabaseSchema.ForeignKey> unclaimed) {
            Optional<DatabaseSchema.ForeignKey> fk = claim(unclaimed, table, referenced, preferredColumn);
            if (fk.isEmpty()) {
                findings.add(RELATIONSHIP_KEY.located(files.locate(table, null),
                        what + " has no foreign key from " + table + " to " + referenced,
                        "add a column REFERENCES " + referenced + " (id)"));
                return;
            }
            String column = fk.get().columns().getFirst();
            DatabaseSchema.Column col = schema.tables().get(table).get(column);
            if (required && col != null && col.nullable()) {
                findings.add(NULLABILITY.located(files.locate(table, column),
                        what + " is required but " + table + "." + column + " is nullable", "add NOT NULL"));
                return;
            }
            passed++;
        }

        private void joinTable(String what, String fromTable, String toTable,
                List<DatabaseSchema.ForeignKey> unclaimed) {
            for (String table : schema.tables().keySet()) {
                if (table.equals(fromTable) || table.equals(toTable)) {
                    continue;
                }
                List<DatabaseSchema.ForeignKey> candidates = new ArrayList<>(unclaimed);
                Optional<DatabaseSchema.ForeignKey> toFrom = claim(candidates, table, fromTable, null);
                Optional<DatabaseSchema.ForeignKey> toTo = claim(candidates, table, toTable, null);
                if (toFrom.isPresent() && toTo.isPresent()) {
                    unclaimed.remove(toFrom.get());
                    unclaimed.remove(toTo.get());
                    passed++;
                    return;
                }
            }
            findings.add(RELATIONSHIP_KEY.located(files.locate(fromTable, null),
                    what + " has no join table with foreign keys to " + fromTable + " and " + toTable,
                    "add one, e.g. CREATE TABLE " + fromTable + "_" + toTable));
        }

        /**
         * Takes the first unclaimed foreign key from {@code table} to {@code referenced},
         * preferring one on the expected column.
         */
        private static Optional<DatabaseSchema.ForeignKey> claim(List<DatabaseSchema.ForeignKey> unclaimed,
                String table, String referenced, String preferredColumn) {
            List<DatabaseSchema.ForeignKey> matching = unclaimed.stream()
                .filter(fk -> fk.table().equals(table) && fk.referencedTable().equals(referenced))
                .toList();
            Optional<DatabaseSchema.ForeignKey> chosen = matching.stream()
                .filter(fk -> preferredColumn != null && fk.columns().getFirst().startsWith(preferredColumn))
                .findFirst()
                .or(() -> matching.stream().findFirst());
            chosen.ifPresent(unclaimed::remove);
            return chosen;
        }

    }

}
