package io.scaffold.orchestrator.spec;

import io.scaffold.orchestrator.domain.DomainModel;
import io.scaffold.orchestrator.domain.Names;
import io.scaffold.orchestrator.domain.Relationship;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A deterministic requirements analyser: it recognises a few plain ways of writing a domain and asks about the
 * rest instead of guessing.
 *
 * <ul>
 *   <li>The first {@code # heading} names the application; the first paragraph after it describes it.</li>
 *   <li>Bullets under a heading containing "Goals" or "Objectives" are objectives; under "Use cases" or
 *       "User stories" they are use cases.</li>
 *   <li>A bullet {@code - Customer: name, email, phone} declares an entity and its fields; a field may give
 *       its type in parentheses, {@code age (Integer)}.</li>
 *   <li>A sentence {@code Each order has a date and a total.} adds fields to an entity.</li>
 *   <li>{@code A customer places many orders.} (many, several, multiple, one or more) is a one-to-many
 *       relationship; when both directions are stated it is many-to-many. {@code An order belongs to a
 *       customer.} and {@code Each order has a customer.} (naming a known entity) are many-to-one.</li>
 * </ul>
 * A field type is inferred from its name only by fixed rules ({@code ...date} → LocalDate, {@code price},
 * {@code total}, {@code amount} → BigDecimal, {@code quantity}, {@code count} → Integer, {@code is...},
 * {@code active} → Boolean, {@code name}, {@code email}, {@code title} ... → String); any other field is
 * made a String and an open question asks for its type. Entities without fields, missing relationships and
 * missing objectives become open questions or recorded assumptions, never inventions.
 */
public final class FreeTextAnalyzer implements RequirementsAnalyzer {

    private static final Pattern HEADING = Pattern.compile("^\\s{0,3}(#{1,6})\\s+(.+?)\\s*#*\\s*$");
    private static final Pattern BULLET = Pattern.compile("^\\s*(?:[-*+]|\\d+[.)])\\s+(.+)$");
    private static final Pattern ENTITY_BULLET = Pattern.compile(
            "^\\**([A-Z][A-Za-z0-9]*(?: [A-Z][A-Za-z0-9]*){0,2})\\**\\s*(?::\\s*(.*))?$");
    private static final Pattern ATTRIBUTE = Pattern.compile("^([A-Za-z][A-Za-z0-9 _-]*?)\\s*(?:\\(([^)]*)\\))?$");
    private static final String QUANTIFIER = "(?:many|several|multiple|one or more|zero or more|any number of)";
    private static final Pattern ONE_TO_MANY = Pattern.compile(
            "\\b(?:an?|each|every|one)\\s+([a-z][a-z]*(?: [a-z]+)?)\\s+(?:can\\s+|may\\s+)?[a-z]+\\s+" + QUANTIFIER
                    + "\\s+([a-z]+)", Pattern.CASE_INSENSITIVE);
    private static final Pattern BELONGS_TO = Pattern.compile(
            "\\b(?:an?|each|every)\\s+([a-z]+)\\s+belongs\\s+to\\s+(?:an?|one|exactly one|the)\\s+([a-z]+)",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern HAS = Pattern.compile(
            "\\b(?:each|every|an?)\\s+([a-z]+)\\s+(?:has|have|holds|contains|includes|records)\\s+(.+)",
            Pattern.CASE_INSENSITIVE);
    private static final List<Map.Entry<Pattern, String>> TYPE_RULES = List.of(
            Map.entry(Pattern.compile("(?i).*(date|birthday|day)$"), "LocalDate"),
            Map.entry(Pattern.compile(".*(?i:time|timestamp)$|.*[a-z]At$|(?i)(created|updated|modified)( at)?$"), "Instant"),
            Map.entry(Pattern.compile("(?i).*(price|amount|total|cost|salary|balance|fee|tax|rate)$"), "BigDecimal"),
            Map.entry(Pattern.compile("(?i).*(quantity|count|age|stock|year|rank)$|(?i)number of .*"), "Integer"),
            Map.entry(Pattern.compile("(?i)^(is|has|can)[ A-Z].*|^(active|enabled|available|paid|done|completed)$"), "Boolean"),
            Map.entry(Pattern.compile("(?i).*(name|email|phone|title|description|address|city|country|code|"
                    + "street|zip|postcode|comment|note|notes|text|url|login|password|label|summary|isbn|sku)$"), "String"));
    private static final List<String> TYPE_NAMES = DomainAssembler.TYPE_NAMES;

    @Override
    public DomainModel analyze(String text, String fileName) {
        Draft draft = new Draft(fileName, DomainModel.Source.Format.TEXT);
        Map<String, Draft.Entity> entities = new LinkedHashMap<>();
        List<Draft.Rel> relationships = new ArrayList<>();
        String section = "";
        boolean inDescription = false;
        StringBuilder description = new StringBuilder();
        String[] lines = text.split("\r?\n", -1);
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            int lineNo = i + 1;
            Matcher heading = HEADING.matcher(line);
            if (heading.matches()) {
                String title = heading.group(2).strip();
                if (draft.name == null && heading.group(1).length() == 1) {
                    draft.name = title;
                    inDescription = true;
                }
                else {
                    inDescription = false;
                }
                section = title.toLowerCase(Locale.ROOT);
                continue;
            }
            if (line.isBlank()) {
                inDescription = inDescription && description.isEmpty();
                continue;
            }
            Matcher bullet = BULLET.matcher(line);
            if (section.contains("goal") || section.contains("objective")) {
                if (bullet.matches()) {
                    draft.objectives.add(bullet.group(1).strip());
                }
                continue;
            }
            if (section.contains("use case") || section.contains("user stor")) {
                if (bullet.matches()) {
                    draft.useCases.add(bullet.group(1).strip());
                }
                continue;
            }
            if (bullet.matches()) {
                Matcher entityBullet = ENTITY_BULLET.matcher(bullet.group(1).strip());
                if (entityBullet.matches()) {
                    Draft.Entity entity = entity(entities, entityBullet.group(1), lineNo, line.indexOf(entityBullet.group(1)) + 1);
                    if (entityBullet.group(2) != null) {
                        addFields(draft, entity, entityBullet.group(2), lineNo, line);
                    }
                    continue;
                }
            } else if (inDescription) {
                description.append(description.isEmpty() ? "" : " ").append(line.strip());
                continue;
            }
            for (String sentence : line.split("(?<=[.!?;])\\s+")) {
                sentence(draft, sentence, entities, relationships, lineNo, line);
            }
        }
        if (entities.isEmpty()) {
            throw new SpecException(fileName, 0, 0, "no entity found in the requirements",
                    "list entities as '- Customer: name, email, phone' or write sentences such as "
                            + "'Each order has a date and a total.'");
        }
        draft.description = description.toString();
        draft.entities.addAll(entities.values());
        draft.relationships.addAll(merge(relationships));
        if (draft.objectives.isEmpty()) {
            draft.openQuestions.add("The requirements state no goals: what should the application achieve? "
                    + "(Add a 'Goals' section.)");
        }
        draft.assumptions.add("The domain was extracted by the deterministic free-text analyser: only the patterns it "
                + "documents are recognised; review the entities and relationships.");
        return DomainAssembler.assemble(draft);
    }

    private static Draft.Entity entity(Map<String, Draft.Entity> entities, String phrase, int line, int column) {
        List<String> words = new ArrayList<>(List.of(phrase.strip().split("\\s+")));
        words.set(words.size() - 1, Names.singularize(words.getLast()));
        String name = words.stream().map(w -> Character.toUpperCase(w.charAt(0)) + w.substring(1)).reduce("", String::concat);
        return entities.computeIfAbsent(name, n -> new Draft.Entity(n, new Draft.Location(line, Math.max(column, 1))));
    }

    private static Optional<Draft.Entity> known(Map<String, Draft.Entity> entities, String word) {
        String singular = Names.singularize(word);
        return entities.values().stream().filter(e -> e.name.equalsIgnoreCase(singular)).findFirst();
    }

    private void sentence(Draft draft, String sentence, Map<String, Draft.Entity> entities, List<Draft.Rel> relationships,
                          int lineNo, String line) {
        String s = sentence.strip().replaceAll("[.!?;]+$", "");
        Matcher many = ONE_TO_MANY.matcher(s);
        if (many.find()) {
            String fromPhrase = many.group(1).contains(" ") ? many.group(1).substring(many.group(1).lastIndexOf(' ') + 1) : many.group(1);
            Draft.Entity from = entity(entities, fromPhrase, lineNo, line.indexOf(many.group(1)) + 1);
            Draft.Entity to = entity(entities, many.group(2), lineNo, line.indexOf(many.group(2)) + 1);
            relationships.add(rel(Relationship.Kind.ONE_TO_MANY, from, to, lineNo, line.indexOf(many.group(1)) + 1));
            return;
        }
        Matcher belongs = BELONGS_TO.matcher(s);
        if (belongs.find()) {
            Draft.Entity from = entity(entities, belongs.group(1), lineNo, line.indexOf(belongs.group(1)) + 1);
            Draft.Entity to = entity(entities, belongs.group(2), lineNo, line.indexOf(belongs.group(2)) + 1);
            relationships.add(rel(Relationship.Kind.MANY_TO_ONE, from, to, lineNo, line.indexOf(belongs.group(1)) + 1));
            return;
        }
        Matcher has = HAS.matcher(s);
        if (has.find()) {
            Draft.Entity owner = entity(entities, has.group(1), lineNo, line.indexOf(has.group(1)) + 1);
            List<String> attributes = new ArrayList<>();
            for (String part : splitList(has.group(2))) {
                Optional<Draft.Entity> target = known(entities, part);
                if (target.isPresent() && target.get() != owner) {
                    relationships.add(rel(Relationship.Kind.MANY_TO_ONE, owner, target.get(), lineNo,
                            line.indexOf(has.group(1)) + 1));
                } else {
                    attributes.add(part);
                }
            }
            addFields(draft, owner, String.join(", ", attributes), lineNo, line);
        }
    }

    private static Draft.Rel rel(Relationship.Kind kind, Draft.Entity from, Draft.Entity to, int line, int column) {
        Draft.Rel rel = new Draft.Rel(kind, new Draft.Location(line, Math.max(column, 1)));
        rel.from = from.name;
        rel.to = to.name;
        rel.toLocation = rel.location;
        return rel;
    }

    /**
     * Merges what several sentences say about one pair: {@code A has many B} and {@code B has many A} are one
     * many-to-many; {@code B belongs to an A} next to {@code A has many B} makes that one-to-many required.
     */
    private static List<Draft.Rel> merge(List<Draft.Rel> relationships) {
        List<Draft.Rel> result = new ArrayList<>();
        for (Draft.Rel r : relationships) {
            Optional<Draft.Rel> inverseMany = relationships.stream().filter(o -> o.kind == Relationship.Kind.ONE_TO_MANY
                    && o.from.equals(r.to) && o.to.equals(r.from)).findFirst();
            boolean known = result.stream().anyMatch(o -> o.from.equals(r.from) && o.to.equals(r.to)
                    || o.from.equals(r.to) && o.to.equals(r.from));
            if (r.kind == Relationship.Kind.MANY_TO_ONE && inverseMany.isPresent()) {
                inverseMany.get().toRequired = true;
            } else if (!known && r.kind == Relationship.Kind.ONE_TO_MANY && inverseMany.isPresent()) {
                Draft.Rel both = new Draft.Rel(Relationship.Kind.MANY_TO_MANY, r.location);
                both.from = r.from;
                both.to = r.to;
                both.toLocation = r.toLocation;
                both.toField = Names.lowerCamel(r.from);
                result.add(both);
            } else if (!known) {
                result.add(r);
            }
        }
        return result;
    }

    private static List<String> splitList(String list) {
        List<String> parts = new ArrayList<>();
        for (String part : list.split(",|\\band\\b|\\bas well as\\b")) {
            String p = part.strip().replaceAll("(?i)^(a|an|the|its|their|one|some|optional(ly)?)\\s+", "").strip();
            if (!p.isEmpty()) {
                parts.add(p);
            }
        }
        return parts;
    }

    private void addFields(Draft draft, Draft.Entity entity, String list, int lineNo, String line) {
        for (String part : splitList(list)) {
            Matcher attribute = ATTRIBUTE.matcher(part);
            int column = Math.max(line.indexOf(part) + 1, 1);
            if (!attribute.matches()) {
                draft.openQuestions.add("Line " + lineNo + ": '" + part + "' on " + entity.name
                        + " is not understood as a field: what does it mean?");
                continue;
            }
            String phrase = attribute.group(1).strip();
            String fieldName = Names.lowerCamel(phrase);
            if (entity.fields.stream().anyMatch(f -> f.name.equals(fieldName))) {
                continue;
            }
            Draft.Field field = new Draft.Field(fieldName, new Draft.Location(lineNo, column));
            field.typeLocation = field.location;
            String explicit = attribute.group(2) == null ? null : attribute.group(2).strip();
            if (explicit != null && explicit.toLowerCase(Locale.ROOT).contains("required")) {
                field.required = true;
                explicit = explicit.replaceAll("(?i),?\\s*required\\s*,?", "").strip();
            }
            if (explicit != null && !explicit.isEmpty()) {
                String typed = explicit;
                field.type = TYPE_NAMES.stream().filter(t -> t.equalsIgnoreCase(typed)).findFirst().orElse(null);
                if (field.type == null) {
                    field.type = "String";
                    draft.openQuestions.add(entity.name + "." + fieldName + " (line " + lineNo + "): type '" + explicit
                            + "' is not known; it is a String for now. Which type is it?");
                }
            } else {
                field.type = inferType(phrase);
                if (field.type == null) {
                    field.type = "String";
                    draft.openQuestions.add(entity.name + "." + fieldName + " (line " + lineNo
                            + "): the type is not stated; it is a String for now. Which type is it?");
                }
            }
            entity.fields.add(field);
        }
    }

    private static String inferType(String phrase) {
        String p = phrase.strip();
        return TYPE_RULES.stream().filter(r -> r.getKey().matcher(p).matches()).map(Map.Entry::getValue).findFirst()
                .orElse(null);
    }
}
