package io.scaffold.orchestrator.spec;

import io.scaffold.orchestrator.domain.DomainModel;
import io.scaffold.orchestrator.domain.Entity;
import io.scaffold.orchestrator.domain.EntityOptions;
import io.scaffold.orchestrator.domain.EnumType;
import io.scaffold.orchestrator.domain.Field;
import io.scaffold.orchestrator.domain.FieldType;
import io.scaffold.orchestrator.domain.Name;
import io.scaffold.orchestrator.domain.Names;
import io.scaffold.orchestrator.domain.Relationship;
import io.scaffold.orchestrator.domain.SchemaOrgVocabulary;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * Checks a {@link Draft} and turns it into a {@link DomainModel}. The semantic rules live
 * here once for every input format: a domain needs an entity; entity, enum and field
 * names are unique (by their generated Java name, so {@code Order} and {@code order}
 * collide); field types are known types or declared enums; validations fit their type and
 * ranges are not inverted; relationships join known entities; navigation fields do not
 * collide with fields. Then it fills what the input left open: navigation names (as
 * JHipster does), built-in {@code User}/{@code Authority}, schema.org types, objectives
 * and use cases derived from the entities, assumptions and open questions.
 */
final class DomainAssembler {

    private static final Map<String, FieldType> TYPES = Map.ofEntries(Map.entry("String", FieldType.STRING),
            Map.entry("Integer", FieldType.INTEGER), Map.entry("Long", FieldType.LONG),
            Map.entry("BigDecimal", FieldType.BIG_DECIMAL), Map.entry("Float", FieldType.FLOAT),
            Map.entry("Double", FieldType.DOUBLE), Map.entry("Boolean", FieldType.BOOLEAN),
            Map.entry("LocalDate", FieldType.LOCAL_DATE), Map.entry("LocalTime", FieldType.LOCAL_TIME),
            Map.entry("ZonedDateTime", FieldType.ZONED_DATE_TIME), Map.entry("Instant", FieldType.INSTANT),
            Map.entry("Duration", FieldType.DURATION), Map.entry("UUID", FieldType.UUID),
            Map.entry("Blob", FieldType.BLOB), Map.entry("AnyBlob", FieldType.BLOB),
            Map.entry("ImageBlob", FieldType.IMAGE_BLOB), Map.entry("TextBlob", FieldType.TEXT));
    static final List<String> TYPE_NAMES = List.of("String", "Integer", "Long", "BigDecimal", "Float", "Double",
            "Boolean", "LocalDate", "LocalTime", "ZonedDateTime", "Instant", "Duration", "UUID", "Blob", "AnyBlob",
            "ImageBlob", "TextBlob");

    private static final Set<FieldType> NUMERIC = EnumSet.of(FieldType.INTEGER, FieldType.LONG, FieldType.BIG_DECIMAL,
            FieldType.FLOAT, FieldType.DOUBLE);

    private static final Set<FieldType> SIZED = EnumSet.of(FieldType.STRING, FieldType.TEXT, FieldType.BLOB,
            FieldType.IMAGE_BLOB);

    private static final Pattern PACKAGE = Pattern.compile("[a-z_][a-z0-9_]*+(\\.[a-z_][a-z0-9_]*+)*+");

    /**
     * The domain spec schema's rule for table names; SQL folds unquoted names to lower
     * case, so any case is fine.
     */
    private static final Pattern TABLE = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*+");

    /**
     * PostgreSQL silently truncates longer identifiers, so the schema would no longer
     * match the model.
     */
    static final int MAX_IDENTIFIER_BYTES = 63;

    /**
     * A name's SQL form leaves room for what the generated schema derives from it:
     * {@code <name>_id} and {@code related_<name>_id} columns.
     */
    static final int MAX_NAME_BYTES = MAX_IDENTIFIER_BYTES - "related__id".length();

    /**
     * Keeps every generated file path within the artifact store's columns (paths of 1000,
     * event keys of 300).
     */
    static final int MAX_PACKAGE_LENGTH = 100;

