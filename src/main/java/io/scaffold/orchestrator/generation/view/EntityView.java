package io.scaffold.orchestrator.generation.view;

import io.scaffold.orchestrator.domain.Entity;
import io.scaffold.orchestrator.domain.EntityOptions;
import io.scaffold.orchestrator.domain.FieldType;
import io.scaffold.orchestrator.domain.Name;
import io.scaffold.orchestrator.domain.Names;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/** An entity with its columns and relationships resolved. */
public final class EntityView {

    /** The longest value the generated search test writes into the probe field. */
    public static final int SEARCH_PROBE_LENGTH = 60;

    private final Entity entity;

    private final String packageName;

    private final String table;

    private final List<FieldView> fields;

    private final List<Reference> references = new ArrayList<>();

    private final List<JoinTable> joinTables = new ArrayList<>();

    private final Set<String> referrers = new TreeSet<>();

    private List<String> fetchGraph = List.of();

    EntityView(Entity entity, String basePackage, List<FieldView> fields) {
        this.entity = entity;
        this.packageName = basePackage + "." + entity.name().fieldName().toLowerCase(Locale.ROOT);
        this.table = entity.name().sqlName();
        this.fields = fields;
    }

    void addOwnedToOne(ReferenceKind kind, Name field, EntityView target, boolean required, String displayField) {
        target.addReferrer(this, field);
        String shown = displayField == null ? "id" : displayField;
        references.add(new Reference(kind, field, target.ref(), field.sqlName() + "_id", required, null, null, shown,
                target.displayFieldView(shown)));
    }

    /**
     * The field a reference to this entity shows besides its id; null for the id itself.
     */
    FieldView displayFieldView(String displayField) {
        return fields.stream().filter(f -> f.getName().fieldName().equals(displayField)).findFirst().orElse(null);
    }

    /**
     * Records that rows of {@code owner} refer to rows of this entity through
     * {@code field}: deleting such a row is refused.
     */
    void addReferrer(EntityView owner, Name field) {
        referrers.add(owner.getName().label() + " (" + field.fieldName() + ")");
    }

    /**
     * What may refer to a row of this entity, e.g. {@code Ticket (project)}, sorted;
     * named when a delete is refused.
     */
    public List<String> getReferrers() {
        return List.copyOf(referrers);
    }

    void setFetchGraph(List<String> fetchGraph) {
        this.fetchGraph = List.copyOf(fetchGraph);
    }

    /**
     * Attribute paths a read fetches with the row: every to-one reference, and the
     * inverse one-to-one sides of the entities they lead to, which Hibernate would
     * otherwise load row by row.
     */
    public List<String> getFetchGraph() {
        return fetchGraph;
    }

    void addReference(Reference reference) {
        references.add(reference);
    }

    void addJoinTable(JoinTable joinTable) {
        joinTables.add(joinTable);
    }

    TargetRef ref() {
        return new TargetRef(entity.name(), packageName, table, isReadOnly());
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
        return Names.sqlIdentifier("pk_" + table);
    }

    public boolean isPaginated() {
        return entity.options().pagination() != EntityOptions.Pagination.NONE;
    }

    /**
     * JDL {@code dto mapstruct}: the mapper is a MapStruct interface the annotation
     * processor implements at compile time (a Spring bean the service is given);
     * otherwise a hand-written class of static methods.
     */
    public boolean isMapstruct() {
        return entity.options().dto();
    }

    /**
     * JDL {@code service with serviceImpl}: the service is the interface {@code XService}
     * (what the controller depends on) and the class {@code XServiceImpl}; otherwise the
     * one class {@code XService}.
     */
    public boolean isServiceImpl() {
        return entity.options().serviceImpl();
    }

    /**
     * JDL {@code readOnly}: the API only reads (list and get); rows come from migrations
     * or the database, never through the API.
     */
    public boolean isReadOnly() {
        return entity.options().readOnly();
    }

    /**
     * The criteria of the list endpoint (JDL {@code filter}): the id, every field but
     * binaries, and the id of every owned reference; empty without {@code filter}.
     */
    public List<Criterion> getCriteria() {
        if (!entity.options().filter()) {
            return List.of();
        }
        List<Criterion> criteria = new ArrayList<>();
        criteria.add(new Criterion("id", "id", CriterionKind.RANGE, "Long::valueOf", "an integer", null, null));
        for (FieldView f : fields) {
            String name = f.getName().fieldName();
            switch (f.getField().type()) {
                case STRING, TEXT -> criteria.add(new Criterion(name, name, CriterionKind.TEXT, null, "text", f, null));
                case BOOLEAN ->
                    criteria.add(new Criterion(name, name, CriterionKind.BOOLEAN, null, "true or false", f, null));
                case ENUM ->
                    criteria.add(new Criterion(name, name, CriterionKind.VALUE,
                            f.getEnumView().getQualifiedClass() + "::valueOf",
                            "one of " + String.join(", ",
                                    f.getEnumView().getType().values().stream().map(v -> v.constant()).toList()),
                            f, null));
                case UUID -> criteria.add(new Criterion(name, name, CriterionKind.VALUE, "java.util.UUID::fromString",
                        "a UUID", f, null));
                case BLOB, IMAGE_BLOB -> {
                    // binary content is not filtered
                }
                default -> criteria.add(new Criterion(name, name, CriterionKind.RANGE, rangeParser(f.getField().type()),
                        rangeExpected(f.getField().type()), f, null));
            }
        }
        for (Reference r : getWritableReferences()) {
            criteria.add(new Criterion(r.getMember() + ".id", r.getMember(), CriterionKind.REFERENCE, "Long::valueOf",
                    "the id of " + (r.isCollection() ? "a" : "the") + " " + r.target().name().label(), null, r));
        }
        return criteria;
    }

