package io.scaffold.orchestrator.spec;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.scaffold.orchestrator.domain.DomainModel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.ConfigurationPropertySources;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.io.ClassPathResource;

/**
 * Issue 7, why 5: a spec is bounded in size, line length, counts and text lengths, with a
 * clear error naming the limit.
 */
class SpecLimitsTest {

    private final SpecReader reader = new SpecReader();

    @TempDir
    Path dir;

    @Test
    void aSpecLargerThanOneMebibyteIsRefusedBeforeParsing() throws Exception {
        String huge = "entity Note { text String }\n" + "// padding\n".repeat(100_000);
        assertThat(huge.length()).isGreaterThan(1_048_576);

        assertThatThrownBy(() -> reader.read("huge.jdl", huge, SpecOptions.DEFAULTS))
            .isInstanceOfSatisfying(SpecLimitException.class, e -> {
                assertThat(e.limit()).isEqualTo("spec-bytes");
                assertThat(e.tooLarge()).isTrue();
            })
            .hasMessageContaining("more than the limit of 1048576")
            .hasMessageContaining("scaffold.limits.spec-bytes");
        Path file = Files.writeString(dir.resolve("huge.jdl"), huge);
        assertThatThrownBy(() -> reader.read(file, SpecOptions.DEFAULTS)).isInstanceOf(SpecLimitException.class)
            .hasMessageStartingWith("huge.jdl: the spec has " + Files.size(file) + " bytes");
    }

    @Test
    void aLineLongerThanTheLimitIsRefusedAtItsPosition() {
        String jdl = "entity Note {\n  text String\n}\n// " + "x".repeat(10_000) + "\n";

        assertThatThrownBy(() -> reader.read("long.jdl", jdl, SpecOptions.DEFAULTS))
            .isInstanceOfSatisfying(SpecLimitException.class, e -> {
                assertThat(e.limit()).isEqualTo("line-length");
                assertThat(e.line()).isEqualTo(4);
                assertThat(e.column()).isEqualTo(10_001);
                assertThat(e.tooLarge()).isFalse();
            })
            .hasMessageStartingWith("long.jdl:4:10001: line 4 is longer than 10000 characters");
    }

    @Test
    void countsAreLimitedButSixtyEntitiesAreComfortable() {
        DomainModel sixty = reader.read("sixty.jdl", entities(60, 12), SpecOptions.DEFAULTS);
        assertThat(sixty.entities()).hasSize(60);

        assertThatThrownBy(() -> reader.read("many.jdl", entities(201, 1), SpecOptions.DEFAULTS))
            .isInstanceOfSatisfying(SpecLimitException.class, e -> assertThat(e.limit()).isEqualTo("entities"))
            .hasMessageStartingWith("many.jdl:601:8: the spec declares 201 entities, more than the limit of 200");
        String manyBullets = IntStream.range(0, 201)
            .mapToObj(i -> "- Thing" + word(i) + "x: name\n")
            .collect(Collectors.joining());
        assertThatThrownBy(() -> reader.read("many.md", manyBullets, SpecOptions.DEFAULTS))
            .isInstanceOfSatisfying(SpecLimitException.class, e -> assertThat(e.line()).isEqualTo(201));
        assertThatThrownBy(() -> reader.read("wide.jdl", entities(1, 101), SpecOptions.DEFAULTS))
            .isInstanceOfSatisfying(SpecLimitException.class, e -> assertThat(e.limit()).isEqualTo("fields-per-entity"))
            .hasMessageContaining("101 fields in entity E0");
        String manyValues = "enum Size { "
                + IntStream.range(0, 201).mapToObj(i -> "V" + i).collect(Collectors.joining(", "))
                + " }\nentity Shirt { size Size }\n";
        assertThatThrownBy(() -> reader.read("sizes.jdl", manyValues, SpecOptions.DEFAULTS))
            .isInstanceOfSatisfying(SpecLimitException.class, e -> assertThat(e.limit()).isEqualTo("enum-values"));
        String relationships = entities(2, 1) + IntStream.range(0, 501)
            .mapToObj(i -> "relationship ManyToOne { E0{r" + i + "} to E1 }")
            .collect(Collectors.joining("\n"));
        assertThatThrownBy(() -> reader.read("rels.jdl", relationships, SpecOptions.DEFAULTS))
            .isInstanceOfSatisfying(SpecLimitException.class, e -> assertThat(e.limit()).isEqualTo("relationships"));
    }

    @Test
    void documentationIsLimitedInLength() {
        String yaml = "application: {name: notes}\nentities:\n  Note:\n    description: >-\n"
                + ("      " + "word ".repeat(100).strip() + "\n").repeat(21) + "    fields: {text: String}\n";
        assertThatThrownBy(() -> reader.read("notes.yaml", yaml, SpecOptions.DEFAULTS))
            .isInstanceOfSatisfying(SpecLimitException.class,
                    e -> assertThat(e.limit()).isEqualTo("documentation-length"))
            .hasMessageContaining(
                    "the documentation of entity Note has 10499 characters, more than the limit of 10000");
    }

    @Test
    void jsonMayBeWrittenOnOneLongLine() {
        String json = "{\"application\": {\"name\": \"notes\", \"description\": \"" + "x".repeat(9_000) + "\"}, "
                + "\"entities\": {\"Note\": {\"description\": \"" + "y".repeat(9_000)
                + "\", \"fields\": {\"text\": \"String\"}}}}";
        assertThat(reader.read("notes.json", json, SpecOptions.DEFAULTS).entities()).hasSize(1);
    }

    @Test
    void limitsAreConfigurableAndApplicationYmlStatesTheDefaults() throws Exception {
        SpecReader strict = new SpecReader(new FreeTextAnalyzer(),
                new SpecLimits(1_048_576, 10_000, 1, 100, 500, 100, 200, 10_000));
        assertThatThrownBy(() -> strict.read("two.jdl", entities(2, 1), SpecOptions.DEFAULTS))
            .isInstanceOf(SpecLimitException.class)
            .hasMessageContaining("more than the limit of 1");

        StandardEnvironment environment = new StandardEnvironment();
        new YamlPropertySourceLoader().load("application", new ClassPathResource("application.yml"))
            .forEach(environment.getPropertySources()::addLast);
        SpecLimits configured = new Binder(ConfigurationPropertySources.get(environment))
            .bind("scaffold.limits", Bindable.of(SpecLimits.class))
            .get();
        assertThat(configured).isEqualTo(SpecLimits.DEFAULTS);
        assertThat(SpecLimits.DEFAULTS.specBytes()).isEqualTo(1_048_576);
    }

    /** {@code count} entities E0, E1, ... with {@code fields} fields each. */
    static String entities(int count, int fields) {
        return IntStream.range(0, count)
            .mapToObj(e -> "entity E" + e + " {\n"
                    + IntStream.range(0, fields).mapToObj(f -> "  f" + f + " String\n").collect(Collectors.joining())
                    + "}\n")
            .collect(Collectors.joining());
    }

    /** A distinct capitalised word for each number: A, B, ..., Z, Ba, ... */
    private static String word(int n) {
        StringBuilder word = new StringBuilder();
        do {
            word.insert(0, (char) ('a' + n % 26));
            n /= 26;
        }
        while (n > 0);
        return Character.toUpperCase(word.charAt(0)) + word.substring(1);
    }

}
