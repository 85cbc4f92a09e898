package io.scaffold.orchestrator.domain;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Suggests a schema.org type for an entity from a shipped subset of the vocabulary
 * ({@code /schema-org/types.json}: about 70 common types, each with its parent, the words an entity name may
 * use for it and a few indicative property names).
 *
 * <p>Matching, first hit wins, types in file order:
 * <ol>
 *   <li>the whole entity name (lower case, separators removed) is a type name or one of its words:
 *       {@code BankAccount} → {@code BankAccount}, {@code Customer} → {@code Person};</li>
 *   <li>one of the name's words, from the last (the head noun) to the first: {@code SpaceEvent} →
 *       {@code Event}, {@code CustomerDetails} → {@code Person};</li>
 *   <li>the type sharing the most property names with the entity's fields, if at least two:
 *       {@code firstName}, {@code email} → {@code Person}; {@code price}, {@code sku} → {@code Product};
 *       {@code startDate}, {@code location} → {@code Event};</li>
 *   <li>otherwise {@code Thing}.</li>
 * </ol>
 */
public final class SchemaOrgVocabulary {

    /** Fewer shared properties than this is coincidence ({@code name} alone fits everything). */
    private static final int MIN_SHARED_PROPERTIES = 2;

    record Type(String name, String parent, List<String> synonyms, List<String> properties) {
    }

    private record Vocabulary(List<Type> types) {
    }

    private static volatile SchemaOrgVocabulary standard;

    private final List<Type> types;

    private SchemaOrgVocabulary(List<Type> types) {
        this.types = List.copyOf(types);
    }

    /** The vocabulary shipped in {@code /schema-org/types.json}. */
    public static SchemaOrgVocabulary standard() {
        if (standard == null) {
            try (InputStream in = SchemaOrgVocabulary.class.getResourceAsStream("/schema-org/types.json")) {
                if (in == null) {
                    throw new IllegalStateException("/schema-org/types.json is missing from the classpath");
                }
                Vocabulary v = new ObjectMapper().configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false)
                        .readValue(in, Vocabulary.class);
                standard = new SchemaOrgVocabulary(v.types());
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read /schema-org/types.json", e);
            }
        }
        return standard;
    }

    /** The parent of a type in the vocabulary, e.g. {@code Store} → {@code LocalBusiness}. */
    public Optional<String> parentOf(String type) {
        return types.stream().filter(t -> t.name().equals(type)).map(Type::parent).findFirst();
    }

    /** Number of types in the vocabulary (besides {@code Thing}). */
    public int size() {
        return types.size();
    }

    /** The best schema.org type for an entity name and its field names; {@code Thing} when nothing fits. */
    public String match(String entityName, List<String> fieldNames) {
        List<String> words = Names.words(entityName).stream().map(w -> w.toLowerCase(Locale.ROOT)).toList();
        String whole = String.join("", words);
        Optional<Type> byName = byWord(whole);
        for (int i = words.size() - 1; byName.isEmpty() && i >= 0; i--) {
            byName = byWord(words.get(i));
        }
        if (byName.isPresent()) {
            return byName.get().name();
        }
        List<String> fields = fieldNames.stream().map(f -> f.toLowerCase(Locale.ROOT).replace("_", "")).toList();
        Type best = null;
        long bestShared = MIN_SHARED_PROPERTIES - 1;
        for (Type t : types) {
            long shared = t.properties().stream().map(p -> p.toLowerCase(Locale.ROOT)).filter(fields::contains).count();
            if (shared > bestShared) {
                best = t;
                bestShared = shared;
            }
        }
        return best == null ? "Thing" : best.name();
    }

    private Optional<Type> byWord(String word) {
        String singular = Names.pluralize(word).equals(word) && word.endsWith("s") && !word.endsWith("ss")
                ? word.substring(0, word.length() - 1) : word;
        return types.stream()
                .filter(t -> t.name().equalsIgnoreCase(word) || t.synonyms().contains(word)
                        || t.name().equalsIgnoreCase(singular) || t.synonyms().contains(singular))
                .findFirst();
    }
}
