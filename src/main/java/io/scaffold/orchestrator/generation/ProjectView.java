package io.scaffold.orchestrator.generation;

import io.scaffold.orchestrator.domain.DomainModel;
import io.scaffold.orchestrator.domain.Entity;
import io.scaffold.orchestrator.domain.EntityOptions;
import io.scaffold.orchestrator.domain.EnumType;
import io.scaffold.orchestrator.domain.Field;
import io.scaffold.orchestrator.domain.FieldType;
import io.scaffold.orchestrator.domain.Name;
import io.scaffold.orchestrator.domain.Relationship;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The domain model resolved into what the templates render: tables, columns, foreign keys, join tables,
 * Java types and the navigation fields of both sides of every relationship. All relational decisions
 * (who owns a foreign key, how a join table and its columns are named) are made here, once, so that the
 * migration, the JPA mapping, the API contract and the tests agree. Public only because FreeMarker reads
 * it reflectively.
 */
public final class ProjectView {

    /** PostgreSQL truncates longer identifiers, which could make two constraint names collide. */
    private static final int MAX_IDENTIFIER = 63;

    private final DomainModel model;
    private final GenerationContext context;
    private final List<EntityView> entities;
    private final List<EnumView> enums;

    private ProjectView(DomainModel model, GenerationContext context) {
        this.model = model;
        this.context = context;
        this.enums = model.enums().stream().map(e -> new EnumView(e, model.basePackage() + ".enumeration")).toList();
        this.entities = resolveEntities(model);
    }

    static ProjectView of(DomainModel model, GenerationContext context) {
        return new ProjectView(model, context);
    }

    /** The data model every template gets. */
    Map<String, Object> data() {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("model", model);
        data.put("app", this);
        data.put("entities", entities);
        data.put("enums", enums);
        data.put("platform", context.platform());
        data.put("findings", context.findings());
        return data;
    }

    public DomainModel getModel() {
        return model;
    }

    public List<EntityView> getEntities() {
        return entities;
    }

    public List<EnumView> getEnums() {
        return enums;
    }

    /** Application class name prefix, e.g. {@code BugTracker} for {@code bug-tracker}. */
    public String getClassPrefix() {
        StringBuilder out = new StringBuilder();
        for (String part : model.name().split("[^A-Za-z0-9]+")) {
            if (!part.isEmpty()) {
                out.append(Character.toUpperCase(part.charAt(0))).append(part.substring(1));
            }
        }
        String prefix = out.toString();
        return prefix.isEmpty() || !Character.isJavaIdentifierStart(prefix.charAt(0)) ? "App" + prefix : prefix;
    }

    /** Human title, e.g. {@code Bug Tracker}. */
    public String getTitle() {
        return getClassPrefix().replaceAll("([a-z0-9])([A-Z])", "$1 $2");
    }

    public String getBasePackage() {
        return model.basePackage();
    }

    public String getBasePath() {
        return model.basePackage().replace('.', '/');
    }

    /**
     * Simple names of the generated entity and enum classes. Where a framework type has one of these names
     * (an enum {@code Size} and {@code @Size}), templates write the framework type fully qualified.
     */
    public List<String> getDomainTypeNames() {
        Set<String> names = new TreeSet<>();
        entities.forEach(e -> names.add(e.getName().className()));
        enums.forEach(e -> names.add(e.getName().className()));
        return List.copyOf(names);
    }