    /** The largest length a PostgreSQL varchar can declare. */
    static final int MAX_LENGTH = 10_485_760;

    /** numeric(21, 2), the column of a BigDecimal: 19 digits before the point. */
    private static final BigDecimal MAX_DECIMAL = BigDecimal.TEN.pow(19);

    /** More significant digits than a double holds mean nothing in a bound. */
    private static final int MAX_PRECISION = 20;

    private final Draft draft;

    private final List<String> assumptions = new ArrayList<>();

    private final List<String> openQuestions = new ArrayList<>();

    private DomainAssembler(Draft draft) {
        this.draft = draft;
        assumptions.addAll(draft.assumptions);
        openQuestions.addAll(draft.openQuestions);
    }

    static DomainModel assemble(Draft draft) {
        return new DomainAssembler(draft).build();
    }

    private DomainModel build() {
        draft.limits.checkDeclarations(draft.file, draft.entities, draft.enums, draft.relationships);
        if (draft.entities.isEmpty()) {
            throw new SpecException(draft.file, 0, 0, "the domain declares no entity",
                    "declare at least one entity with its fields, e.g. 'entity Ticket { title String required }'");
        }
        String name = applicationName();
        String basePackage = basePackage(name);
        Map<String, Draft.Location> classNames = new HashMap<>();
        Map<String, EnumType> enums = enums(classNames);
        List<Entity> entities = new ArrayList<>();
        Map<String, Draft.Entity> byName = new LinkedHashMap<>();
        for (Draft.Entity e : draft.entities) {
            if (e.tableName != null && !TABLE.matcher(e.tableName).matches()) {
                throw error(e.location,
                        "table name '" + shown(e.tableName) + "' of entity " + e.name + " is not a plain SQL name",
                        "use letters, digits and '_', starting with a letter or '_', "
                                + "e.g. purchase_order (no schema prefix, '.', '-' or '$')");
            }
            Name entityName = name(e.location, "entity", e.name, () -> Names.entity(e.name, e.tableName));
            fits(e.location, "entity", e.name, "table name", entityName.sqlName(),
                    e.tableName == null ? MAX_NAME_BYTES : MAX_IDENTIFIER_BYTES);
            fits(e.location, "entity", e.name, "column prefix", entityName.label(), MAX_NAME_BYTES);
            Draft.Location previous = classNames.putIfAbsent(entityName.className(), e.location);
            if (previous != null) {
                throw error(
                        e.location, "entity " + e.name + " has the same name as the entity or enum at line "
                                + previous.line() + " (both become class " + entityName.className() + ")",
                        "rename one of them");
            }
            byName.put(e.name, e);
            List<Field> fields = fields(e, enums);
            entities.add(new Entity(entityName, e.documentation, fields, e.options(), SchemaOrgVocabulary.standard()
                .match(e.name, fields.stream().map(f -> f.name().fieldName()).toList()), false));
        }
        List<Relationship> relationships = relationships(byName, entities);
        addBuiltIns(entities, relationships);
        questions(entities, relationships, enums);
        List<String> objectives = new ArrayList<>(draft.objectives);
        List<String> useCases = new ArrayList<>(draft.useCases);
        deriveGoals(entities, relationships, objectives, useCases);
        return new DomainModel(name, basePackage, draft.description == null ? "" : draft.description, entities,
                List.copyOf(enums.values()), relationships, objectives, useCases, assumptions, openQuestions,
                draft.ignoredFeatures, new DomainModel.Source(draft.format, draft.file));
    }

    private String applicationName() {
        String raw = draft.name;
        if (raw == null || raw.isBlank()) {
            String base = draft.file.substring(Math.max(draft.file.lastIndexOf('/'), draft.file.lastIndexOf('\\')) + 1);
            raw = base.contains(".") ? base.substring(0, base.lastIndexOf('.')) : base;
            assumptions.add("The application name '" + Names.kebabCase(raw) + "' is taken from the file name.");
        }
        String name;
        try {
            name = Names.kebabCase(raw);
        }
        catch (IllegalArgumentException e) {
            throw new SpecException(draft.file, 0, 0,
                    "application name '" + shown(raw) + "' is not usable: " + e.getMessage(),
                    "give the application a name that starts with a letter");
        }
        // It names the database, the Maven artifact and the output folder.
        fits(Draft.Location.NONE, "application", raw, "database name", name, MAX_IDENTIFIER_BYTES);
        return name;
    }

