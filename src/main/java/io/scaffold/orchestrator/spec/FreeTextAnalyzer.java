package io.scaffold.orchestrator.spec;

import io.scaffold.orchestrator.domain.DomainModel;
import io.scaffold.orchestrator.domain.Names;
import io.scaffold.orchestrator.domain.Relationship;

import java.text.Normalizer;
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

    /** A determiner in front of a noun phrase. */
    private static final String DETERMINER = "(?:an?|each|every|the|all|our|my|any|one)";

    /**
     * A subject of one to three words (checked against {@link #NOT_A_NOUN} afterwards), a
     * modal or infinitive marker, an adverb.
     */
    private static final String SUBJECT = "^(?:" + DETERMINER
            + "\\s++)?(?<subject>[a-z][\\p{L}\\d-]*+(?:\\s++[a-z][\\p{L}\\d-]*+){0,2}?)\\s++"
            + "(?:(?<modal>can|may|might|could|must|should|will|shall|to|does|do)\\s++)?"
            + "(?:(?:also|always|usually|only|then|each|both)\\s++)?";

    /** {@code A customer places many orders.}, {@code Teams to have many members}. */
    private static final Pattern ONE_TO_MANY = Pattern.compile(
            SUBJECT + "[a-z]++(?:\\s++(?:of|in|on|for|with|to))?\\s++" + QUANTIFIER + "\\s++(?<rest>.+)$",
            Pattern.CASE_INSENSITIVE);

    /**
     * {@code Each order belongs to a customer.}, {@code Each ticket is assigned to an
     * agent.}, {@code each team is coached by a coach}: the word before the preposition
     * must be a participle ({@link #isParticiple}).
     */
    private static final Pattern TO_ONE = Pattern.compile(SUBJECT
            + "(?:belongs?|belonging|(?:is|are|be|being)\\s++(?:always\\s++|usually\\s++)?(?<participle>[a-z]++))"
            + "\\s++(?:to|by|for|with|from)\\s++(?:exactly\\s++)?(?:an?|one|the|a\\s++single)\\s++(?<rest>.+)$",
            Pattern.CASE_INSENSITIVE);

    /** {@code Employees have a name, ...}, {@code Every approval records ...}. */
    private static final Pattern HAS = Pattern.compile(
            SUBJECT + "(?:has|have|having|holds?|contains?|includes?|records?|stores?|consists?\\s++of|comes?\\s++with|"
                    + "(?:is|are)\\s++described\\s++by)\\s++(?<rest>.+)$",
            Pattern.CASE_INSENSITIVE);

    /**
     * {@code The status of a booking is one of requested, confirmed or cancelled.}, found
     * anywhere in a clause.
     */
    private static final Pattern VALUES_OF = Pattern.compile(
            "\\bthe\\s++(?<field>[a-z]++(?:\\s++[a-z]++)?)\\s++of\\s++(?:an?|the|my|each|every|our|their)\\s++"
                    + "(?<subject>[a-z]++(?:\\s++(?!(?:is|are|can|must)\\b)[a-z]++)?)\\s*+,?\\s*+"
                    + "(?:(?:is|are|can\\s++be|must\\s++be)\\s++)?(?:one\\s++of|either)\\s++(?<rest>.+)$",
            Pattern.CASE_INSENSITIVE);

    /** The word {@code with} that follows the noun phrase of an entity. */
    private static final Pattern WITH = Pattern.compile("(?<!\\s)\\s++with\\s++", Pattern.CASE_INSENSITIVE);

    /** {@code An employee submits ...}: the subject and verb at the start of a clause. */
    private static final Pattern ACTOR = Pattern.compile(
            "^(?:" + DETERMINER
                    + "\\s++)?(?<subject>[a-z][\\p{L}\\d-]*+(?:\\s++[a-z][\\p{L}\\d-]*+)?)\\s++(?<verb>[a-z]++)\\s",
            Pattern.CASE_INSENSITIVE);

    /** {@code Anna:} or {@code **Mitglied** (member):} in front of a sentence. */
    private static final Pattern SPEAKER = Pattern
        .compile("^\\**+[A-Z][\\p{L}]*+\\**+(?:\\s++\\([^)]{0,60}+\\))?\\s*+:\\s++");

    /** The frame of a user story around what it says about the domain. */
    private static final Pattern STORY = Pattern.compile(
            "^as\\s++an?\\s++[^,]{1,60}?,?\\s++i\\s++(?:want|would\\s++like|need|wish)\\s++(?:to\\s++)?",
            Pattern.CASE_INSENSITIVE);

    private static final Pattern SO_THAT = Pattern.compile("(?<![\\s,]),?\\s++so\\s++that\\b",
            Pattern.CASE_INSENSITIVE);

    /** Words that start a spoken clause without meaning anything for the domain. */
    private static final Pattern FILLER = Pattern.compile(
            "^(?:(?:so|and|also|then|yes|well|ok|okay|exactly|anyway|now|but|sure|right|great)\\b,?\\s*+)++",
            Pattern.CASE_INSENSITIVE);

    /**
     * Where a sentence continues with a new subject: {@code ..., and each booking ...}.
     */
    private static final Pattern CLAUSE = Pattern.compile(
            "[,;]\\s*+(?:and|but|while|whereas)\\s++(?=(?:each|every|an?|the|one|all)\\s)", Pattern.CASE_INSENSITIVE);

    /**
     * Where a list of attributes ends and a remark begins:
     * {@code , but that is optional}.
     */
    private static final Pattern LIST_END = Pattern
        .compile(",\\s*+(?:but|so|because|although|since|which|when|where|while|usually)\\b", Pattern.CASE_INSENSITIVE);

    private static final Pattern COMBINING_MARKS = Pattern.compile("\\p{M}++");

    private static final Pattern WHITESPACE = Pattern.compile("\\s++");

    private static final Pattern ARTICLE = Pattern
        .compile("(?i)(?:a|an|the|its|their|his|her|my|our|one|some|optional(?:ly)?)\\s++");

    /** {@code , one of}, {@code which is one of}: a list of values follows. */
    private static final Pattern ONE_OF = Pattern.compile(
            "(?<![\\s,])(?:,\\s*+|\\s++)(?:(?:which|that)\\s++(?:is|are)\\s++)?(?:one\\s++of|either)\\s++",
            Pattern.CASE_INSENSITIVE);

    private static final Pattern VALUE_SEPARATOR = Pattern.compile(",|/|\\bor\\b|\\band\\b", Pattern.CASE_INSENSITIVE);

    /** {@code whether the request was granted}: the last words name a yes/no field. */
    private static final Pattern WHETHER = Pattern.compile(
            "^(?:flag\\s++)?whether\\s++(?:(?:it|he|she|they|the\\s++[a-z]++)\\s++(?:is|was|are|were|has\\s++been)\\s++)?",
            Pattern.CASE_INSENSITIVE);

    private static final Set<String> WHOLE_UNITS = Set.of("days", "hours", "minutes", "weeks", "months", "years",
            "seconds", "pieces", "points");

    private static final Set<String> DECIMAL_UNITS = Set.of("euros", "euro", "eur", "dollars", "dollar", "usd", "chf",
            "pounds", "gbp", "€", "$", "£", "kg", "kilograms", "grams", "g", "metres", "meters", "m", "km",
            "kilometres", "kilometers", "litres", "liters", "l", "percent");

    /** Type words a text may give in parentheses instead of a type name. */
    private static final Map<String, String> TYPE_WORDS = Map.ofEntries(Map.entry("yes/no", "Boolean"),
            Map.entry("yes or no", "Boolean"), Map.entry("true/false", "Boolean"), Map.entry("boolean", "Boolean"),
            Map.entry("long text", "TextBlob"), Map.entry("free text", "TextBlob"), Map.entry("text", "TextBlob"),
            Map.entry("date", "LocalDate"), Map.entry("time", "LocalTime"), Map.entry("date and time", "Instant"),
            Map.entry("timestamp", "Instant"), Map.entry("number", "Integer"), Map.entry("whole number", "Integer"),
            Map.entry("integer", "Integer"), Map.entry("decimal", "BigDecimal"), Map.entry("money", "BigDecimal"),
            Map.entry("duration", "Duration"));

    /**
     * Words that never start or make up the name of an entity: pronouns, determiners,
     * auxiliaries, prepositions, conjunctions and the verbs of requirement sentences.
     */
    private static final Set<String> NOT_A_NOUN = Set.of("i", "we", "you", "he", "she", "it", "they", "me", "us",
            "them", "this", "that", "these", "those", "there", "here", "who", "whom", "which", "what", "where", "when",
            "how", "why", "is", "are", "was", "were", "be", "been", "being", "has", "have", "had", "do", "does", "did",
            "can", "may", "might", "must", "should", "will", "would", "shall", "could", "to", "of", "in", "on", "at",
            "for", "by", "from", "with", "about", "into", "and", "or", "but", "so", "not", "no", "nobody", "everyone",
            "everybody", "someone", "somebody", "anyone", "anybody", "nothing", "something", "everything", "all",
            "each", "every", "both", "none", "also", "then", "system", "application", "app", "want", "need", "like",
            "see", "know", "get", "make", "let", "a", "an", "the", "our", "my", "your", "their", "its", "his", "her",
            "some", "any", "one", "if", "as", "than", "too", "very", "just", "only", "usually", "always", "new");

    private static final List<Map.Entry<Pattern, String>> TYPE_RULES = List
        .of(Map.entry(Pattern.compile("(?i).*(date|birthday|day|datum)$"), "LocalDate"),
                Map.entry(Pattern.compile(".*(?i:time|timestamp)$|.*[a-z]At$|(?i)(created|updated|modified)( at)?$"),
                        "Instant"),
                Map.entry(Pattern.compile(
                        "(?i).*(price|amount|total|cost|salary|balance|fee|tax|rate|betrag|preis|prix|" + "montant)$"),
                        "BigDecimal"),
                Map.entry(
                        Pattern
                            .compile("(?i).*(quantity|count|age|stock|year|rank|days|hours|minutes|weeks|goals|points|"
                                    + "score|participants|seats|nights|capacity|anzahl)$|(?i).*\\bnumber of .*"),
                        "Integer"),
                Map.entry(Pattern.compile("(?i)^(is|has|can)[ A-Z].*|^(active|enabled|available|paid|done|completed)$"),
                        "Boolean"),
                Map.entry(Pattern.compile("(?i).*(name|email|phone|title|description|address|city|country|code|"
                        + "street|zip|postcode|comment|note|notes|text|url|login|password|label|summary|isbn|sku|number|"
                        + "location|venue|region|colour|color|subject|reason|purpose|remark|alias|company)$"),
                        "String"));

    private static final List<String> TYPE_NAMES = DomainAssembler.TYPE_NAMES;

    private static final Set<String> PRONOUNS = Set.of("they", "it", "these", "those");

    private static final Set<String> IRREGULAR_PARTICIPLES = Set.of("made", "held", "run", "kept", "led", "owned",
            "paid", "done", "sent", "set", "put", "built", "bought", "sold", "taught", "brought", "caught", "found");

    private static final Set<String> OPTIONAL_MODALS = Set.of("can", "may", "might", "could");

    private static final Set<String> DETERMINERS = Set.of("a", "an", "each", "every", "the", "one", "my", "our");

    /** A piece of a line and where it starts in the line (0-based). */
    private record Part(String text, int offset) {
    }

    /** An attribute of {@code owner}, required unless the text calls it optional. */
    private record PendingField(Draft.Entity owner, Part part, int line, boolean required) {
    }

    /**
     * {@code An employee submits a leave request with ...}: the object belongs to the
     * subject if the subject is an entity.
     */
    private record PendingActor(String subject, Draft.Entity object, int line, int column) {
    }

    private record ListOwner(Draft.Entity owner, boolean required) {
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

        private final Map<String, Draft.EnumDecl> enums = new HashMap<>();

        /** Attribute lists in text order, resolved once every entity is known. */
        private final List<PendingField> pending = new ArrayList<>();

        private final List<PendingActor> actors = new ArrayList<>();

        /** The subject {@code they} and {@code it} stand for. */
        private Draft.Entity lastSubject;

        /**
         * The owner of the sentence's last attribute list, which a following clause
         * without a verb continues.
         */
        private ListOwner lastList;

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
                        readSentences(bullet.group(1), bullet.start(1), lineNo);
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
                            for (Part part : splitList(
                                    new Part(entityBullet.group(2), itemOffset + entityBullet.start(2)))) {
                                addField(entity, part, lineNo, false);
                            }
                        }
                        continue;
                    }
                }
                else if (inDescription) {
                    description.append(description.isEmpty() ? "" : " ").append(line.strip());
                    continue;
                }
                if (bullet.matches()) {
                    readSentences(bullet.group(1), bullet.start(1), lineNo);
                }
                else {
                    readSentences(line, 0, lineNo);
                }
            }
            resolve();
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
            return entities.computeIfAbsent(entityName(phrase), n -> {
                Draft.Entity entity = new Draft.Entity(n, new Draft.Location(line, Math.max(column, 1)));
                byLowerCaseName.putIfAbsent(n.toLowerCase(Locale.ROOT), entity);
                return entity;
            });
        }

        private void readSentences(String text, int offset, int lineNo) {
            for (Part sentence : sentences(text)) {
                sentence(new Part(sentence.text(), offset + sentence.offset()), lineNo);
            }
        }

        private Optional<Draft.Entity> known(String phrase) {
            return Optional.ofNullable(byLowerCaseName.get(entityName(phrase).toLowerCase(Locale.ROOT)));
        }

        /**
         * The entity a clause's subject names: the last one for {@code they} or
         * {@code it}, none for a phrase that is not a noun.
         */
        private Optional<Draft.Entity> subject(String phrase, int line, int column) {
            String p = phrase.strip().toLowerCase(Locale.ROOT);
            if (PRONOUNS.contains(p)) {
                return Optional.ofNullable(lastSubject);
            }
            if (!isNounPhrase(phrase)) {
                return Optional.empty();
            }
            lastSubject = entity(phrase, line, column);
            return Optional.of(lastSubject);
        }

        private void sentence(Part sentence, int lineNo) {
            String text = sentence.text();
            int base = sentence.offset();
            for (Pattern frame : List.of(SPEAKER, STORY)) {
                Matcher m = frame.matcher(text);
                if (m.lookingAt()) {
                    base += m.end();
                    text = text.substring(m.end());
                }
            }
            Matcher soThat = SO_THAT.matcher(text);
            if (soThat.find()) {
                text = text.substring(0, soThat.start());
            }
            text = withoutTrailingPunctuation(text);
            lastList = null;
            Matcher clause = CLAUSE.matcher(text);
            int start = 0;
            while (clause.find()) {
                clause(new Part(text.substring(start, clause.start()), base + start), lineNo);
                start = clause.end();
            }
            clause(new Part(text.substring(start), base + start), lineNo);
        }

        private void clause(Part clause, int lineNo) {
            String text = clause.text();
            int base = clause.offset();
            Matcher filler = FILLER.matcher(text);
            if (filler.lookingAt()) {
                base += filler.end();
                text = text.substring(filler.end());
            }
            base += leadingWhitespace(text);
            text = text.strip();
            if (text.isEmpty() || read(text, base, lineNo)) {
                return;
            }
            int colon = text.indexOf(": ");
            if (colon > 0 && read(text.substring(colon + 2).strip(), base + colon + 2, lineNo)) {
                return;
            }
            if (lastList != null) {
                attributes(lastList.owner(), new Part(text, base), lineNo, lastList.required());
            }
        }

        /** Reads one clause by the first pattern it matches; false when none does. */
        private boolean read(String text, int base, int lineNo) {
            Matcher many = ONE_TO_MANY.matcher(text);
            if (many.find()) {
                String target = nounPhrase(many.group("rest"));
                Optional<Draft.Entity> from = subject(many.group("subject"), lineNo, base + many.start("subject") + 1);
                if (from.isPresent() && target != null) {
                    Draft.Entity to = entity(target, lineNo, base + many.start("rest") + 1);
                    relationships.add(rel(Relationship.Kind.ONE_TO_MANY, from.get(), to, lineNo,
                            base + many.start("subject") + 1));
                    return true;
                }
            }
            Matcher toOne = TO_ONE.matcher(text);
            if (toOne.find() && (toOne.group("participle") == null || isParticiple(toOne.group("participle")))) {
                String target = nounPhrase(toOne.group("rest"));
                Optional<Draft.Entity> from = subject(toOne.group("subject"), lineNo,
                        base + toOne.start("subject") + 1);
                if (from.isPresent() && target != null) {
                    Draft.Entity to = entity(target, lineNo, base + toOne.start("rest") + 1);
                    relationships.add(rel(Relationship.Kind.MANY_TO_ONE, from.get(), to, lineNo,
                            base + toOne.start("subject") + 1));
                    return true;
                }
            }
            Matcher valuesOf = VALUES_OF.matcher(text);
            if (valuesOf.find()) {
                Optional<Draft.Entity> owner = subject(valuesOf.group("subject"), lineNo,
                        base + valuesOf.start("subject") + 1);
                if (owner.isPresent()) {
                    pending.add(new PendingField(owner.get(),
                            new Part(valuesOf.group("field") + ": " + valuesOf.group("rest"),
                                    base + valuesOf.start("field")),
                            lineNo, true));
                    return true;
                }
            }
            Matcher has = HAS.matcher(text);
            if (has.find()) {
                Optional<Draft.Entity> owner = subject(has.group("subject"), lineNo, base + has.start("subject") + 1);
                if (owner.isPresent()) {
                    boolean optional = has.group("modal") != null
                            && OPTIONAL_MODALS.contains(has.group("modal").toLowerCase(Locale.ROOT));
                    attributes(owner.get(), new Part(has.group("rest"), base + has.start("rest")), lineNo, !optional);
                    return true;
                }
            }
            Matcher with = WITH.matcher(text);
            if (with.find()) {
                List<Part> words = words(text.substring(0, with.start()), base);
                int first = words.size();
                while (first > 0 && words.size() - first < 3 && isNounPhrase(words.get(first - 1).text())) {
                    first--;
                }
                if (first > 0 && first < words.size()
                        && DETERMINERS.contains(words.get(first - 1).text().toLowerCase(Locale.ROOT))) {
                    Part phrase = words.get(first);
                    String np = text.substring(phrase.offset() - base, with.start());
                    Draft.Entity owner = entity(np, lineNo, phrase.offset() + 1);
                    Matcher actor = ACTOR.matcher(text.substring(0, phrase.offset() - base));
                    if (actor.find() && actor.group("verb").endsWith("s")
                            && !NOT_A_NOUN.contains(actor.group("verb").toLowerCase(Locale.ROOT))
                            && isNounPhrase(actor.group("subject"))) {
                        actors.add(new PendingActor(actor.group("subject"), owner, lineNo, phrase.offset() + 1));
                    }
                    attributes(owner, new Part(text.substring(with.end()), base + with.end()), lineNo, true);
                    return true;
                }
            }
            return false;
        }

        /**
         * Keeps the items of an attribute list for the end, when every entity is known
         * and an item naming one becomes a relationship.
         */
        private void attributes(Draft.Entity owner, Part list, int lineNo, boolean required) {
            Matcher end = LIST_END.matcher(list.text());
            Part items = end.find() ? new Part(list.text().substring(0, end.start()), list.offset()) : list;
            for (Part item : splitList(items)) {
                pending.add(new PendingField(owner, item, lineNo, required));
            }
            lastList = new ListOwner(owner, required);
        }

        /**
         * Turns the kept attributes into fields or, where they name another entity, into
         * relationships; links an actor to what it acts on.
         */
        private void resolve() {
            for (PendingField p : pending) {
                Attribute attribute = attribute(p.part().text());
                Optional<Draft.Entity> target = attribute == null || !attribute.plain() ? Optional.empty()
                        : known(attribute.phrase());
                if (target.isPresent() && target.get() != p.owner()) {
                    relationships.add(rel(Relationship.Kind.MANY_TO_ONE, p.owner(), target.get(), p.line(),
                            p.part().offset() + 1));
                }
                else {
                    addField(p.owner(), p.part(), p.line(), p.required());
                }
            }
            for (PendingActor a : actors) {
                known(a.subject()).filter(actor -> actor != a.object())
                    .ifPresent(actor -> relationships
                        .add(rel(Relationship.Kind.MANY_TO_ONE, a.object(), actor, a.line(), a.column())));
            }
        }

        /**
         * @param required whether the field is required unless the text calls it optional
         */
        private void addField(Draft.Entity entity, Part part, int lineNo, boolean required) {
            Set<String> names = fieldNames.computeIfAbsent(entity, e -> new HashSet<>());
            Attribute attribute = attribute(part.text());
            if (attribute == null) {
                draft.openQuestions.add("Line " + lineNo + ": '" + DomainAssembler.shown(part.text().strip()) + "' on "
                        + entity.name + " is not understood as a field: what does it mean?");
                return;
            }
            String fieldName = Names.lowerCamel(attribute.phrase());
            if (!names.add(fieldName)) {
                return;
            }
            Draft.Field field = new Draft.Field(fieldName,
                    new Draft.Location(lineNo, part.offset() + attribute.skipped() + 1));
            field.typeLocation = field.location;
            field.required = attribute.required() || (required && !attribute.optional());
            if (!attribute.values().isEmpty()) {
                field.type = enumeration(entity, fieldName, attribute.values(), field.location);
            }
            else if (attribute.type() != null) {
                field.type = attribute.type();
            }
            else if (attribute.unknownType() != null) {
                field.type = "String";
                draft.openQuestions.add(entity.name + "." + fieldName + " (line " + lineNo + "): type '"
                        + DomainAssembler.shown(attribute.unknownType())
                        + "' is not known; it is a String for now. Which type is it?");
            }
            else {
                field.type = inferType(attribute.phrase());
                if (field.type == null) {
                    field.type = "String";
                    draft.openQuestions.add(entity.name + "." + fieldName + " (line " + lineNo
                            + "): the type is not stated; it is a String for now. Which type is it?");
                }
            }
            entity.fields.add(field);
        }

        /**
         * The enum of a field's listed values, named after the entity and the field
         * ({@code LeaveRequestStatus}); a String and a question when fewer than two
         * values make constants.
         */
        private String enumeration(Draft.Entity entity, String fieldName, List<String> values,
                Draft.Location location) {
            String name = entity.name + Character.toUpperCase(fieldName.charAt(0)) + fieldName.substring(1);
            Draft.EnumDecl decl = new Draft.EnumDecl(name, location);
            Set<String> constants = new HashSet<>();
            for (String value : values) {
                String ascii = ascii(value);
                if (ascii != null && isAsciiLetter(ascii.charAt(0)) && constants.add(Names.enumConstant(ascii))) {
                    decl.values.add(new Draft.EnumValue(ascii, value, location));
                }
            }
            if (decl.values.size() < 2 || enums.putIfAbsent(name, decl) != null) {
                draft.openQuestions.add(entity.name + "." + fieldName + " (line " + location.line()
                        + "): the values listed are not understood; it is a String for now. Which values may it have?");
                return "String";
            }
            draft.enums.add(decl);
            return name;
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

    /**
     * The items of {@code a, b (x, y) and c as well as d}. Commas and {@code and} inside
     * parentheses, and inside a list of values after {@code :} or {@code one of} up to
     * its {@code or}, do not separate items.
     */
    private static List<Part> splitList(Part list) {
        String t = list.text();
        List<Part> parts = new ArrayList<>();
        int start = 0;
        int depth = 0;
        boolean inValues = false;
        boolean lastValue = false;
        int i = 0;
        while (i < t.length()) {
            char c = t.charAt(i);
            int separatorEnd = -1;
            if (c == '(') {
                depth++;
            }
            else if (c == ')' && depth > 0) {
                depth--;
            }
            else if (depth == 0 && !inValues && (c == ':' || wordAt(t, i, "one of") || wordAt(t, i, "either"))) {
                inValues = true;
            }
            else if (depth == 0 && inValues && !lastValue && (wordAt(t, i, "or") || wordAt(t, i, "and"))) {
                lastValue = true;
            }
            else if (depth == 0 && (!inValues || lastValue)) {
                if (c == ',') {
                    separatorEnd = i + 1;
                }
                else if (wordAt(t, i, "and")) {
                    separatorEnd = i + 3;
                }
                else if (wordAt(t, i, "as well as")) {
                    separatorEnd = i + 10;
                }
            }
            if (separatorEnd < 0) {
                i++;
                continue;
            }
            addPart(parts, new Part(t.substring(start, i), list.offset() + start));
            start = separatorEnd;
            i = separatorEnd;
            inValues = false;
            lastValue = false;
        }
        addPart(parts, new Part(t.substring(start), list.offset() + start));
        return parts;
    }

    private static void addPart(List<Part> parts, Part part) {
        if (!part.text().isBlank()) {
            parts.add(part);
        }
    }

    /** Whether the word or words {@code word} stand at {@code i} on their own. */
    private static boolean wordAt(String text, int i, String word) {
        return text.regionMatches(true, i, word, 0, word.length())
                && (i == 0 || !Character.isLetter(text.charAt(i - 1)))
                && (i + word.length() == text.length() || !Character.isLetter(text.charAt(i + word.length())));
    }

    /** The words of a text and where they start, {@code base} added. */
    private static List<Part> words(String text, int base) {
        List<Part> words = new ArrayList<>();
        int i = 0;
        while (i < text.length()) {
            while (i < text.length() && isSpace(text.charAt(i))) {
                i++;
            }
            int start = i;
            while (i < text.length() && !isSpace(text.charAt(i))) {
                i++;
            }
            if (i > start) {
                words.add(new Part(text.substring(start, i), base + start));
            }
        }
        return words;
    }

    /**
     * Words of letters, digits and '-' that start with a letter, none of them a pronoun,
     * verb, preposition or other word of {@link #NOT_A_NOUN}.
     */
    private static boolean isNounPhrase(String phrase) {
        List<Part> words = words(phrase, 0);
        if (words.isEmpty()) {
            return false;
        }
        for (Part word : words) {
            String w = word.text();
            if (!Character.isLetter(w.charAt(0)) || NOT_A_NOUN.contains(w.toLowerCase(Locale.ROOT))) {
                return false;
            }
            for (int i = 1; i < w.length(); i++) {
                if (!Character.isLetterOrDigit(w.charAt(i)) && w.charAt(i) != '-') {
                    return false;
                }
            }
        }
        return true;
    }

    /**
     * The noun phrase a text starts with: up to three words, ending at punctuation or at
     * a word such as {@code for} or {@code with}; null when it starts with none.
     */
    private static String nounPhrase(String text) {
        List<String> phrase = new ArrayList<>();
        int i = 0;
        while (phrase.size() < 3 && i < text.length()) {
            int start = i;
            while (i < text.length() && (Character.isLetterOrDigit(text.charAt(i)) || text.charAt(i) == '-')) {
                i++;
            }
            String word = text.substring(start, i);
            if (word.isEmpty() || !isNounPhrase(word)) {
                break;
            }
            phrase.add(word);
            if (i >= text.length() || !isSpace(text.charAt(i))) {
                break;
            }
            while (i < text.length() && isSpace(text.charAt(i))) {
                i++;
            }
        }
        return phrase.isEmpty() ? null : String.join(" ", phrase);
    }

    /** {@code leave requests} → {@code LeaveRequest}. */
    private static String entityName(String phrase) {
        List<String> words = new ArrayList<>(List.of(WHITESPACE.split(phrase.strip())));
        words.set(words.size() - 1, Names.singularize(words.getLast()));
        return words.stream().map(w -> Character.toUpperCase(w.charAt(0)) + w.substring(1)).reduce("", String::concat);
    }

    private static boolean isParticiple(String word) {
        String w = word.toLowerCase(Locale.ROOT);
        return w.endsWith("ed") || w.endsWith("en") || IRREGULAR_PARTICIPLES.contains(w);
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

    /**
     * What a list item says about a field: its name phrase, and from parentheses, units,
     * {@code whether}, {@code flag}, {@code : a, b or c} or {@code one of a, b or c} its
     * type or enum values and whether it is optional or required.
     *
     * @param type a type name, or null to infer it from the phrase
     * @param unknownType what the parentheses gave as a type that is not one
     * @param skipped how many characters precede the phrase in the item
     */
    private record Attribute(String phrase, String type, List<String> values, boolean optional, boolean required,
            String unknownType, int skipped) {

        /** Names nothing but a phrase, so it may name an entity. */
        boolean plain() {
            return type == null && values.isEmpty() && unknownType == null;
        }
    }

    /**
     * The attribute an item describes; null when its name is not letters, digits, spaces,
     * '_' and '-' starting with a letter.
     */
    private static Attribute attribute(String item) {
        String t = item;
        int skipped = leadingWhitespace(t);
        t = t.strip();
        boolean optional = false;
        boolean required = false;
        Matcher article = ARTICLE.matcher(t);
        int from = 0;
        while (article.region(from, t.length()).lookingAt()) {
            optional |= t.regionMatches(true, from, "optional", 0, 8);
            from = article.end();
        }
        skipped += from;
        t = t.substring(from);
        if (t.regionMatches(true, Math.max(0, t.length() - 6), "if any", 0, 6)) {
            optional = true;
            t = withoutTrailingPunctuation(t.substring(0, t.length() - 6).strip());
            while (t.endsWith(",")) {
                t = t.substring(0, t.length() - 1).strip();
            }
        }
        String type = null;
        String unknownType = null;
        List<String> values = List.of();
        int colon = t.indexOf(':');
        Matcher oneOf = ONE_OF.matcher(t);
        if (colon > 0) {
            values = values(t.substring(colon + 1));
            t = t.substring(0, colon).strip();
        }
        else if (oneOf.find() && oneOf.start() > 0) {
            values = values(t.substring(oneOf.end()));
            t = t.substring(0, oneOf.start()).strip();
        }
        else if (t.endsWith(")")) {
            int open = t.indexOf('(');
            if (open < 0 || t.indexOf(')') < t.length() - 1) {
                return null;
            }
            String inside = t.substring(open + 1, t.length() - 1);
            t = t.substring(0, open).strip();
            if (containsRequired(inside)) {
                required = true;
                inside = withoutRequired(inside);
            }
            List<String> words = new ArrayList<>();
            for (String word : inside.split(",")) {
                if (word.strip().equalsIgnoreCase("optional")) {
                    optional = true;
                }
                else if (!word.isBlank()) {
                    words.add(word.strip());
                }
            }
            String given = String.join(", ", words);
            String lower = given.toLowerCase(Locale.ROOT);
            if (!given.isEmpty()) {
                type = TYPE_NAMES.stream().filter(n -> n.equalsIgnoreCase(given)).findFirst().orElse(null);
                if (type == null) {
                    type = TYPE_WORDS.get(lower);
                }
                if (type == null) {
                    List<String> listed = values(given);
                    if (listed.size() >= 2) {
                        values = listed;
                    }
                    else {
                        type = inferType(given);
                        unknownType = type == null ? given : null;
                    }
                }
            }
        }
        int in = t.toLowerCase(Locale.ROOT).lastIndexOf(" in ");
        if (in > 0) {
            String unit = t.substring(in + 4).strip().toLowerCase(Locale.ROOT);
            String unitType = WHOLE_UNITS.contains(unit) ? "Integer"
                    : DECIMAL_UNITS.contains(unit) ? "BigDecimal" : null;
            if (unitType != null) {
                type = type == null && values.isEmpty() ? unitType : type;
                t = t.substring(0, in).strip();
            }
        }
        Matcher whether = WHETHER.matcher(t);
        if (whether.lookingAt() && whether.end() > 0 && whether.end() < t.length()) {
            skipped += whether.end();
            t = t.substring(whether.end());
            type = type == null ? "Boolean" : type;
        }
        else if (t.length() > 5 && t.regionMatches(true, t.length() - 5, " flag", 0, 5)) {
            t = t.substring(0, t.length() - 5).strip();
            type = type == null ? "Boolean" : type;
        }
        if (t.isEmpty() || !isAsciiLetter(t.charAt(0))) {
            return null;
        }
        for (int i = 1; i < t.length(); i++) {
            char c = t.charAt(i);
            if (!isAsciiLetter(c) && !(c >= '0' && c <= '9') && c != ' ' && c != '_' && c != '-') {
                return null;
            }
        }
        return new Attribute(t, type, values, optional && !required, required, unknownType, skipped);
    }

    /** The values of {@code a, b or c} and of {@code yes/no}, without articles. */
    private static List<String> values(String text) {
        List<String> values = new ArrayList<>();
        for (String value : VALUE_SEPARATOR.split(text)) {
            String v = withoutTrailingPunctuation(value.strip());
            Matcher article = ARTICLE.matcher(v);
            if (article.lookingAt()) {
                v = v.substring(article.end()).strip();
            }
            if (!v.isEmpty()) {
                values.add(v);
            }
        }
        return values;
    }

    /**
     * A value's name in ASCII letters, as constants and the domain spec have them:
     * {@code Fördermitglied} → {@code Foerdermitglied}, {@code café} → {@code cafe}; null
     * when other letters remain.
     */
    private static String ascii(String value) {
        String replaced = value.replace("ä", "ae")
            .replace("ö", "oe")
            .replace("ü", "ue")
            .replace("Ä", "Ae")
            .replace("Ö", "Oe")
            .replace("Ü", "Ue")
            .replace("ß", "ss");
        String plain = COMBINING_MARKS.matcher(Normalizer.normalize(replaced, Normalizer.Form.NFD)).replaceAll("");
        for (int i = 0; i < plain.length(); i++) {
            if (plain.charAt(i) > 127) {
                return null;
            }
        }
        return plain;
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

    /**
     * The type the rules give the whole phrase, else its head word: the word before
     * {@code per}, {@code of} or a participle ({@code price per unit}, {@code days
     * taken}), or the last word; null when no rule matches.
     */
    private static String inferType(String phrase) {
        String whole = typeByRules(phrase.strip());
        if (whole != null) {
            return whole;
        }
        List<Part> words = words(phrase, 0);
        int head = words.size() - 1;
        for (int i = 1; i < words.size(); i++) {
            String w = words.get(i).text().toLowerCase(Locale.ROOT);
            if (w.equals("per") || w.equals("of") || w.equals("for") || isParticiple(w)) {
                head = i - 1;
                break;
            }
        }
        return head < 0 ? null : typeByRules(words.get(head).text());
    }

    private static String typeByRules(String phrase) {
        return TYPE_RULES.stream()
            .filter(r -> r.getKey().matcher(phrase).matches())
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
