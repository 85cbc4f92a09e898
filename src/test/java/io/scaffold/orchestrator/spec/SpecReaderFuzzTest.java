package io.scaffold.orchestrator.spec;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import io.scaffold.orchestrator.domain.DomainModel;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.constraints.StringLength;

/**
 * Issue 7, the fuzz test: the JDL, YAML and free-text readers get random text and
 * mutations of real specs (the shared JHipster JDL corpus, {@code examples/}, the shop
 * requirements) and must answer with a model or a {@link SpecException}, never another
 * exception, within two seconds per input. Inputs that once broke a reader are kept in
 * {@link SpecReaderRegressionTest}.
 */
class SpecReaderFuzzTest {

    /**
     * What mutations insert: the syntax of the three formats, hostile numbers and
     * characters.
     */
    private static final List<String> TOKENS = List.of("{", "}", "(", ")", "[", "]", ",", "=", "@", "*", "/", "\"", "'",
            "/*", "*/", "/**", "//", "\n", "\r\n", "\t", " ", ":", "- ", "# ", "## Goals\n", "...", ".", ";", "entity ",
            "enum ", "relationship ", "OneToMany ", "ManyToMany ", "application ", "config ", "to ", "with ",
            "required", "unique", "min(", "max(", "maxlength(", "minbytes(", "pattern(/", "99999999999", "1.2.3", "-1",
            "1e400", "0.5", ".inf", "NaN", "-", "$", "pg_catalog.x", "\u0000", "\u202e", "\uFEFF", "\\u002a/", "é",
            "\uD83D\uDE00", "&anchor ", "*anchor", "!!binary ", "? ", "|\n", ">-\n", "Each order has ",
            "A customer places many ", "belongs to a ", " (Integer, required)", "x".repeat(300), " ".repeat(300));

    /** What replaces a number of the seed. */
    private static final List<String> NUMBERS = List.of("99999999999", "1.2.3", "1..2", "-1", "0.5", "1e400",
            "2147483648", "9".repeat(40), "-9223372036854775809", "10485761", "0", ".");

    private static final SpecReader READER = new SpecReader();

    @Property(tries = 400)
    void mutatedJdl(@ForAll("jdl") String text) {
        readsCleanly("fuzz.jdl", text);
    }

    @Property(tries = 300)
    void mutatedYamlAndJson(@ForAll("yaml") String text) {
        readsCleanly("fuzz.yaml", text);
        readsCleanly("fuzz.json", text);
    }

    @Property(tries = 300)
    void mutatedRequirements(@ForAll("text") String text) {
        readsCleanly("fuzz.md", text);
    }

    @Property(tries = 300)
    void randomText(@ForAll @StringLength(max = 3_000) String text, @ForAll("extensions") String extension) {
        readsCleanly("random" + extension, text);
    }

    /** A model or a SpecException, in bounded time; anything else fails the property. */
    static void readsCleanly(String file, String text) {
        assertTimeoutPreemptively(Duration.ofSeconds(2), () -> {
            try {
                DomainModel model = READER.read(file, text, SpecOptions.DEFAULTS);
                assertThat(model.entities()).isNotEmpty();
            }
            catch (SpecException refused) {
                assertThat(refused.getMessage()).startsWith(file).hasSizeLessThan(4_000);
            }
        });
    }

    @Provide
    Arbitrary<String> jdl() {
        List<String> seeds = new ArrayList<>();
        Corpus.jdlFiles().forEach(f -> seeds.add(read(f)));
        seeds.add(read(Path.of("examples/awkward-names.jdl")));
        seeds.add("""
                MAX = 50
                /** A product. */
                entity Product(product_table) {
                  name String required minlength(1) maxlength(MAX)
                  stock Integer min(0) max(1000)
                  price BigDecimal min(0) max(99999)
                  photo Blob minbytes(1) maxbytes(100000)
                }
                entity Category { title String unique }
                relationship ManyToOne { Product{category(title)} to Category }
                """);
        return mutated(seeds);
    }

    @Provide
    Arbitrary<String> yaml() {
        return mutated(List.of(read(Path.of("examples/library.yaml")),
                "{\"application\": {\"name\": \"notes\"}, \"entities\": {\"Note\": {\"fields\": "
                        + "{\"text\": {\"type\": \"String\", \"maxLength\": 10, \"min\": 1}}}}}"));
    }

    @Provide
    Arbitrary<String> text() {
        return mutated(List.of(read(Path.of("src/test/resources/requirements/shop.md"))));
    }

    @Provide
    Arbitrary<String> extensions() {
        return Arbitraries.of(".jdl", ".yaml", ".json", ".md");
    }

    /**
     * A seed with up to eight edits: insert a token, delete a range, repeat a range, or
     * replace a number.
     */
    private static Arbitrary<String> mutated(List<String> seeds) {
        Arbitrary<Tuple.Tuple4<Integer, Integer, String, String>> edit = Combinators
            .combine(Arbitraries.integers().between(0, 3), Arbitraries.integers().greaterOrEqual(0),
                    Arbitraries.of(TOKENS), Arbitraries.of(NUMBERS))
            .as(Tuple::of);
        return Combinators
            .combine(Arbitraries.of(seeds), edit.list().ofMaxSize(8), Arbitraries.integers().between(1, 200))
            .as((seed, edits, span) -> {
                StringBuilder text = new StringBuilder(seed);
                for (Tuple.Tuple4<Integer, Integer, String, String> e : edits) {
                    int at = text.isEmpty() ? 0 : e.get2() % text.length();
                    int end = Math.min(text.length(), at + span);
                    switch (e.get1()) {
                        case 0 -> text.insert(at, e.get3());
                        case 1 -> text.delete(at, end);
                        case 2 -> text.insert(at, text.substring(at, end).repeat(3));
                        default -> replaceNumber(text, at, e.get4());
                    }
                }
                return text.toString();
            });
    }

    /**
     * Replaces the first run of digits at or after {@code from} (or before it, if none
     * follows).
     */
    private static void replaceNumber(StringBuilder text, int from, String number) {
        int start = from;
        while (start < text.length() && !Character.isDigit(text.charAt(start))) {
            start++;
        }
        if (start == text.length()) {
            start = from;
            while (start > 0 && !Character.isDigit(text.charAt(start - 1))) {
                start--;
            }
            if (start == 0) {
                return;
            }
            start--;
            while (start > 0 && Character.isDigit(text.charAt(start - 1))) {
                start--;
            }
        }
        int end = start;
        while (end < text.length() && (Character.isDigit(text.charAt(end)) || text.charAt(end) == '.')) {
            end++;
        }
        text.replace(start, end, number);
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

}