    private String basePackage(String name) {
        if (draft.basePackage != null && !draft.basePackage.isBlank()) {
            if (!PACKAGE.matcher(draft.basePackage).matches()) {
                throw new SpecException(draft.file, 0, 0,
                        "base package '" + shown(draft.basePackage) + "' is not a Java package name",
                        "use lower-case dot-separated identifiers, e.g. com.example.shop");
            }
            if (draft.basePackage.length() > MAX_PACKAGE_LENGTH) {
                throw new SpecException(draft.file, 0, 0,
                        "base package '" + shown(draft.basePackage) + "' has " + draft.basePackage.length()
                                + " characters, more than " + MAX_PACKAGE_LENGTH,
                        "use a shorter package, e.g. com.example.shop");
            }
            return draft.basePackage;
        }
        String derived = "com.example." + name.replace("-", "");
        assumptions.add("The base package " + derived + " is derived from the application name.");
        return derived;
    }

    /** Builds the enums and registers their class names in {@code classNames}. */
    private Map<String, EnumType> enums(Map<String, Draft.Location> classNames) {
        Map<String, EnumType> enums = new LinkedHashMap<>();
        for (Draft.EnumDecl e : draft.enums) {
            Name n = name(e.location, "enum", e.name, () -> Names.enumType(e.name));
            fits(e.location, "enum", e.name, "SQL name", n.sqlName(), MAX_NAME_BYTES);
            Draft.Location previous = classNames.putIfAbsent(n.className(), e.location);
            if (previous != null) {
                throw error(e.location, "enum " + e.name + " is declared twice (first at line " + previous.line() + ")",
                        "remove or rename one of them");
            }
            List<EnumType.Value> values = new ArrayList<>();
            Map<String, Draft.Location> constants = new HashMap<>();
            for (Draft.EnumValue v : e.values) {
                String constant = name(v.location(), "enum value", v.name(), () -> Names.enumConstant(v.name()));
                Draft.Location first = constants.putIfAbsent(constant, v.location());
                if (first != null) {
                    throw error(v.location(),
                            "enum " + e.name + " lists " + v.name() + " twice (first at line " + first.line() + ")",
                            "remove the duplicate value");
                }
                values.add(new EnumType.Value(constant, v.label() == null ? constant : v.label()));
            }
            enums.put(e.name, new EnumType(n, e.documentation, values));
        }
        return enums;
    }

    private List<Field> fields(Draft.Entity entity, Map<String, EnumType> enums) {
        List<Field> fields = new ArrayList<>();
        Map<String, Draft.Location> seen = new HashMap<>();
        for (Draft.Field f : entity.fields) {
            String where = "field " + f.name + " of entity " + entity.name;
            if (f.name.equals("id")) {
                assumptions.add(entity.name + "." + f.name + " (" + f.type + ", line " + f.location.line()
                        + ") is replaced by the generated technical id (a Long primary key).");
                continue;
            }
            Name n = name(f.location, "field", f.name, () -> Names.field(f.name));
            fits(f.location, "field", f.name, "column name", n.sqlName(), MAX_NAME_BYTES);
            Draft.Location previous = seen.putIfAbsent(n.fieldName(), f.location);
            if (previous != null) {
                throw error(f.location, "entity " + entity.name + " declares field " + f.name + " twice (first at line "
                        + previous.line() + ")", "remove or rename one of them");
            }
            FieldType type = TYPES.get(f.type);
            String enumName = null;
            if (type == null) {
                if (!enums.containsKey(f.type)) {
                    throw error(f.typeLocation, "unknown type '" + f.type + "' for " + where,
                            suggestion(f.type) + "use one of " + String.join(", ", TYPE_NAMES) + ", or declare 'enum "
                                    + f.type + " { ... }'");
                }
                type = FieldType.ENUM;
                enumName = f.type;
            }
            checkValidations(f, type, where);
            fields.add(new Field(n, type, enumName, f.documentation, f.required, f.unique, f.min, f.max,
                    f.minLength == null ? null : f.minLength.intValueExact(),
                    f.maxLength == null ? null : f.maxLength.intValueExact(), f.pattern));
        }
        return fields;
    }

