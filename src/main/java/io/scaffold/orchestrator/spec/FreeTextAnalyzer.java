package io.scaffold.orchestrator.spec;

import io.scaffold.orchestrator.domain.DomainModel;
import io.scaffold.orchestrator.domain.Names;
import io.scaffold.orchestrator.domain.Relationship;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A deterministic requirements analyser: it recognises a few plain ways of writing a
 * domain and asks about the rest instead of guessing.
 *
 * <ul>
 * <li>The first {@code # heading} names the application; the first paragraph after it
 * describes it.</li>
 * <li>Bullets under a heading containing "Goals" or "Objectives" are objectives; under
 * "Use cases" or "User stories" they are use cases.</li>
 * <li>A bullet {@code - Customer: name, email, phone} declares an entity and its fields;
 * a field may give its type in parentheses, {@code age (Integer)}.</li>
 * <li>A sentence {@code Each order has a date and a total.} adds fields to an
 * entity.</li>
 * <li>{@code A customer places many orders.} (many, several, multiple, one or more) is a
 * one-to-many relationship; when both directions are stated it is many-to-many.
 * {@code An order belongs to a
 *       customer.} and {@code Each order has a customer.} (naming a known entity) are
 * many-to-one.</li>
 * </ul>
 * A field type is inferred from its name only by fixed rules ({@code ...date} →
 * LocalDate, {@code price}, {@code total}, {@code amount} → BigDecimal, {@code quantity},
 * {@code count} → Integer, {@code is...}, {@code active} → Boolean, {@code name},
 * {@code email}, {@code title} ... → String); any other field is made a String and an
 * open question asks for its type. Entities without fields, missing relationships and
 * missing objectives become open questions or recorded assumptions, never inventions.
 *
 * <p>
 * The text is untrusted: every pattern here runs in linear time (possessive quantifiers
 * where a pattern could otherwise backtrack over a long run of spaces or words,
 * hand-written scanning for headings, attributes and trailing punctuation), positions
 * come from the matchers rather than from searching the line again, and lookups go
 * through maps, so the analysis grows linearly with the text.
 */
public final class FreeTextAnalyzer implements RequirementsAnalyzer {

    private static final Pattern BULLET = Pattern.compile("^\\s*+(?:[-*+]|\\d++[.)])\\s++(.+)$");

    private static final Pattern ENTITY_BULLET = Pattern
        .compile("^\\**+([A-Z][A-Za-z0-9]*+(?: [A-Z][A-Za-z0-9]*+){0,2})\\**+\\s*+(?::\\s*+(.*))?$");

    private static final String QUANTIFIER = "(?:many|several|multiple|one or more|zero or more|any number of)";

    private static final Pattern ONE_TO_MANY = Pattern
        .compile("\\b(?:an?|each|every|one)\\s++([a-z][a-z]*+(?: [a-z]++)?)\\s++(?:can\\s++|may\\s++)?[a-z]++\\s++"
                + QUANTIFIER + "\\s++([a-z]++)", Pattern.CASE_INSENSITIVE);

    private static final Pattern BELONGS_TO = Pattern.compile(
            "\\b(?:an?|each|every)\\s++([a-z]++)\\s++belongs\\s++to\\s++(?:an?|one|exactly one|the)\\s++([a-z]++)",
            Pattern.CASE_INSENSITIVE);

    private static final Pattern HAS = Pattern.compile(
            "\\b(?:each|every|an?)\\s++([a-z]++)\\s++(?:has|have|holds|contains|includes|records)\\s++(.+)",
            Pattern.CASE_INSENSITIVE);

    private static final Pattern WHITESPACE = Pattern.compile("\\s++");

    private static final Pattern LIST_SEPARATOR = Pattern.compile(",|\\band\\b|\\bas well as\\b");

    private static final Pattern ARTICLE = Pattern.compile("(?i)(?:a|an|the|its|their|one|some|optional(?:ly)?)\\s++");

    private static final List<Map.Entry<Pattern, String>> TYPE_RULES = List.of(
            Map.entry(Pattern.compile("(?i).*(date|birthday|day)$"), "LocalDate"),
            Map.entry(Pattern.compile(".*(?i:time|timestamp)$|.*[a-z]At$|(?i)(created|updated|modified)( at)?$"),
                    "Instant"),
            Map.entry(Pattern.compile("(?i).*(price|amount|total|cost|salary|balance|fee|tax|rate)$"), "BigDecimal"),
            Map.entry(Pattern.compile("(?i).*(quantity|count|age|stock|year|rank)$|(?i)number of .*"), "Integer"),
            Map.entry(Pattern.compile("(?i)^(is|has|can)[ A-Z].*|^(active|enabled|available|paid|done|completed)$"),
                    "Boolean"),
            Map.entry(Pattern.compile("(?i).*(name|email|phone|title|description|address|city|country|code|"
                    + "street|zip|postcode|comment|note|notes|text|url|login|password|label|summary|isbn|sku)$"),
                    "String"));

    private static final List<String> TYPE_NAMES = DomainAssembler.TYPE_NAMES;

    /** A piece of a line and where it starts in the line (0-based). */
    private record Part(String text, int offset) {
    }

    private final SpecLimits limits;

    public FreeTextAnalyzer() {
        this(SpecLimits.DEFAULTS);
    }

    /**
     * @param limits what the extracted declarations are checked against before they
     * become a model
     */
    public FreeTextAnalyzer(SpecLimits limits) {
        this.limits = limits;
    }

    @Override
    public DomainModel analyze(String text, String fileName) {
        return new Analysis(fileName, limits).run(text);
    }

    /** The state of one analysis. */
    private static final class Analysis {

        private final Draft draft;

        private final Map<String, Draft.Entity> entities = new LinkedHashMap<>();

        /**
         * The first entity of each lower-case name, for sentences that name an entity in
         * any case.
         */
        private final Map<String, Draft.Entity> byLowerCaseName = new HashMap<>();

        private final Map<Draft.Entity, Set<String>> fieldNames = new HashMap<>();

        private final List<Draft.Rel> relationships = new ArrayList<>();

        Analysis(String fileName, SpecLimits limits) {
            draft = new Draft(fileName, DomainModel.Source.Format.TEXT);
            draft.limits = limits;
        }

        DomainModel run(String text) {
            String section = "";
            boolean inDescription = false;
            StringBuilder description = new StringBuilder();
            String[] lines = text.split("\\r?\\n", -1);
            for (int i = 0; i < lines.length; i++) {
                String line = lines[i];
                int lineNo = i + 1;
                Heading heading = heading(line);
                if (heading != null) {
                    if (draft.name == null && heading.level() == 1) {
                        draft.name = heading.title();
                        inDescription = true;
                    }
                    else {
                        inDescription = false;
                    }
                    section = heading.title().toLowerCase(Locale.ROOT);
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
                    String item = bullet.group(1);
                    int itemOffset = bullet.start(1) + leadingWhitespace(item);
                    Matcher entityBullet = ENTITY_BULLET.matcher(item.strip());
                    if (entityBullet.matches()) {
                        Draft.Entity entity = entity(entityBullet.group(1), lineNo,
                                itemOffset + entityBullet.start(1) + 1);
                        if (entityBullet.group(2) != null) {
                            addFields(entity,
                                    splitList(new Part(entityBullet.group(2), itemOffset + entityBullet.start(2))),
                                    lineNo);
                        }
                        continue;
                    }
                }
                else if (inDescription) {
                    description.append(description.isEmpty() ? "" : " ").append(line.strip());
                    continue;
                }
                for (Part sentence : sentences(line)) {
                    sentence(sentence, lineNo);
                }
            }
            if (entities.isEmpty()) {
                throw new SpecException(draft.file, 0, 0, "no entity found in the requirements",
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
            draft.assumptions
                .add("The domain was extracted by the deterministic free-text analyser: only the patterns it "
                        + "documents are recognised; review the entities and relationships.");
            return DomainAssembler.assemble(draft);
        }

        private Draft.Entity entity(String phrase, int line, int column) {
            List<String> words = new ArrayList<>(List.of(WHITESPACE.split(phrase.strip())));
            words.set(words.size() - 1, Names.singularize(words.getLast()));
            String name = words.stream()
                .map(w -> Character.toUpperCase(w.charAt(0)) + w.substring(1))
                .reduce("", String::concat);
            return entities.computeIfAbsent(name, n -> {
                Draft.Entity entity = new Draft.Entity(n, new Draft.Location(line, Math.max(column, 1)));
                byLowerCaseName.putIfAbsent(n.toLowerCase(Locale.ROOT), entity);
                return entity;
            });
        }

        private Optional<Draft.Entity> known(String word) {
            return Optional.ofNullable(byLowerCaseName.get(Names.singularize(word).toLowerCase(Locale.ROOT)));
        }

        private void sentence(Part sentence, int lineNo) {
            String s = withoutTrailingPunctuation(sentence.text().strip());
            int base = sentence.offset() + leadingWhitespace(sentence.text());
            Matcher many = ONE_TO_MANY.matcher(s);
            if (many.find()) {
                String phrase = many.group(1);
                String fromPhrase = phrase.contains(" ") ? phrase.substring(phrase.lastIndexOf(' ') + 1) : phrase;
                int column = base + many.start(1) + 1;
                Draft.Entity from = entity(fromPhrase, lineNo, column);
                Draft.Entity to = entity(many.group(2), lineNo, base + many.start(2) + 1);
                relationships.add(rel(Relationship.Kind.ONE_TO_MANY, from, to, lineNo, column));
                return;
            }
            Matcher belongs = BELONGS_TO.matcher(s);
            if (belongs.find()) {
                int column = base + belongs.start(1) + 1;
                Draft.Entity from = entity(belongs.group(1), lineNo, column);
                Draft.Entity to = entity(belongs.group(2), lineNo, base + belongs.start(2) + 1);
                relationships.add(rel(Relationship.Kind.MANY_TO_ONE, from, to, lineNo, column));
                return;
            }
            Matcher has = HAS.matcher(s);
            if (has.find()) {
                int column = base + has.start(1) + 1;
                Draft.Entity owner = entity(has.group(1), lineNo, column);
                List<Part> attributes = new ArrayList<>();
                for (Part part : splitList(new Part(has.group(2), base + has.start(2)))) {
                    Optional<Draft.Entity> target = known(part.text());
                    if (target.isPresent() && target.get() != owner) {
                        relationships.add(rel(Relationship.Kind.MANY_TO_ONE, owner, target.get(), lineNo, column));
                    }
                    else {
                        attributes.add(part);
                    }
                }
                addFields(owner, attributes, lineNo);
            }
        }

        private void addFields(Draft.Entity entity, List<Part> parts, int lineNo) {
            Set<String> names = fieldNames.computeIfAbsent(entity, e -> new HashSet<>());
            for (Part part : parts) {
                Attribute attribute = attribute(part.text());
                if (attribute == null) {
                    draft.openQuestions.add("Line " + lineNo + ": '" + DomainAssembler.shown(part.text()) + "' on "
                            + entity.name + " is not understood as a field: what does it mean?");
                    continue;
                }
                String phrase = attribute.phrase();
                String fieldName = Names.lowerCamel(phrase);
                if (!names.add(fieldName)) {
                    continue;
                }
                Draft.Field field = new Draft.Field(fieldName, new Draft.Location(lineNo, part.offset() + 1));
                field.typeLocation = field.location;
                String explicit = attribute.type();
                if (explicit != null && containsRequired(explicit)) {
                    field.required = true;
                    explicit = withoutRequired(explicit).strip();
                }
                if (explicit != null && !explicit.isEmpty()) {
                    String typed = explicit;
                    field.type = TYPE_NAMES.stream().filter(t -> t.equalsIgnoreCase(typed)).findFirst().orElse(null);
                    if (field.type == null) {
                        field.type = "String";
                        draft.openQuestions.add(entity.name + "." + fieldName + " (line " + lineNo + "): type '"
                                + DomainAssembler.shown(explicit)
                                + "' is not known; it is a String for now. Which type is it?");
                    }
                }
                else {
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

    }

    private static Draft.Rel rel(Relationship.Kind kind, Draft.Entity from, Draft.Entity to, int line, int column) {
        Draft.Rel rel = new Draft.Rel(kind, new Draft.Location(line, Math.max(column, 1)));
        rel.from = from.name;
        rel.to = to.name;
        rel.toLocation = rel.location;
        return rel;
    }

    private record Pair(String from, String to) {
    }

    /**
     * Merges what several sentences say about one pair: {@code A has many B} and
     * {@code B has many A} are one many-to-many; {@code B belongs to an A} next to
     * {@code A has many B} makes that one-to-many required. Maps keep it linear in the
     * number of relationships.
     */
    private static List<Draft.Rel> merge(List<Draft.Rel> relationships) {
        Map<Pair, Draft.Rel> firstOneToMany = new HashMap<>();
        for (Draft.Rel r : relationships) {
            if (r.kind == Relationship.Kind.ONE_TO_MANY) {
                firstOneToMany.putIfAbsent(new Pair(r.from, r.to), r);
            }
        }
        Set<Pair> knownPairs = new HashSet<>(); // both directions of every pair in the
                                                // result
        List<Draft.Rel> result = new ArrayList<>();
        for (Draft.Rel r : relationships) {
            Draft.Rel inverseMany = firstOneToMany.get(new Pair(r.to, r.from));
            boolean known = knownPairs.contains(new Pair(r.from, r.to));
            if (r.kind == Relationship.Kind.MANY_TO_ONE && inverseMany != null) {
                inverseMany.toRequired = true;
                continue;
            }
            if (known) {
                continue;
            }
            if (r.kind == Relationship.Kind.ONE_TO_MANY && inverseMany != null) {
                Draft.Rel both = new Draft.Rel(Relationship.Kind.MANY_TO_MANY, r.location);
                both.from = r.from;
                both.to = r.to;
                both.toLocation = r.toLocation;
                both.toField = Names.lowerCamel(r.from);
                result.add(both);
            }
            else {
                result.add(r);
            }
            knownPairs.add(new Pair(r.from, r.to));
            knownPairs.add(new Pair(r.to, r.from));
        }
        return result;
    }

    /**
     * The sentences of a line: it is split after '.', '!', '?' or ';' followed by white
     * space.
     */
    private static List<Part> sentences(String line) {
        List<Part> sentences = new ArrayList<>();
        int start = 0;
        int i = 0;
        while (i < line.length()) {
            if (i > 0 && isSpace(line.charAt(i)) && isPunctuation(line.charAt(i - 1))) {
                sentences.add(new Part(line.substring(start, i), start));
                while (i < line.length() && isSpace(line.charAt(i))) {
                    i++;
                }
                start = i;
            }
            else {
                i++;
            }
        }
        if (start < line.length()) {
            sentences.add(new Part(line.substring(start), start));
        }
        return sentences;
    }

    /** The items of {@code a, b and c as well as d}, each without a leading article. */
    private static List<Part> splitList(Part list) {
        List<Part> parts = new ArrayList<>();
        Matcher separator = LIST_SEPARATOR.matcher(list.text());
        int start = 0;
        while (start <= list.text().length()) {
            boolean found = separator.find();
            int end = found ? separator.start() : list.text().length();
            String piece = list.text().substring(start, end);
            int offset = list.offset() + start + leadingWhitespace(piece);
            String p = piece.strip();
            Matcher article = ARTICLE.matcher(p);
            if (article.lookingAt()) {
                offset += article.end();
                p = p.substring(article.end());
                offset += leadingWhitespace(p);
                p = p.strip();
            }
            if (!p.isEmpty()) {
                parts.add(new Part(p, offset));
            }
            if (!found) {
                break;
            }
            start = separator.end();
        }
        return parts;
    }

    /** A Markdown ATX heading: {@code # Title}, level 1 to 6. */
    private record Heading(int level, String title) {
    }

    /**
     * Up to 3 spaces, 1 to 6 '#', white space, the title, optionally closed by '#'s; null
     * for any other line.
     */
    private static Heading heading(String line) {
        int i = 0;
        while (i < 3 && i < line.length() && isSpace(line.charAt(i))) {
            i++;
        }
        int hashes = 0;
        while (i + hashes < line.length() && line.charAt(i + hashes) == '#') {
            hashes++;
        }
        int afterHashes = i + hashes;
        if (hashes < 1 || hashes > 6 || afterHashes >= line.length() || !isSpace(line.charAt(afterHashes))) {
            return null;
        }
        int start = afterHashes;
        while (start < line.length() && isSpace(line.charAt(start))) {
            start++;
        }
        int end = line.length();
        while (end > start && isSpace(line.charAt(end - 1))) {
            end--;
        }
        while (end > start && line.charAt(end - 1) == '#') {
            end--;
        }
        while (end > start && isSpace(line.charAt(end - 1))) {
            end--;
        }
        if (end == start && start < line.length()) {
            end = start + 1; // a title of closing '#'s alone keeps its first '#'
        }
        return new Heading(hashes, line.substring(start, end).strip());
    }

    /** An attribute: {@code delivery window} or {@code age (Integer, required)}. */
    private record Attribute(String phrase, String type) {
    }

    /**
     * A name of letters, digits, spaces, '_' and '-' starting with a letter, optionally
     * followed by a type in parentheses that contains no ')'; null when the part is not
     * of that form.
     */
    private static Attribute attribute(String part) {
        int open = part.indexOf('(');
        String head = open < 0 ? part : part.substring(0, open);
        String type = null;
        if (open >= 0) {
            if (!part.endsWith(")") || part.length() - 1 <= open) {
                return null;
            }
            type = part.substring(open + 1, part.length() - 1);
            if (type.indexOf(')') >= 0) {
                return null;
            }
        }
        int end = head.length();
        while (end > 0 && isSpace(head.charAt(end - 1))) {
            end--;
        }
        if (end == 0 || !isAsciiLetter(head.charAt(0))) {
            return null;
        }
        for (int i = 1; i < end; i++) {
            char c = head.charAt(i);
            if (!isAsciiLetter(c) && !(c >= '0' && c <= '9') && c != ' ' && c != '_' && c != '-') {
                return null;
            }
        }
        return new Attribute(head.substring(0, end).strip(), type == null ? null : type.strip());
    }

    private static boolean containsRequired(String type) {
        for (int i = 0; i + 8 <= type.length(); i++) {
            if (type.regionMatches(true, i, "required", 0, 8)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The type without the word {@code required} and the comma and spaces around it:
     * {@code Integer, required} → {@code Integer}.
     */
    private static String withoutRequired(String type) {
        StringBuilder kept = new StringBuilder();
        int copied = 0;
        int i = 0;
        while (i + 8 <= type.length()) {
            if (!type.regionMatches(true, i, "required", 0, 8)) {
                i++;
                continue;
            }
            int from = i;
            while (from > copied && isSpace(type.charAt(from - 1))) {
                from--;
            }
            if (from > copied && type.charAt(from - 1) == ',') {
                from--;
            }
            int to = i + 8;
            while (to < type.length() && isSpace(type.charAt(to))) {
                to++;
            }
            if (to < type.length() && type.charAt(to) == ',') {
                to++;
            }
            kept.append(type, copied, from);
            copied = to;
            i = to;
        }
        return kept.append(type, copied, type.length()).toString();
    }

    private static String withoutTrailingPunctuation(String sentence) {
        int end = sentence.length();
        while (end > 0 && isPunctuation(sentence.charAt(end - 1))) {
            end--;
        }
        return sentence.substring(0, end);
    }

    private static String inferType(String phrase) {
        String p = phrase.strip();
        return TYPE_RULES.stream()
            .filter(r -> r.getKey().matcher(p).matches())
            .map(Map.Entry::getValue)
            .findFirst()
            .orElse(null);
    }

    private static int leadingWhitespace(String text) {
        int i = 0;
        while (i < text.length() && Character.isWhitespace(text.charAt(i))) {
            i++;
        }
        return i;
    }

    private static boolean isPunctuation(char c) {
        return c == '.' || c == '!' || c == '?' || c == ';';
    }

    /** What {@code \s} matches in a Java pattern. */
    private static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == 0x0B || c == '\f' || c == '\r';
    }

    private static boolean isAsciiLetter(char c) {
        return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z');
    }

}
