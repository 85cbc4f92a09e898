package io.scaffold.orchestrator.domain;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Suggests a schema.org type for an entity from a shipped subset of the vocabulary
 * ({@code /schema-org/types.json}: about 70 common types, each with its parent, the words
 * an entity name may use for it and a few indicative property names).
 *
 * <p>
 * Matching, first hit wins, types in file order:
 * <ol>
 * <li>the whole entity name (lower case, separators removed) is a type name or one of its
 * words: {@code BankAccount} → {@code BankAccount}, {@code Customer} →
 * {@code Person};</li>
 * <li>one of the name's words, from the last (the head noun) to the first:
 * {@code SpaceEvent} → {@code Event}, {@code CustomerDetails} → {@code Person};</li>
 * <li>the type sharing the most property names with the entity's fields, if at least two:
 * {@code firstName}, {@code email} → {@code Person}; {@code price}, {@code sku} →
 * {@code Product}; {@code startDate}, {@code location} → {@code Event};</li>
 * <li>otherwise {@code Thing}.</li>
 * </ol>
 */
public final class SchemaOrgVocabulary {

    /**
     * Fewer shared properties than this is coincidence ({@code name} alone fits
     * everything).
     */
    private static final int MIN_SHARED_PROPERTIES = 2;

    record Type(String name, String parent, List<String> synonyms, List<String> properties) {
    }

    private record Vocabulary(List<Type> types) {
    }

    private static volatile SchemaOrgVocabulary standard;

    private final List<Type> types;

    /**
     * Each lower-case type name and synonym → the position of the first type it names (a
     * spec may hold many entities).
     */
    private final Map<String, Integer> firstTypeByWord = new HashMap<>();

    /** The property names of each type, lower case, in the order of {@link #types}. */
    private final List<Set<String>> lowerCaseProperties;

    private SchemaOrgVocabulary(List<Type> types) {
        this.types = List.copyOf(types);
        for (int i = 0; i < this.types.size(); i++) {
            Type t = this.types.get(i);
            firstTypeByWord.putIfAbsent(t.name().toLowerCase(Locale.ROOT), i);
            for (String synonym : t.synonyms()) {
                firstTypeByWord.putIfAbsent(synonym, i);
            }
        }
        this.lowerCaseProperties = this.types.stream()
            .map(t -> Set.copyOf(t.properties().stream().map(p -> p.toLowerCase(Locale.ROOT)).toList()))
            .toList();
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
            }
            catch (IOException e) {
                throw new UncheckedIOException("cannot read /schema-org/types.json", e);
            }
        }
        return standard;
    }

    /** Number of types in the vocabulary (besides {@code Thing}). */
    public int size() {
        return types.size();
    }

    /**
     * The best schema.org type for an entity name and its field names; {@code Thing} when
     * nothing fits.
     */
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
        Set<String> fields = new HashSet<>();
        fieldNames.forEach(f -> fields.add(f.toLowerCase(Locale.ROOT).replace("_", "")));
        Type best = null;
        int bestShared = MIN_SHARED_PROPERTIES - 1;
        for (int i = 0; i < types.size(); i++) {
            int shared = 0;
            for (String property : lowerCaseProperties.get(i)) {
                shared += fields.contains(property) ? 1 : 0;
            }
            if (shared > bestShared) {
                best = types.get(i);
                bestShared = shared;
            }
        }
        return best == null ? "Thing" : best.name();
    }

    /**
     * The types that fit an entity, best first and at most {@code limit}: the
     * {@link #match} (unless {@code Thing}), the types the name's other words name, then
     * the types sharing the most property names with the fields. Empty when nothing fits.
     */
    public List<String> candidates(String entityName, List<String> fieldNames, int limit) {
        Set<String> candidates = new LinkedHashSet<>();
        String best = match(entityName, fieldNames);
        if (!best.equals("Thing")) {
            candidates.add(best);
        }
        List<String> words = Names.words(entityName).stream().map(w -> w.toLowerCase(Locale.ROOT)).toList();
        for (int i = words.size() - 1; i >= 0; i--) {
            byWord(words.get(i)).ifPresent(t -> candidates.add(t.name()));
        }
        Set<String> fields = new HashSet<>();
        fieldNames.forEach(f -> fields.add(f.toLowerCase(Locale.ROOT).replace("_", "")));
        Map<String, Integer> shared = new HashMap<>();
        for (int i = 0; i < types.size(); i++) {
            int count = (int) lowerCaseProperties.get(i).stream().filter(fields::contains).count();
            if (count >= MIN_SHARED_PROPERTIES) {
                shared.put(types.get(i).name(), count);
            }
        }
        types.stream()
            .map(Type::name)
            .filter(shared::containsKey)
            .sorted((a, b) -> shared.get(b) - shared.get(a))
            .forEach(candidates::add);
        return candidates.stream().limit(limit).toList();
    }

    private Optional<Type> byWord(String word) {
        String singular = Names.pluralize(word).equals(word) && word.endsWith("s") && !word.endsWith("ss")
                ? word.substring(0, word.length() - 1) : word;
        Integer byWord = firstTypeByWord.get(word);
        Integer bySingular = firstTypeByWord.get(singular);
        if (byWord == null && bySingular == null) {
            return Optional.empty();
        }
        int first = byWord == null ? bySingular : bySingular == null ? byWord : Math.min(byWord, bySingular);
        return Optional.of(types.get(first));
    }

}