    private String suggestion(String type) {
        return TYPES.keySet()
            .stream()
            .filter(t -> t.equalsIgnoreCase(type))
            .findFirst()
            .map(t -> "did you mean " + t + "? ")
            .orElse(draft.enums.stream()
                .map(e -> e.name)
                .filter(e -> e.equalsIgnoreCase(type))
                .findFirst()
                .map(e -> "did you mean " + e + "? ")
                .orElse(""));
    }

    private void checkValidations(Draft.Field f, FieldType type, String where) {
        Draft.Location at = f.rangeLocation == null ? f.location : f.rangeLocation;
        if ((f.min != null || f.max != null) && !NUMERIC.contains(type)) {
            throw error(at, "min/max apply to numbers, but " + where + " is " + f.type,
                    "use minlength/maxlength for text, minbytes/maxbytes for blobs, or remove min/max");
        }
        if ((f.minLength != null || f.maxLength != null) && !SIZED.contains(type)) {
            throw error(at, "length limits apply to text and blobs, but " + where + " is " + f.type,
                    "use min/max for numbers, or remove the length limit");
        }
        checkBound(at, "min", f.min, type, where);
        checkBound(at, "max", f.max, type, where);
        checkLength(at, "minimum length", f.minLength, where);
        checkLength(at, "maximum length", f.maxLength, where);
        if (f.min != null && f.max != null && f.min.compareTo(f.max) > 0) {
            throw error(at,
                    "min " + f.min.toPlainString() + " is greater than max " + f.max.toPlainString() + " on " + where,
                    "swap the values or correct one of them");
        }
        if (f.minLength != null && f.maxLength != null && f.minLength.compareTo(f.maxLength) > 0) {
            throw error(at,
                    "minimum length " + f.minLength + " is greater than maximum length " + f.maxLength + " on " + where,
                    "swap the values or correct one of them");
        }
        if (f.pattern != null) {
            if (type != FieldType.STRING && type != FieldType.TEXT) {
                throw error(at == f.location ? f.location : at,
                        "pattern applies to text, but " + where + " is " + f.type, "remove the pattern");
            }
            try {
                Pattern.compile(f.pattern);
            }
            catch (PatternSyntaxException e) {
                throw error(f.location,
                        "pattern of " + where + " is not a valid regular expression: " + e.getDescription(),
                        "correct the regular expression");
            }
        }
    }

    /**
     * A bound must fit the field's Java and SQL type: no wrapping, no rounding into
     * another value.
     */
    private void checkBound(Draft.Location at, String which, BigDecimal value, FieldType type, String where) {
        if (value == null) {
            return;
        }
        String problem = switch (type) {
            case INTEGER -> whole(value, BigInteger.valueOf(Integer.MIN_VALUE), BigInteger.valueOf(Integer.MAX_VALUE),
                    "an Integer");
            case LONG -> whole(value, BigInteger.valueOf(Long.MIN_VALUE), BigInteger.valueOf(Long.MAX_VALUE), "a Long");
            case BIG_DECIMAL -> value.abs().compareTo(MAX_DECIMAL) >= 0 || value.scale() > MAX_PRECISION
                    ? "must be below 10^19 in magnitude with at most " + MAX_PRECISION
                            + " decimals (the column is numeric(21, 2))"
                    : null;
            case FLOAT ->
                value.abs().compareTo(new BigDecimal(Float.MAX_VALUE)) > 0 || value.precision() > MAX_PRECISION
                        ? "is out of range for a Float" : null;
            default -> value.abs().compareTo(new BigDecimal(Double.MAX_VALUE)) > 0 || value.precision() > MAX_PRECISION
                    ? "is out of range for a Double" : null;
        };
        if (problem != null) {
            throw error(at, which + " " + shown(value.toString()) + " of " + where + " " + problem,
                    "use a value the field's type can hold, or another type");
        }
    }