    /** Database, user and container name derived from the application name, e.g. {@code bug_tracker}. */
    public String getDatabaseName() {
        return model.name().toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "_");
    }

    private List<EntityView> resolveEntities(DomainModel model) {
        Map<String, EntityView> byName = new LinkedHashMap<>();
        for (Entity entity : model.entities()) {
            byName.put(entity.name().original(), new EntityView(entity, model.basePackage(), fieldsOf(entity)));
        }
        for (Relationship r : model.relationships()) {
            EntityView from = require(byName, r.from(), r);
            EntityView to = require(byName, r.to(), r);
            switch (r.kind()) {
                case MANY_TO_ONE -> {
                    from.addOwnedToOne(Kind.MANY_TO_ONE, r.fromField(), to, r.required(), r.displayField());
                    if (r.bidirectional()) {
                        to.references.add(Reference.inverse(Kind.ONE_TO_MANY, r.toField(), from, r.fromField()));
                    }
                }
                case ONE_TO_ONE -> {
                    from.addOwnedToOne(Kind.ONE_TO_ONE, r.fromField(), to, r.required(), r.displayField());
                    if (r.bidirectional()) {
                        to.references.add(Reference.inverse(Kind.ONE_TO_ONE_INVERSE, r.toField(), from, r.fromField()));
                    }
                }
                case ONE_TO_MANY -> {
                    // The foreign key sits on the "to" side; without a declared inverse field we add one named
                    // after the "from" entity, so that the many side can be written through its own API.
                    Name inverse = r.bidirectional() ? r.toField() : syntheticInverse(from, to, r.fromField());
                    to.addOwnedToOne(Kind.MANY_TO_ONE, inverse, from, false, "id");
                    from.references.add(Reference.inverse(Kind.ONE_TO_MANY, r.fromField(), to, inverse));
                }
                case MANY_TO_MANY -> {
                    String owner = snake(from.entity.name().fieldName());
                    String target = r.fromField().sqlName();
                    String ownerColumn = owner + "_id";
                    String targetColumn = target.equals(owner) ? "related_" + target + "_id" : target + "_id";
                    JoinTable joinTable = new JoinTable(identifier("rel_" + owner + "_" + target), from.table,
                            ownerColumn, to.table, targetColumn);
                    from.joinTables.add(joinTable);
                    from.references.add(new Reference(Kind.MANY_TO_MANY, r.fromField(), to.ref(), null, false,
                            null, joinTable, "id"));
                    if (r.bidirectional()) {
                        to.references.add(Reference.inverse(Kind.MANY_TO_MANY_INVERSE, r.toField(), from, r.fromField()));
                    }
                }
            }
        }
        byName.values().forEach(ProjectView::requireDistinctMembers);
        return List.copyOf(byName.values());
    }

    /** A field and a relationship (or two relationships) with one Java name cannot both become members. */
    private static void requireDistinctMembers(EntityView entity) {
        Set<String> seen = new HashSet<>();
        List<String> members = new ArrayList<>();
        entity.fields.forEach(f -> members.add(f.getName().fieldName()));
        entity.references.forEach(r -> members.add(r.field().fieldName()));
        for (String member : members) {
            if (!seen.add(member)) {
                throw new IllegalArgumentException("Entity " + entity.entity.name().original() + " has two members named '"
                        + member + "' (fields and relationship fields share one namespace); rename one of them");
            }
        }
    }

    private static EntityView require(Map<String, EntityView> byName, String name, Relationship r) {
        EntityView view = byName.get(name);
        if (view == null) {
            throw new IllegalArgumentException("Relationship " + r.kind() + " " + r.from() + " to " + r.to()
                    + " names entity '" + name + "', which the model does not declare; declare it or fix the name");
        }
        return view;
    }

    private static Name syntheticInverse(EntityView from, EntityView to, Name fromField) {
        Name entity = from.entity.name();
        Set<String> taken = new HashSet<>();
        to.fields.forEach(f -> taken.add(f.getName().fieldName()));
        to.references.forEach(ref -> taken.add(ref.field().fieldName()));
        String fieldName = taken.contains(entity.fieldName())
                ? entity.fieldName() + fromField.className() : entity.fieldName();
        return new Name(fieldName, entity.className(), fieldName, fieldName + "s", snake(fieldName),
                snake(fieldName).replace('_', '-'), entity.label());
    }

    private List<FieldView> fieldsOf(Entity entity) {
        List<Field> fields = entity.fields();
        if (fields.isEmpty() && entity.builtIn()) {
            // A built-in user entity is referenced by its login; give it one when the input lists no fields.
            fields = List.of(new Field(new Name("login", "Login", "login", "logins", "login", "logins", "Login"),
                    FieldType.STRING, null, "Login name", true, true, null, null, 1, 50, null));
        }
        String table = entity.name().sqlName();
        return fields.stream().map(f -> new FieldView(f, table, enumView(f, entity))).toList();
    }

    private EnumView enumView(Field field, Entity entity) {
        if (field.type() != FieldType.ENUM) {
            return null;
        }
        return enums.stream().filter(e -> e.getName().original().equals(field.enumName())).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("Field " + entity.name().original() + "."
                        + field.name().original() + " has enum type '" + field.enumName()
                        + "', which the model does not declare; declare the enum or fix the type"));
    }

    /** camelCase or PascalCase to snake_case. */
    static String snake(String name) {
        return name.replaceAll("([a-z0-9])([A-Z])", "$1_$2").replaceAll("([A-Z]+)([A-Z][a-z])", "$1_$2")
                .toLowerCase(Locale.ROOT);
    }

    /** A PostgreSQL identifier, shortened deterministically (with a hash suffix) past 63 characters. */
    static String identifier(String name) {
        if (name.length() <= MAX_IDENTIFIER) {
            return name;
        }
        String hash = Integer.toHexString(name.hashCode() & 0x7fffffff);
        return name.substring(0, MAX_IDENTIFIER - hash.length() - 1) + "_" + hash;
    }

    /** Kinds of navigation field an entity can have. */
    public enum Kind { MANY_TO_ONE, ONE_TO_ONE, ONE_TO_ONE_INVERSE, ONE_TO_MANY, MANY_TO_MANY, MANY_TO_MANY_INVERSE }

    /** What a reference needs to know about the entity at its other end (a record, so no cycles between views). */
    public record TargetRef(Name name, String packageName, String table) {
        public String getQualifiedClass() {
            return packageName + "." + name.className();
        }
    }

    /**
     * A navigation field of an entity.
     *
     * @param kind         its kind
     * @param field        its name
     * @param target       the entity at the other end
     * @param column       for owned to-one references: the foreign key column on this entity's table
     * @param required     for owned to-one references: the column is NOT NULL
     * @param mappedBy     for inverse sides: the owning field on the target
     * @param joinTable    for owned many-to-many references: the join table
     * @param displayField the target's field shown for the reference
     */
    public record Reference(Kind kind, Name field, TargetRef target, String column, boolean required,
                            String mappedBy, JoinTable joinTable, String displayField) {

        static Reference inverse(Kind kind, Name field, EntityView owner, Name owningField) {
            return new Reference(kind, field, owner.ref(), null, false, owningField.fieldName(), null, "id");
        }

        /** Written through the API of this entity: owned to-one (as {@code <field>Id}) and owned many-to-many (as {@code <field>Ids}). */
        public boolean isWritable() {
            return kind == Kind.MANY_TO_ONE || kind == Kind.ONE_TO_ONE || kind == Kind.MANY_TO_MANY;
        }

        public boolean isCollection() {
            return kind == Kind.ONE_TO_MANY || kind == Kind.MANY_TO_MANY || kind == Kind.MANY_TO_MANY_INVERSE;
        }

        /** Name of the API property: {@code projectId} or {@code labelIds}. */
        public String getApiProperty() {
            return field.fieldName() + (kind == Kind.MANY_TO_MANY ? "Ids" : "Id");
        }

        public String getIndexName(String table) {
            return identifier("idx_" + table + "_" + column);
        }

        public String getUniqueName(String table) {
            return identifier("uk_" + table + "_" + column);
        }

        public String getForeignKeyName(String table) {
            return identifier("fk_" + table + "_" + column);
        }
    }

    /** A join table owned by the "from" side of a many-to-many relationship; its primary key is both columns. */
    public record JoinTable(String name, String ownerTable, String ownerColumn, String targetTable, String targetColumn) {
        public String getOwnerForeignKey() {
            return identifier("fk_" + name + "_" + ownerColumn);
        }

        public String getTargetForeignKey() {
            return identifier("fk_" + name + "_" + targetColumn);
        }

        public String getOwnerIndex() {
            return identifier("idx_" + name + "_" + ownerColumn);
        }

        public String getTargetIndex() {
            return identifier("idx_" + name + "_" + targetColumn);
        }
    }

    /** An entity with its columns and relationships resolved. */
    public static final class EntityView {
        private final Entity entity;
        private final String packageName;
        private final String table;
        private final List<FieldView> fields;
        private final List<Reference> references = new ArrayList<>();
        private final List<JoinTable> joinTables = new ArrayList<>();

        EntityView(Entity entity, String basePackage, List<FieldView> fields) {
            this.entity = entity;
            this.packageName = basePackage + "." + entity.name().fieldName().toLowerCase(Locale.ROOT);
            this.table = entity.name().sqlName();
            this.fields = fields;
        }

        private void addOwnedToOne(Kind kind, Name field, EntityView target, boolean required, String displayField) {
            references.add(new Reference(kind, field, target.ref(), field.sqlName() + "_id", required, null, null,
                    displayField == null ? "id" : displayField));
        }

        private TargetRef ref() {
            return new TargetRef(entity.name(), packageName, table);
        }

        public Entity getEntity() {
            return entity;
        }

        public Name getName() {
            return entity.name();
        }

        public String getPackageName() {
            return packageName;
        }

        public String getPackagePath() {
            return packageName.replace('.', '/');
        }

        public String getTable() {
            return table;
        }

        public String getPrimaryKeyName() {
            return identifier("pk_" + table);
        }

        public boolean isPaginated() {
            return entity.options().pagination() != EntityOptions.Pagination.NONE;
        }

        public List<FieldView> getFields() {
            return fields;
        }

        public List<Reference> getReferences() {
            return List.copyOf(references);
        }

        public List<Reference> getWritableReferences() {
            return references.stream().filter(Reference::isWritable).toList();
        }

        /** Owned to-one references: the foreign key columns of this entity's table. */
        public List<Reference> getForeignKeys() {
            return references.stream().filter(r -> r.column() != null).toList();
        }

        public List<JoinTable> getJoinTables() {
            return List.copyOf(joinTables);
        }

        /** Entities other than this one whose repositories the service needs to resolve written references. */
        public List<TargetRef> getReferencedEntities() {
            Map<String, TargetRef> targets = new LinkedHashMap<>();
            getWritableReferences().stream()
                    .filter(r -> !r.target().name().original().equals(entity.name().original()))
                    .forEach(r -> targets.putIfAbsent(r.target().name().original(), r.target()));
            return List.copyOf(targets.values());
        }

        /** Classes of other features this entity's classes refer to, sorted, for imports. */
        public Set<String> getEntityImports() {
            Set<String> imports = new TreeSet<>();
            references.stream().filter(r -> !r.target().packageName().equals(packageName))
                    .forEach(r -> imports.add(r.target().getQualifiedClass()));
            return imports;
        }

        /** Types of the fields (java.time, enums, ...) to import, sorted. */
        public Set<String> getFieldImports() {
            Set<String> imports = new TreeSet<>();
            fields.stream().map(FieldView::getJavaImport).filter(i -> i != null).forEach(imports::add);
            return imports;
        }

        /** Repositories (other than this entity's own) that the service needs, sorted, for imports. */
        public Set<String> getRepositoryImports() {
            Set<String> imports = new TreeSet<>();
            getReferencedEntities().forEach(t -> imports.add(t.getQualifiedClass() + "Repository"));
            return imports;
        }

        /** The first required field without a relationship, used by tests to provoke a 400; may be null. */
        public FieldView getFirstRequiredField() {
            return fields.stream().filter(f -> f.getField().required()).findFirst().orElse(null);
        }

        /** The first string field, used by tests to check that values round-trip; may be null. */
        public FieldView getFirstStringField() {
            return fields.stream().filter(f -> f.getField().type() == FieldType.STRING).findFirst().orElse(null);
        }

        public String getFirstRequiredReference() {
            return getWritableReferences().stream().filter(Reference::required).findFirst()
                    .map(Reference::getApiProperty).orElse(null);
        }
    }

    /** A field with its Java and SQL types. */
    public static final class FieldView {
        private final Field field;
        private final String table;
        private final EnumView enumView;

        FieldView(Field field, String table, EnumView enumView) {
            this.field = field;
            this.table = table;
            this.enumView = enumView;
        }

        public Field getField() {
            return field;
        }

        public Name getName() {
            return field.name();
        }

        public String getColumn() {
            return field.name().sqlName();
        }

        public EnumView getEnumView() {
            return enumView;
        }

        /** Simple Java type name as written in the generated code. */
        public String getJavaType() {
            if (field.type() == FieldType.ENUM) {
                return enumView.getName().className();
            }
            String type = field.type().javaType();
            return type.substring(type.lastIndexOf('.') + 1);
        }

        /** Fully qualified type to import, or null for java.lang types and arrays. */
        public String getJavaImport() {
            if (field.type() == FieldType.ENUM) {
                return enumView.getQualifiedClass();
            }
            String type = field.type().javaType();
            return type.contains(".") ? type : null;
        }

        public String getSqlType() {
            return switch (field.type()) {
                case STRING -> "varchar(" + (field.maxLength() == null ? 255 : field.maxLength()) + ")";
                case TEXT -> "text";
                case INTEGER -> "integer";
                case LONG -> "bigint";
                case BIG_DECIMAL -> "numeric(21, 2)";
                case FLOAT -> "real";
                case DOUBLE -> "double precision";
                case BOOLEAN -> "boolean";
                case LOCAL_DATE -> "date";
                case LOCAL_TIME -> "time";
                case ZONED_DATE_TIME, INSTANT -> "timestamp with time zone";
                // Hibernate stores a Duration as nanoseconds in numeric(21) by default.
                case DURATION -> "numeric(21, 0)";
                case UUID -> "uuid";
                case BLOB -> "bytea";
                case ENUM -> "varchar(" + enumView.getMaxLength() + ")";
            };
        }

        public boolean isNumeric() {
            return switch (field.type()) {
                case INTEGER, LONG, BIG_DECIMAL, FLOAT, DOUBLE -> true;
                default -> false;
            };
        }

        public boolean isText() {
            return field.type() == FieldType.STRING || field.type() == FieldType.TEXT;
        }

        /** True when the table needs a CHECK constraint for this field. */
        public boolean isChecked() {
            return field.type() == FieldType.ENUM
                    || (isNumeric() && (field.min() != null || field.max() != null))
                    || ((isText() || field.type() == FieldType.BLOB) && field.minLength() != null)
                    || ((field.type() == FieldType.TEXT || field.type() == FieldType.BLOB) && field.maxLength() != null);
        }

        public String getCheckName() {
            return identifier("ck_" + table + "_" + getColumn());
        }

        public String getUniqueName() {
            return identifier("uk_" + table + "_" + getColumn());
        }
    }

    /** An enumeration with its Java package. */
    public static final class EnumView {
        private final EnumType type;
        private final String packageName;

        EnumView(EnumType type, String packageName) {
            this.type = type;
            this.packageName = packageName;
        }

        public EnumType getType() {
            return type;
        }

        public Name getName() {
            return type.name();
        }

        public String getPackageName() {
            return packageName;
        }

        public String getQualifiedClass() {
            return packageName + "." + type.name().className();
        }

        public int getMaxLength() {
            return type.values().stream()
                    .mapToInt(v -> v.constant().getBytes(StandardCharsets.UTF_8).length).max().orElse(1);
        }
    }
}
