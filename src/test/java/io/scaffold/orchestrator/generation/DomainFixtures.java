package io.scaffold.orchestrator.generation;

import io.scaffold.orchestrator.domain.DomainModel;
import io.scaffold.orchestrator.domain.Entity;
import io.scaffold.orchestrator.domain.EntityOptions;
import io.scaffold.orchestrator.domain.EnumType;
import io.scaffold.orchestrator.domain.Field;
import io.scaffold.orchestrator.domain.FieldType;
import io.scaffold.orchestrator.domain.Name;
import io.scaffold.orchestrator.domain.Names;
import io.scaffold.orchestrator.domain.Relationship;
import io.scaffold.orchestrator.domain.Relationship.Kind;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Domain models built by hand, independent of the parser: bug-tracker as JDL describes
 * it, and a domain whose names are Java and SQL keywords. Names are made safe the way the
 * naming rules of the domain package promise (keywords get a suffix, tables are plural).
 */
final class DomainFixtures {

    private DomainFixtures() {
    }

    static Name entityName(String original) {
        return entityName(original, original);
    }

    static Name entityName(String original, String className) {
        String field = Character.toLowerCase(className.charAt(0)) + className.substring(1);
        String plural = plural(field);
        String snakePlural = Names.snakeCase(plural);
        return new Name(original, className, field, plural, snakePlural, snakePlural.replace('_', '-'),
                label(className));
    }

    static Name fieldName(String original) {
        return fieldName(original, original, Names.snakeCase(original));
    }

    static Name fieldName(String original, String javaName, String sqlName) {
        String className = Character.toUpperCase(javaName.charAt(0)) + javaName.substring(1);
        return new Name(original, className, javaName, plural(javaName), sqlName, plural(sqlName).replace('_', '-'),
                label(javaName));
    }

    private static String label(String camel) {
        String words = camel.replaceAll("([a-z0-9])([A-Z])", "$1 $2");
        return Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }

    private static String plural(String word) {
        if (word.endsWith("s")) {
            return word + "es";
        }
        return word.endsWith("y") ? word.substring(0, word.length() - 1) + "ies" : word + "s";
    }

    static Field field(String name, FieldType type) {
        return new Field(fieldName(name), type, null, "", false, false, null, null, null, null, null);
    }

    static Field field(Name name, FieldType type, String enumName, boolean required, boolean unique, Integer minLength,
            Integer maxLength) {
        return new Field(name, type, enumName, "", required, unique, null, null, minLength, maxLength, null);
    }

    static Entity entity(String name, Field... fields) {
        return entity(entityName(name), EntityOptions.DEFAULTS, false, fields);
    }

    static Entity entity(Name name, EntityOptions options, boolean builtIn, Field... fields) {
        return new Entity(name, "", Arrays.asList(fields), options, "Thing", builtIn);
    }

    static Relationship rel(Kind kind, String from, String fromField, String to, String toField, boolean required) {
        return new Relationship(kind, from, safeFieldName(fromField), "id", to,
                toField == null ? null : safeFieldName(toField), required, "");
    }

    /**
     * Java keywords get a suffix, as the naming rules promise (SQL words are safe here:
     * columns end in _id).
     */
    private static Name safeFieldName(String original) {
        return List.of("class", "default", "new", "package").contains(original)
                ? fieldName(original, original + "Value", original) : fieldName(original);
    }

    static EnumType enumType(String name, String... constants) {
        return new EnumType(entityName(name), "",
                Arrays.stream(constants)
                    .map(c -> new EnumType.Value(c, c.charAt(0) + c.substring(1).toLowerCase(Locale.ROOT)))
                    .toList());
    }

    static DomainModel model(String name, String basePackage, List<Entity> entities, List<EnumType> enums,
            List<Relationship> relationships) {
        return new DomainModel(name, basePackage, "The " + name + " application.", entities, enums, relationships,
                List.of("Track work end to end"), List.of("Manage " + entities.get(0).name().plural()),
                List.of("Single tenant"), List.of("Who may delete records?"), List.of(),
                new DomainModel.Source(DomainModel.Source.Format.JDL, name + ".jdl"));
    }