    private static String whole(BigDecimal value, BigInteger min, BigInteger max, String type) {
        if (value.signum() != 0 && value.stripTrailingZeros().scale() > 0) {
            return "must be a whole number for " + type;
        }
        BigInteger v = value.precision() - value.scale() > 40 ? null : value.toBigInteger();
        return v == null || v.compareTo(min) < 0 || v.compareTo(max) > 0
                ? "is out of range for " + type + " (" + min + " to " + max + ")" : null;
    }

    private void checkLength(Draft.Location at, String which, BigDecimal value, String where) {
        if (value != null && (value.signum() < 0 || (value.signum() != 0 && value.stripTrailingZeros().scale() > 0)
                || value.compareTo(BigDecimal.valueOf(MAX_LENGTH)) > 0)) {
            throw error(at,
                    which + " of " + where + " must be a whole number from 0 to " + MAX_LENGTH
                            + " (the longest PostgreSQL varchar), found " + shown(value.toString()),
                    "use a smaller length, or TextBlob for longer text");
        }
    }

    private List<Relationship> relationships(Map<String, Draft.Entity> byName, List<Entity> entities) {
        List<Relationship> result = new ArrayList<>();
        Map<String, Map<String, Draft.Location>> members = new HashMap<>();
        for (Entity e : entities) {
            Map<String, Draft.Location> names = new HashMap<>();
            byName.get(e.name().original()).fields.forEach(f -> names.put(Names.lowerCamel(f.name), f.location));
            members.put(e.name().original(), names);
        }
        for (Draft.Rel r : draft.relationships) {
            String label = r.from + " to " + r.to;
            if (!byName.containsKey(r.from)) {
                throw unknownEntity(r.location, r.from, label, byName);
            }
            if (!byName.containsKey(r.to) && !r.builtInTarget) {
                throw unknownEntity(r.toLocation == null ? r.location : r.toLocation, r.to, label, byName);
            }
            String fromField = r.fromField;
            if (fromField == null) {
                fromField = Names.lowerCamel(r.to);
                assumptions.add(label + ": navigation field on " + r.from + " defaulted to '" + fromField + "'.");
            }
            String toField = r.toField;
            if (toField == null && r.kind == Relationship.Kind.ONE_TO_MANY) {
                toField = Names.lowerCamel(r.from);
                assumptions.add(label + " (OneToMany) is made bidirectional as JHipster does: field '" + toField
                        + "' on " + r.to + ".");
            }
            if (r.displayField != null && !r.displayField.equals("id")) {
                checkDisplayField(r, byName);
            }
            String f = fromField;
            Name fromName = name(r.location, "navigation field", f, () -> Names.field(f));
            fits(r.location, "navigation field", f, "column name", fromName.sqlName(), MAX_NAME_BYTES);
            claim(members, r.from, fromName.fieldName(), r.location, label);
            Name toName = null;
            if (toField != null) {
                String t = toField;
                toName = name(r.toLocation, "navigation field", t, () -> Names.field(t));
                fits(r.toLocation, "navigation field", t, "column name", toName.sqlName(), MAX_NAME_BYTES);
                if (!r.builtInTarget) {
                    claim(members, r.to, toName.fieldName(), r.toLocation, label);
                }
            }
            boolean required = r.kind == Relationship.Kind.ONE_TO_MANY ? r.toRequired : r.fromRequired;
            result.add(new Relationship(r.kind, r.from, fromName, r.displayField == null ? "id" : r.displayField, r.to,
                    toName, required, r.documentation));
        }
        return result;
    }

