package io.scaffold.orchestrator.spec;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.networknt.schema.JsonNodePath;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import io.scaffold.orchestrator.domain.DomainModel;
import io.scaffold.orchestrator.domain.EntityOptions;
import io.scaffold.orchestrator.domain.Relationship;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads the project's own domain specification in YAML or JSON (format:
 * {@code docs/domain-spec.md}, schema: {@code /schema/domain-spec.schema.json}). The
 * document is validated against the JSON Schema first; each schema violation is reported
 * at the line and column of the offending key in the input, which Jackson's location
 * tracking provides.
 */
public final class DomainSpecReader {

    public static final String SCHEMA = "/schema/domain-spec.schema.json";

    private static final JsonSchema SCHEMA_INSTANCE = loadSchema();

    private static JsonSchema loadSchema() {
        try (InputStream in = DomainSpecReader.class.getResourceAsStream(SCHEMA)) {
            if (in == null) {
                throw new IllegalStateException(SCHEMA + " is missing from the classpath");
            }
            return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(in);
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private final SpecLimits limits;

    public DomainSpecReader() {
        this(SpecLimits.DEFAULTS);
    }

    public DomainSpecReader(SpecLimits limits) {
        this.limits = limits;
    }

    /** Reads a spec; {@code json} selects JSON, otherwise YAML. */
    public DomainModel read(String file, String content, boolean json) {
        ObjectMapper mapper = json ? new ObjectMapper() : new ObjectMapper(new YAMLFactory());
        mapper.enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
        JsonNode root;
        Map<String, Draft.Location> locations;
        try {
            root = mapper.readTree(content);
            locations = locations(mapper, content);
        }
        catch (JsonProcessingException e) {
            JsonLocation l = e.getLocation();
            throw new SpecException(file, l == null ? 0 : l.getLineNr(), l == null ? 0 : l.getColumnNr(),
                    "malformed " + (json ? "JSON" : "YAML") + ": " + e.getOriginalMessage(),
                    "correct the syntax; keys must be unique within a mapping");
        }
        if (root == null || root.isMissingNode() || root.isNull()) {
            throw new SpecException(file, 0, 0, "the spec is empty",
                    "describe at least 'application: {name: ...}' and one entity under 'entities'");
        }
        validate(file, root, locations);
        Draft draft = new Draft(file, json ? DomainModel.Source.Format.JSON : DomainModel.Source.Format.YAML);
        draft.limits = limits;
        fill(draft, root, locations);
        return DomainAssembler.assemble(draft);
    }

    private static void validate(String file, JsonNode root, Map<String, Draft.Location> locations) {
        List<ValidationMessage> messages = SCHEMA_INSTANCE.validate(root)
            .stream()
            .map(m -> Map.entry(m, at(locations, pointer(m.getInstanceLocation(), m.getProperty()))))
            .sorted(Comparator.comparingInt((Map.Entry<ValidationMessage, Draft.Location> e) -> e.getValue().line())
                .thenComparingInt(e -> e.getValue().column()))
            .map(Map.Entry::getKey)
            .toList();
        if (messages.isEmpty()) {
            return;
        }
        ValidationMessage first = messages.getFirst();
        String path = pointer(first.getInstanceLocation(), null);
        Draft.Location at = at(locations, pointer(first.getInstanceLocation(), first.getProperty()));
        String more = messages.size() > 1
                ? " (and " + (messages.size() - 1) + " more schema violation" + (messages.size() > 2 ? "s" : "") + ")"
                : "";
        throw new SpecException(file, at.line(), at.column(),
                (path.isEmpty() ? "document" : path) + ": " + first.getError() + more,
                "follow the domain spec schema " + SCHEMA.substring(1) + " (see docs/domain-spec.md)");
    }

    /**
     * JSON pointer of a schema violation; for a missing or unknown property, the property
     * itself when known.
     */
    private static String pointer(JsonNodePath path, String property) {
        StringBuilder pointer = new StringBuilder();
        for (int i = 0; i < path.getNameCount(); i++) {
            pointer.append('/').append(path.getElement(i));
        }
        if (property != null) {
            pointer.append('/').append(property);
        }
        return pointer.toString();
    }

    /**
     * The location of a pointer, or of its nearest ancestor that has one (a missing
     * property has none).
     */
    private static Draft.Location at(Map<String, Draft.Location> locations, String pointer) {
        String p = pointer;
        while (!p.isEmpty()) {
            Draft.Location l = locations.get(p);
            if (l != null) {
                return l;
            }
            p = p.substring(0, p.lastIndexOf('/'));
        }
        return locations.getOrDefault("", new Draft.Location(1, 1));
    }

    /**
     * Walks the document once more as tokens and records where each key (or array
     * element) starts.
     */
    private static Map<String, Draft.Location> locations(ObjectMapper mapper, String content)
            throws JsonProcessingException {
        Map<String, Draft.Location> locations = new HashMap<>();
        try (JsonParser parser = mapper.getFactory().createParser(content)) {
            if (parser.nextToken() != null) {
                locations.put("", location(parser.currentTokenLocation()));
                walk(parser, "", locations);
            }
        }
        catch (JsonProcessingException e) {
            throw e;
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return locations;
    }

    private static void walk(JsonParser parser, String path, Map<String, Draft.Location> locations) throws IOException {
        if (parser.currentToken() == JsonToken.START_OBJECT) {
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                String child = path + "/" + parser.currentName();
                locations.put(child, location(parser.currentTokenLocation()));
                parser.nextToken();
                walk(parser, child, locations);
            }
        }
        else if (parser.currentToken() == JsonToken.START_ARRAY) {
            int i = 0;
            while (parser.nextToken() != JsonToken.END_ARRAY) {
                String child = path + "/" + i++;
                locations.put(child, location(parser.currentTokenLocation()));
                walk(parser, child, locations);
            }
        }
    }

    private static Draft.Location location(JsonLocation l) {
        return new Draft.Location(l.getLineNr(), l.getColumnNr());
    }

    private static void fill(Draft draft, JsonNode root, Map<String, Draft.Location> locations) {
        JsonNode app = root.path("application");
        draft.name = app.path("name").asText(null);
        draft.basePackage = app.path("basePackage").asText(null);
        draft.description = app.path("description").asText("");
        root.path("objectives").forEach(o -> draft.objectives.add(o.asText()));
        root.path("useCases").forEach(u -> draft.useCases.add(u.asText()));
        root.path("assumptions").forEach(a -> draft.assumptions.add(a.asText()));
        root.path("openQuestions").forEach(q -> draft.openQuestions.add(q.asText()));
        root.path("enums").properties().forEach(e -> {
            String path = "/enums/" + e.getKey();
            Draft.EnumDecl decl = new Draft.EnumDecl(e.getKey(), locations.get(path));
            decl.documentation = e.getValue().path("description").asText("");
            int i = 0;
            for (JsonNode v : e.getValue().path("values")) {
                Draft.Location at = locations.get(path + "/values/" + i++);
                decl.values.add(v.isTextual() ? new Draft.EnumValue(v.asText(), null, at)
                        : new Draft.EnumValue(v.path("name").asText(), v.path("label").asText(null), at));
            }
            draft.enums.add(decl);
        });
        root.path("entities").properties().forEach(e -> {
            String path = "/entities/" + e.getKey();
            Draft.Entity entity = new Draft.Entity(e.getKey(), locations.get(path));
            JsonNode spec = e.getValue();
            entity.documentation = spec.path("description").asText("");
            entity.tableName = spec.path("table").asText(null);
            JsonNode options = spec.path("options");
            entity.pagination = switch (options.path("pagination").asText("none")) {
                case "pagination" -> EntityOptions.Pagination.PAGINATION;
                case "infinite-scroll" -> EntityOptions.Pagination.INFINITE_SCROLL;
                default -> EntityOptions.Pagination.NONE;
            };
            entity.dto = options.path("dto").asBoolean(false);
            entity.serviceImpl = options.path("serviceImpl").asBoolean(false);
            entity.service = options.path("service").asBoolean(false) || entity.serviceImpl;
            entity.filter = options.path("filter").asBoolean(false);
            entity.search = options.path("search").asBoolean(false);
            entity.readOnly = options.path("readOnly").asBoolean(false);
            spec.path("fields")
                .properties()
                .forEach(f -> entity.fields
                    .add(field(draft.file, f.getKey(), f.getValue(), path + "/fields/" + f.getKey(), locations)));
            draft.entities.add(entity);
        });
        int i = 0;
        for (JsonNode r : root.path("relationships")) {
            String path = "/relationships/" + i++;
            Draft.Rel rel = new Draft.Rel(Relationship.Kind.valueOf(
                    r.path("kind").asText().replaceAll("([a-z])([A-Z])", "$1_$2").toUpperCase(java.util.Locale.ROOT)),
                    locations.getOrDefault(path + "/from", locations.get(path)));
            rel.from = r.path("from").asText();
            rel.fromField = r.path("fromField").asText(null);
            rel.displayField = r.path("displayField").asText(null);
            rel.to = r.path("to").asText();
            rel.toLocation = locations.get(path + "/to");
            rel.toField = r.path("toField").asText(null);
            rel.fromRequired = r.path("required").asBoolean(false);
            rel.toRequired = rel.fromRequired;
            rel.builtInTarget = r.path("builtIn").asBoolean(false);
            rel.documentation = r.path("description").asText("");
            draft.relationships.add(rel);
        }
    }

    private static Draft.Field field(String file, String name, JsonNode spec, String path,
            Map<String, Draft.Location> locations) {
        Draft.Field field = new Draft.Field(name, locations.get(path));
        if (spec.isTextual()) {
            field.type = spec.asText();
            field.typeLocation = field.location;
            return field;
        }
        field.type = spec.path("type").asText();
        field.typeLocation = locations.getOrDefault(path + "/type", field.location);
        field.documentation = spec.path("description").asText("");
        field.required = spec.path("required").asBoolean(false);
        field.unique = spec.path("unique").asBoolean(false);
        field.min = decimal(file, spec.get("min"), path + "/min", locations);
        field.max = decimal(file, spec.get("max"), path + "/max", locations);
        field.minLength = decimal(file, spec.get("minLength"), path + "/minLength", locations);
        field.maxLength = decimal(file, spec.get("maxLength"), path + "/maxLength", locations);
        field.pattern = spec.path("pattern").asText(null);
        for (String key : List.of("min", "minLength", "max", "maxLength", "pattern")) {
            if (field.rangeLocation == null && spec.has(key)) {
                field.rangeLocation = locations.get(path + "/" + key);
            }
        }
        return field;
    }

    /**
     * The exact value, never wrapped or rounded: the domain assembler checks that it fits
     * the field.
     */
    private static BigDecimal decimal(String file, JsonNode node, String path, Map<String, Draft.Location> locations) {
        if (node == null) {
            return null;
        }
        if (node.isFloatingPointNumber() && !Double.isFinite(node.doubleValue()) && !node.isBigDecimal()) {
            Draft.Location at = at(locations, path);
            throw new SpecException(file, at.line(), at.column(),
                    path + ": " + node.asText() + " is not a finite number", "write a number, e.g. 10 or 2.5");
        }
        return node.decimalValue();
    }

}
