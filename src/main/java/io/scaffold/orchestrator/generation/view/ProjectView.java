package io.scaffold.orchestrator.generation.view;

import io.scaffold.orchestrator.domain.DomainModel;
import io.scaffold.orchestrator.domain.Entity;
import io.scaffold.orchestrator.domain.Field;
import io.scaffold.orchestrator.domain.FieldType;
import io.scaffold.orchestrator.domain.Name;
import io.scaffold.orchestrator.domain.Names;
import io.scaffold.orchestrator.domain.Relationship;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The domain model resolved into what the templates render: tables, columns, foreign
 * keys, join tables, Java types and the navigation fields of both sides of every
 * relationship. All relational decisions (who owns a foreign key, how a join table and
 * its columns are named) are made here, once, so that the migration, the JPA mapping, the
 * API contract and the tests agree; how a name is spelled is {@link Names}' business. The
 * view types are public because FreeMarker reads them reflectively.
 */
public final class ProjectView {

    private final DomainModel model;

    private final List<EntityView> entities;

    private final List<EnumView> enums;

    private ProjectView(DomainModel model) {
        this.model = model;
        this.enums = model.enums().stream().map(e -> new EnumView(e, model.basePackage() + ".enumeration")).toList();
        this.entities = resolveEntities(model);
    }

    public static ProjectView of(DomainModel model) {
        return new ProjectView(model);
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
        return Names.applicationClassPrefix(model.name());
    }

    /** Human title, e.g. {@code Bug Tracker}. */
    public String getTitle() {
        return Names.applicationTitle(model.name());
    }

    /** Some entity has a blob field (uploaded and downloaded on its own path). */
    public boolean isBlobs() {
        return getEntities().stream().anyMatch(e -> !e.getBlobs().isEmpty());
    }

    /**
     * Some entity's mapper is a MapStruct mapper (JDL {@code dto mapstruct}): the build
     * needs MapStruct and its annotation processor.
     */
    public boolean isMapstruct() {
        return getEntities().stream().anyMatch(EntityView::isMapstruct);
    }

    /** Whether the application is an OAuth2 resource server (the SECURED decision). */
    public boolean isSecured() {
        return model.secured();
    }

    /**
     * The built-in {@code User} the bearer token's subject is bound to
     * ({@code GET /api/account}), when the application is secured and the domain has
     * users; {@code null} otherwise.
     */
    public EntityView getAccountEntity() {
        if (!model.secured()) {
            return null;
        }
        return entities.stream()
            .filter(e -> e.getEntity().builtIn() && e.getEntity().name().original().equals("User"))
            .findFirst()
            .orElse(null);
    }

    public String getBasePackage() {
        return model.basePackage();
    }

    public String getBasePath() {
        return model.basePackage().replace('.', '/');
    }

    /**
     * Simple names of the generated entity and enum classes. Where a framework type has
     * one of these names (an enum {@code Size} and {@code @Size}), templates write the
     * framework type fully qualified.
     */
    public List<String> getDomainTypeNames() {
        Set<String> names = new TreeSet<>();
        entities.forEach(e -> names.add(e.getName().className()));
        enums.forEach(e -> names.add(e.getName().className()));
        return List.copyOf(names);
    }