    private void checkDisplayField(Draft.Rel r, Map<String, Draft.Entity> byName) {
        List<String> fields = r.builtInTarget && !byName.containsKey(r.to) ? List.of(builtInField(r.to))
                : byName.get(r.to).fields.stream().map(f -> f.name).toList();
        if (!fields.contains(r.displayField)) {
            throw error(r.location, "display field '" + r.displayField + "' of " + r.from + " to " + r.to
                    + " is not a field of " + r.to, "use one of: " + String.join(", ", fields) + ", or id");
        }
    }

    /**
     * A navigation field becomes a Java field of its entity: it must not collide with a
     * field or another navigation.
     */
    private void claim(Map<String, Map<String, Draft.Location>> members, String entity, String field, Draft.Location at,
            String label) {
        Draft.Location previous = members.get(entity).putIfAbsent(field, at);
        if (previous != null) {
            throw error(at,
                    "relationship " + label + " adds '" + field + "' to " + entity
                            + ", which already has a field or relationship of that name (line " + previous.line() + ")",
                    "give the relationship another field name, e.g. " + entity + "{" + field + "2}");
        }
    }

    private SpecException unknownEntity(Draft.Location at, String entity, String label,
            Map<String, Draft.Entity> known) {
        return error(at, "relationship " + label + " refers to unknown entity '" + entity + "'",
                "declare entity " + entity + " or use one of: " + String.join(", ", known.keySet()));
    }

    private static String builtInField(String entity) {
        return entity.equals("User") ? "login" : "name";
    }

    /**
     * JHipster provides User and Authority; a generated project must declare them itself.
     */
    private void addBuiltIns(List<Entity> entities, List<Relationship> relationships) {
        for (String builtIn : List.of("User", "Authority")) {
            boolean declared = entities.stream().anyMatch(e -> e.name().original().equals(builtIn));
            boolean referenced = relationships.stream().anyMatch(r -> r.to().equals(builtIn));
            if (referenced && !declared) {
                Field key = new Field(Names.field(builtInField(builtIn)), FieldType.STRING, null, "", true, true, null,
                        null, null, 50, null);
                entities
                    .add(new Entity(Names.entity(builtIn), "Built-in " + builtIn.toLowerCase(Locale.ROOT) + " entity.",
                            List.of(key), EntityOptions.DEFAULTS, builtIn.equals("User") ? "Person" : "Role", true));
                assumptions.add("Built-in entity " + builtIn + " is generated with a unique required '"
                        + builtInField(builtIn) + "' of at most 50 characters.");
            }
        }
    }

    /**
     * Gaps with no concrete options to offer, kept as notes; gaps that are a choice
     * (which field is required, ...) are {@link ClarifyingQuestions}.
     */
    private void questions(List<Entity> entities, List<Relationship> relationships, Map<String, EnumType> enums) {
        for (Entity e : entities) {
            if (e.builtIn()) {
                continue;
            }
            if (e.fields().isEmpty()) {
                openQuestions.add("Entity " + e.name().original()
                        + " has no fields besides its id: which attributes does it hold?");
            }
        }
        for (EnumType e : enums.values()) {
            if (e.values().isEmpty()) {
                openQuestions.add("Enum " + e.name().original() + " has no values: which values can it take?");
            }
        }
        if (entities.size() > 1 && relationships.isEmpty()) {
            openQuestions.add("No relationships are declared between the " + entities.size()
                    + " entities: are they really independent?");
        }
    }