    /**
     * JDL {@code search}, generated as PostgreSQL full-text search: the String and
     * TextBlob fields whose text a stored {@code tsvector} column indexes; empty without
     * {@code search} or when the entity has no such field (then it has no search
     * endpoint, and the parser lists the option as ignored). Enums are left out: their
     * values are codes a client asks for exactly (with {@code filter}), not words.
     */
    public List<FieldView> getSearchFields() {
        if (!entity.options().search()) {
            return List.of();
        }
        return fields.stream().filter(FieldView::isText).toList();
    }

    /** Has a search endpoint ({@code GET /api/{entities}/_search?query=...}). */
    public boolean isSearchable() {
        return !getSearchFields().isEmpty();
    }

    /**
     * The stored generated {@code tsvector} column of the searchable text (the JPA entity
     * does not map it): {@code search_vector}, or with a trailing underscore when a
     * field's column has that name.
     */
    public String getSearchColumn() {
        String column = "search_vector";
        while (true) {
            String candidate = column;
            if (fields.stream().noneMatch(f -> f.getColumn().equals(candidate))) {
                return column;
            }
            column = column + "_";
        }
    }

    /** The GIN index on {@link #getSearchColumn()}. */
    public String getSearchIndexName() {
        return Names.sqlIdentifier("idx_" + table + "_" + getSearchColumn());
    }

    /**
     * The searchable field the generated search test writes words of its own into (up to
     * 60 characters): the first without a pattern whose length bounds allow that; null
     * when there is none (the test then searches for a row's own value).
     */
    public FieldView getSearchProbe() {
        return getSearchFields().stream()
            .filter(f -> f.getField().pattern() == null)
            .filter(f -> f.getMaxLength() == null || f.getMaxLength() >= SEARCH_PROBE_LENGTH)
            .filter(f -> f.getField().minLength() == null || f.getField().minLength() <= 12)
            .findFirst()
            .orElse(null);
    }

    private static String rangeParser(FieldType type) {
        return switch (type) {
            case INTEGER -> "Integer::valueOf";
            case LONG -> "Long::valueOf";
            case FLOAT -> "Float::valueOf";
            case DOUBLE -> "Double::valueOf";
            case BIG_DECIMAL -> "java.math.BigDecimal::new";
            default -> type.javaType() + "::parse";
        };
    }

    private static String rangeExpected(FieldType type) {
        return switch (type) {
            case INTEGER, LONG -> "an integer";
            case FLOAT, DOUBLE, BIG_DECIMAL -> "a number";
            case LOCAL_DATE -> "a date such as 2024-01-31";
            case LOCAL_TIME -> "a time such as 08:30";
            case ZONED_DATE_TIME, INSTANT -> "a date-time such as 2024-01-31T08:30:00Z";
            case DURATION -> "an ISO-8601 duration such as PT15M";
            default -> throw new IllegalArgumentException(type + " is not filtered by range");
        };
    }

    public List<FieldView> getFields() {
        return fields;
    }

    /** The fields a JSON request carries: every field but the blobs. */
    public List<FieldView> getApiFields() {
        return fields.stream().filter(f -> !f.isBlob()).toList();
    }

    /** The blob fields, each with its own upload and download path. */
    public List<FieldView> getBlobs() {
        return fields.stream().filter(FieldView::isBlob).toList();
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

    /**
     * Entities other than this one whose repositories the service needs to resolve
     * written references.
     */
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
        references.stream()
            .filter(r -> !r.target().packageName().equals(packageName))
            .forEach(r -> imports.add(r.target().getQualifiedClass()));
        return imports;
    }

    /** Types of the fields (java.time, enums, ...) to import, sorted. */
    public Set<String> getFieldImports() {
        Set<String> imports = new TreeSet<>();
        fields.stream().map(FieldView::getJavaImport).filter(i -> i != null).forEach(imports::add);
        return imports;
    }

    /**
     * Repositories (other than this entity's own) that the service needs, sorted, for
     * imports.
     */
    public Set<String> getRepositoryImports() {
        Set<String> imports = new TreeSet<>();
        getReferencedEntities().forEach(t -> imports.add(t.getQualifiedClass() + "Repository"));
        return imports;
    }

    /**
     * The first required field without a relationship, used by tests to provoke a 400;
     * may be null.
     */
    public FieldView getFirstRequiredField() {
        return getApiFields().stream().filter(f -> f.getField().required()).findFirst().orElse(null);
    }

    /**
     * The first string field, used by tests to check that values round-trip; may be null.
     */
    public FieldView getFirstStringField() {
        return fields.stream().filter(f -> f.getField().type() == FieldType.STRING).findFirst().orElse(null);
    }

    public String getFirstRequiredReference() {
        return getWritableReferences().stream()
            .filter(Reference::required)
            .findFirst()
            .map(Reference::getApiProperty)
            .orElse(null);
    }

}