    /**
     * Database, user and container name derived from the application name, e.g.
     * {@code bug_tracker}.
     */
    public String getDatabaseName() {
        return Names.databaseName(model.name());
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
                    from.addOwnedToOne(ReferenceKind.MANY_TO_ONE, r.fromField(), to, r.required(), r.displayField());
                    if (r.bidirectional()) {
                        to.addReference(Reference.inverse(ReferenceKind.ONE_TO_MANY, r.toField(), from, r.fromField()));
                    }
                }
                case ONE_TO_ONE -> {
                    from.addOwnedToOne(ReferenceKind.ONE_TO_ONE, r.fromField(), to, r.required(), r.displayField());
                    if (r.bidirectional()) {
                        to.addReference(
                                Reference.inverse(ReferenceKind.ONE_TO_ONE_INVERSE, r.toField(), from, r.fromField()));
                    }
                }
                case ONE_TO_MANY -> {
                    // The foreign key sits on the "to" side; without a declared inverse
                    // field we add one named
                    // after the "from" entity, so that the many side can be written
                    // through its own API.
                    Name inverse = r.bidirectional() ? r.toField() : syntheticInverse(from, to, r.fromField());
                    to.addOwnedToOne(ReferenceKind.MANY_TO_ONE, inverse, from, false, "id");
                    from.addReference(Reference.inverse(ReferenceKind.ONE_TO_MANY, r.fromField(), to, inverse));
                }
                case MANY_TO_MANY -> {
                    String owner = Names.snakeCase(from.getEntity().name().fieldName());
                    String target = r.fromField().sqlName();
                    String ownerColumn = owner + "_id";
                    String targetColumn = target.equals(owner) ? "related_" + target + "_id" : target + "_id";
                    JoinTable joinTable = new JoinTable(Names.sqlIdentifier("rel_" + owner + "_" + target),
                            from.getTable(), ownerColumn, to.getTable(), targetColumn);
                    from.addJoinTable(joinTable);
                    to.addReferrer(from, r.fromField());
                    String shown = r.displayField() == null ? "id" : r.displayField();
                    from.addReference(new Reference(ReferenceKind.MANY_TO_MANY, r.fromField(), to.ref(), null, false,
                            null, joinTable, shown, to.displayFieldView(shown)));
                    if (r.bidirectional()) {
                        to.addReference(Reference.inverse(ReferenceKind.MANY_TO_MANY_INVERSE, r.toField(), from,
                                r.fromField()));
                    }
                }
            }
        }
        byName.values().forEach(entity -> entity.setFetchGraph(fetchGraph(entity, byName)));
        byName.values().forEach(ProjectView::requireDistinctMembers);
        return List.copyOf(byName.values());
    }

    private static List<String> fetchGraph(EntityView entity, Map<String, EntityView> byName) {
        List<String> paths = new ArrayList<>();
        entity.getReferences().stream().filter(r -> !r.isCollection()).forEach(r -> {
            paths.add(r.getMember());
            byName.get(r.target().name().original())
                .getReferences()
                .stream()
                .filter(t -> t.kind() == ReferenceKind.ONE_TO_ONE_INVERSE)
                .forEach(t -> paths.add(r.getMember() + "." + t.getMember()));
        });
        return paths;
    }

    /**
     * A field and a relationship (or two relationships) with one Java name cannot both
     * become members.
     */
    private static void requireDistinctMembers(EntityView entity) {
        Set<String> seen = new HashSet<>();
        List<String> members = new ArrayList<>();
        entity.getFields().forEach(f -> members.add(f.getName().fieldName()));
        entity.getReferences().forEach(r -> members.add(r.getMember()));
        for (String member : members) {
            if (!seen.add(member)) {
                throw new IllegalArgumentException("Entity " + entity.getName().original() + " has two members named '"
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

    /**
     * The inverse field named after the "from" entity, or after it and the owning field
     * when that name is taken.
     */
    private static Name syntheticInverse(EntityView from, EntityView to, Name fromField) {
        Name entity = from.getName();
        Set<String> taken = new HashSet<>();
        to.getFields().forEach(f -> taken.add(f.getName().fieldName()));
        to.getReferences().forEach(ref -> taken.add(ref.field().fieldName()));
        String fieldName = taken.contains(entity.fieldName()) ? entity.fieldName() + fromField.className()
                : entity.fieldName();
        return Names.navigationField(fieldName, entity);
    }

    private List<FieldView> fieldsOf(Entity entity) {
        List<Field> fields = entity.fields();
        if (fields.isEmpty() && entity.builtIn()) {
            // A built-in user entity is referenced by its login; give it one when the
            // input lists no fields.
            fields = List.of(new Field(Names.field("login"), FieldType.STRING, null, "Login name", true, true, null,
                    null, 1, 50, null));
        }
        String table = entity.name().sqlName();
        return fields.stream().map(f -> new FieldView(f, table, enumView(f, entity))).toList();
    }

    private EnumView enumView(Field field, Entity entity) {
        if (field.type() != FieldType.ENUM) {
            return null;
        }
        return enums.stream()
            .filter(e -> e.getName().original().equals(field.enumName()))
            .findFirst()
            .orElseThrow(() -> new IllegalArgumentException("Field " + entity.name().original() + "."
                    + field.name().original() + " has enum type '" + field.enumName()
                    + "', which the model does not declare; declare the enum or fix the type"));
    }

}