    /**
     * Objectives and use cases when the input states none: one objective per entity; per
     * entity listing, viewing and creating it, then what its relationships and enums let
     * users do (assign a ticket to an agent, list the tickets of an agent, change the
     * status of a ticket); editing and deleting only for an entity with none of those.
     */
    private void deriveGoals(List<Entity> entities, List<Relationship> relationships, List<String> objectives,
            List<String> useCases) {
        List<Entity> own = entities.stream().filter(e -> !e.builtIn()).toList();
        boolean deriveObjectives = objectives.isEmpty();
        boolean deriveUseCases = useCases.isEmpty();
        for (Entity e : own) {
            if (deriveObjectives) {
                objectives.add("Manage " + plural(e.name()));
            }
            if (deriveUseCases) {
                useCases.add("List " + plural(e.name()));
                useCases.add("View " + singular(e.name()));
                if (!e.options().readOnly()) {
                    useCases.add("Create " + singular(e.name()));
                    List<String> acts = acts(e, own, relationships);
                    if (acts.isEmpty()) {
                        useCases.add("Update " + singular(e.name()));
                        useCases.add("Delete " + singular(e.name()));
                    }
                    useCases.addAll(acts);
                }
            }
        }
        if (deriveObjectives || deriveUseCases) {
            assumptions.add("The input states no "
                    + (deriveObjectives && deriveUseCases ? "objectives or use cases"
                            : deriveObjectives ? "objectives" : "use cases")
                    + ": they are derived from the entities, their relationships and enums.");
        }
    }

    /** What users do with an entity through its relationships and enum fields. */
    private static List<String> acts(Entity e, List<Entity> own, List<Relationship> relationships) {
        List<String> acts = new ArrayList<>();
        for (Field f : e.fields()) {
            if (f.type() == FieldType.ENUM) {
                acts.add("Change the " + lower(f.name()) + " of " + singular(e.name()));
            }
        }
        for (Relationship r : relationships) {
            if (!r.from().equals(e.name().original())) {
                continue;
            }
            Optional<Entity> target = own.stream().filter(t -> t.name().original().equals(r.to())).findFirst();
            if (target.isEmpty()) {
                continue;
            }
            Name to = target.get().name();
            String role = lower(r.fromField()).equals(lower(to)) ? "" : " as " + lower(r.fromField());
            switch (r.kind()) {
                case MANY_TO_ONE, ONE_TO_ONE -> {
                    acts.add("Assign " + singular(e.name()) + " to " + singular(to) + role);
                    acts.add("List the " + plural(e.name()) + " of " + singular(to));
                }
                case ONE_TO_MANY -> acts.add("List the " + plural(to) + " of " + singular(e.name()));
                case MANY_TO_MANY -> {
                    acts.add("Add " + singular(to) + " to " + singular(e.name()) + role);
                    acts.add("Remove " + singular(to) + " from " + singular(e.name()) + role);
                }
            }
        }
        return acts;
    }

    private static String lower(Name name) {
        return name.label().toLowerCase(Locale.ROOT);
    }

    private static String plural(Name name) {
        return name.pathSegment().replace('-', ' ');
    }

    private static String singular(Name name) {
        String label = lower(name);
        return ("aeiou".indexOf(label.charAt(0)) >= 0 ? "an " : "a ") + label;
    }

    private <T> T name(Draft.Location at, String what, String original, java.util.function.Supplier<T> build) {
        try {
            return build.get();
        }
        catch (IllegalArgumentException e) {
            throw error(at, what + " name '" + shown(original) + "' is not usable: it must start with a letter and "
                    + "contain letters", "use a name made of letters and digits that starts with a letter");
        }
    }

    /** A name's generated SQL (or other bounded) form must fit where it lands. */
    private void fits(Draft.Location at, String what, String original, String form, String generated, int maxBytes) {
        int bytes = generated.getBytes(StandardCharsets.UTF_8).length;
        if (bytes > maxBytes) {
            throw error(at,
                    what + " name '" + shown(original) + "' is too long: its " + form + " '" + shown(generated)
                            + "' has " + bytes + " bytes, more than " + maxBytes,
                    "shorten the name (PostgreSQL identifiers hold " + MAX_IDENTIFIER_BYTES
                            + " bytes, and the generated " + "schema adds suffixes such as _id)");
        }
    }

    /**
     * User text in a message: at most 60 characters, so that a huge input does not make a
     * huge message.
     */
    static String shown(String text) {
        return text.length() <= 60 ? text : text.substring(0, 57) + "...";
    }

    private SpecException error(Draft.Location at, String problem, String howToFix) {
        Draft.Location l = at == null ? Draft.Location.NONE : at;
        return new SpecException(draft.file, l.line(), l.column(), problem, howToFix);
    }

}