    /** bug-tracker.jdl from the corpus, written out by hand. */
    static DomainModel bugTracker() {
        EntityOptions paginated = new EntityOptions(EntityOptions.Pagination.PAGINATION, false, false, false, false,
                false, false);
        List<Entity> entities = List.of(entity("Project", field("name", FieldType.STRING)),
                entity("Label", field(fieldName("label"), FieldType.STRING, null, true, false, 3, null)),
                entity(entityName("Ticket"), paginated, false,
                        field(fieldName("title"), FieldType.STRING, null, true, false, null, null),
                        field("description", FieldType.STRING), field("dueDate", FieldType.LOCAL_DATE),
                        field("date", FieldType.ZONED_DATE_TIME),
                        field(fieldName("status"), FieldType.ENUM, "Status", false, false, null, null),
                        field(fieldName("type"), FieldType.ENUM, "Type", false, false, null, null),
                        field(fieldName("priority"), FieldType.ENUM, "Priority", false, false, null, null)),
                entity("Attachment", field(fieldName("name"), FieldType.STRING, null, true, false, 3, null),
                        field("file", FieldType.BLOB)),
                entity("Comment", field("date", FieldType.ZONED_DATE_TIME), field("text", FieldType.STRING)),
                entity(entityName("User", "User"), EntityOptions.DEFAULTS, true));
        List<EnumType> enums = List.of(
                enumType("Status", "OPEN", "WAITING_FOR_RESPONSE", "CLOSED", "DUPLICATE", "IN_PROGRESS", "REOPENED",
                        "CANNOT_REPRODUCE", "SOLVED", "WONT_IMPLEMENT", "VERIFIED"),
                enumType("Type", "BUG", "FEATURE"),
                enumType("Priority", "HIGHEST", "HIGHER", "HIGH", "NORMAL", "LOW", "LOWER", "LOWERST"));
        List<Relationship> relationships = List.of(rel(Kind.MANY_TO_MANY, "Ticket", "label", "Label", "ticket", false),
                rel(Kind.MANY_TO_ONE, "Ticket", "project", "Project", null, false),
                rel(Kind.MANY_TO_ONE, "Ticket", "assignedTo", "User", null, false),
                rel(Kind.MANY_TO_ONE, "Ticket", "reportedBy", "User", null, false),
                rel(Kind.MANY_TO_ONE, "Comment", "login", "User", null, false),
                rel(Kind.ONE_TO_MANY, "Comment", "parent", "Comment", "child", false),
                rel(Kind.ONE_TO_MANY, "Ticket", "attachment", "Attachment", null, false));
        return model("bug-tracker", "com.example.bugtracker", entities, enums, relationships);
    }

    /**
     * Entities and fields named after Java and SQL keywords, every field type, a required
     * many-to-one, a self reference, a one-to-one and a many-to-many.
     */
    static DomainModel awkwardNames() {
        Field value = new Field(fieldName("value"), FieldType.BIG_DECIMAL, null, "", false, false, new BigDecimal("0"),
                new BigDecimal("1000000"), null, null, null);
        Field order = new Field(fieldName("order", "order", "order_value"), FieldType.INTEGER, null, "", true, false,
                new BigDecimal("1"), new BigDecimal("100"), null, null, null);
        List<Entity> entities = List.of(entity(entityName("Order"), EntityOptions.DEFAULTS, false,
                field(fieldName("default", "defaultValue", "default_value"), FieldType.STRING, null, true, true, 2, 40),
                field(fieldName("from", "from", "from_value"), FieldType.LOCAL_DATE, null, false, false, null, null),
                field(fieldName("to", "to", "to_value"), FieldType.INSTANT, null, false, false, null, null), order,
                field(fieldName("type"), FieldType.ENUM, "Type", true, false, null, null), value),
                entity(entityName("Group"),
                        new EntityOptions(EntityOptions.Pagination.PAGINATION, false, false, false, false, true, false),
                        false,
                        field(fieldName("class", "clazz", "class_name"), FieldType.STRING, null, false, false, null,
                                null),
                        field(fieldName("select", "select", "select_value"), FieldType.BOOLEAN, null, false, false,
                                null, null),
                        field("count", FieldType.LONG), field("ratio", FieldType.FLOAT),
                        field("weight", FieldType.DOUBLE), field("startsAt", FieldType.LOCAL_TIME),
                        field("happenedAt", FieldType.ZONED_DATE_TIME), field("timeout", FieldType.DURATION),
                        field("token", FieldType.UUID), field("notes", FieldType.TEXT),
                        field("picture", FieldType.IMAGE_BLOB)),
                entity(entityName("Select"),
                        new EntityOptions(EntityOptions.Pagination.NONE, false, false, false, false, true, false),
                        false,
                        new Field(fieldName("pattern"), FieldType.STRING, null, "", true, false, null, null, null, 60,
                                "^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$")),
                entity(entityName("Class", "ClassEntity"), EntityOptions.DEFAULTS, false,
                        field(fieldName("value"), FieldType.STRING, null, false, false, null, null)));
        List<Relationship> relationships = List.of(rel(Kind.MANY_TO_ONE, "Order", "group", "Group", "order", true),
                rel(Kind.MANY_TO_ONE, "Group", "parent", "Group", "child", false),
                rel(Kind.MANY_TO_MANY, "Group", "option", "Select", "group", false),
                rel(Kind.MANY_TO_MANY, "Group", "group", "Group", null, false),
                rel(Kind.ONE_TO_ONE, "Select", "class", "Class", "select", false),
                rel(Kind.ONE_TO_MANY, "Class", "order", "Order", null, false));
        return model("awkward-names", "com.example.awkward", entities,
                List.of(enumType("Type", "DEFAULT", "SELECT", "CLASS")), relationships);
    }

}
