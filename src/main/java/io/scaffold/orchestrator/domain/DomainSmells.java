package io.scaffold.orchestrator.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Smells of a domain model that the input let through although a person would most likely
 * not mean them: an entity linked to no other entity of the domain (so to no aggregate),
 * an enum constant that looks misspelt, free text capped at the default 255 characters.
 * Plain data from the model alone; the domain gate turns each into a finding.
 */
public final class DomainSmells {

    /** What kind of smell. */
    public enum Kind {

        /**
         * An entity related to no other (non-built-in) entity of a domain whose other
         * entities are related.
         */
        UNLINKED_ENTITY,
        /**
         * An enum constant that differs by a letter or two from its label or a sibling.
         */
        MISSPELT_ENUM_VALUE,
        /**
         * A free-text field (description, text, comment...) limited to 255 characters.
         */
        CAPPED_FREE_TEXT

    }

    /**
     * One smell.
     *
     * @param kind its kind
     * @param subject what it is about, e.g. {@code Comment}, {@code Priority.LOWERST} or
     * {@code Ticket.description}
     * @param message what looks wrong
     * @param suggestion how the spec could say what is meant
     */
    public record Smell(Kind kind, String subject, String message, String suggestion) {
    }

    /**
     * Field names that hold free text people write, which rarely fits in 255 characters.
     */
    private static final Set<String> FREE_TEXT = Set.of("description", "text", "comment", "comments", "body", "content",
            "notes", "note", "message", "details", "summary", "remarks", "bio", "abstract");

    /**
     * The length a string column gets when the spec gives none (FieldView: varchar(255)).
     */
    private static final int DEFAULT_STRING_LENGTH = 255;

    private DomainSmells() {
    }

    /** Every smell of the model, in a stable order: entities, enums, fields. */
    public static List<Smell> of(DomainModel model) {
        List<Smell> smells = new ArrayList<>(unlinkedEntities(model));
        model.enums().forEach(e -> smells.addAll(misspeltValues(e)));
        smells.addAll(cappedFreeText(model));
        return List.copyOf(smells);
    }

    private static List<Smell> unlinkedEntities(DomainModel model) {
        List<Entity> domain = model.entities().stream().filter(e -> !e.builtIn()).toList();
        if (domain.size() < 2) {
            return List.of();
        }
        Map<String, Integer> links = new TreeMap<>();
        domain.forEach(e -> links.put(e.name().original(), 0));
        for (Relationship r : model.relationships()) {
            if (!r.from().equals(r.to()) && links.containsKey(r.from()) && links.containsKey(r.to())) {
                links.merge(r.from(), 1, Integer::sum);
                links.merge(r.to(), 1, Integer::sum);
            }
        }
        // the best linked entity (the first by name on a tie): the likely aggregate root
        String hub = null;
        for (Map.Entry<String, Integer> entry : links.entrySet()) {
            if (entry.getValue() > 0 && (hub == null || entry.getValue() > links.get(hub))) {
                hub = entry.getKey();
            }
        }
        if (hub == null) {
            // entities without any relationship are a catalogue, not a forgotten link
            return List.of();
        }
        List<Smell> smells = new ArrayList<>();
        for (Entity entity : domain) {
            String name = entity.name().original();
            if (links.get(name) > 0) {
                continue;
            }
            List<String> others = model.relationships()
                .stream()
                .filter(r -> r.from().equals(name) || r.to().equals(name))
                .map(r -> r.from().equals(name) ? r.to() : r.from())
                .distinct()
                .toList();
            smells.add(new Smell(Kind.UNLINKED_ENTITY, name,
                    "entity " + name + " is linked to no other entity of the domain"
                            + (others.isEmpty() ? "" : " (only to " + String.join(", ", others) + ")")
                            + ": it belongs to no aggregate",
                    "relate it to the entity it belongs to, e.g. relationship ManyToOne { " + name + " to " + hub
                            + " }"));
        }
        return smells;
    }

    private static List<Smell> misspeltValues(EnumType type) {
        List<Smell> smells = new ArrayList<>();
        List<EnumType.Value> values = type.values();
        for (EnumType.Value value : values) {
            String subject = type.name().original() + "." + value.constant();
            String label = constantOf(value.label());
            int toLabel = distance(value.constant(), label);
            if (toLabel > 0 && toLabel <= 2 && !label.isEmpty()) {
                smells.add(new Smell(Kind.MISSPELT_ENUM_VALUE, subject,
                        "enum constant " + value.constant() + " does not spell its label \"" + value.label() + "\"",
                        "rename it to " + label));
                continue;
            }
            // LEVEL1 and LEVEL2 are meant; RECEIVED and RECIEVED hardly both
            values.stream()
                .filter(other -> other != value && other.constant().length() == value.constant().length()
                        && value.constant().compareTo(other.constant()) > 0
                        && distance(value.constant(), other.constant()) == 1 && value.constant().length() > 4
                        && value.constant().chars().noneMatch(Character::isDigit))
                .findFirst()
                .ifPresent(other -> smells.add(new Smell(Kind.MISSPELT_ENUM_VALUE, subject,
                        "enum constants " + other.constant() + " and " + value.constant() + " of "
                                + type.name().original() + " differ by one letter",
                        "check that both are meant; rename or remove the misspelt one")));
        }
        return smells;
    }

    private static List<Smell> cappedFreeText(DomainModel model) {
        List<Smell> smells = new ArrayList<>();
        for (Entity entity : model.entities()) {
            for (Field field : entity.fields()) {
                boolean freeText = FREE_TEXT.contains(field.name().fieldName().toLowerCase(Locale.ROOT));
                int length = field.maxLength() == null ? DEFAULT_STRING_LENGTH : field.maxLength();
                if (field.type() == FieldType.STRING && freeText && length <= DEFAULT_STRING_LENGTH) {
                    String subject = entity.name().original() + "." + field.name().original();
                    smells.add(new Smell(Kind.CAPPED_FREE_TEXT, subject,
                            "free text " + subject + " is capped at " + length + " characters",
                            "make it a TextBlob, or give it maxlength(4000)"));
                }
            }
        }
        return smells;
    }

    /** The constant a label would give: upper case, words joined by underscores. */
    private static String constantOf(String label) {
        return label.replaceAll("['’]", "")
            .replaceAll("[^A-Za-z0-9]+", "_")
            .replaceAll("^_|_$", "")
            .toUpperCase(Locale.ROOT);
    }

    /**
     * Edit distance counting a swap of two neighbouring letters as one edit (optimal
     * string alignment): RECIEVED is one edit from RECEIVED.
     */
    private static int distance(String a, String b) {
        int[][] d = new int[a.length() + 1][b.length() + 1];
        for (int i = 0; i <= a.length(); i++) {
            d[i][0] = i;
        }
        for (int j = 0; j <= b.length(); j++) {
            d[0][j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                d[i][j] = Math.min(d[i - 1][j - 1] + cost, Math.min(d[i - 1][j], d[i][j - 1]) + 1);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
                }
            }
        }
        return d[a.length()][b.length()];
    }

}
