package io.scaffold.orchestrator.generation;

import static org.assertj.core.api.Assertions.assertThat;

import io.scaffold.orchestrator.spec.SpecOptions;
import io.scaffold.orchestrator.spec.SpecReader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Every generated document (Markdown and Gherkin) reads as if written by hand: the right
 * indefinite article before each word, no punctuation left behind by an empty list or a
 * missing value, no runs of blank lines.
 */
class TemplateLeftoversTest {

    /** "a" before a vowel sound; "one", "uni", "use"... start with a consonant sound. */
    private static final Pattern A_BEFORE_VOWEL = Pattern
        .compile("\\b[Aa] (?!(?i:one|once|uni|use|usu|uti|eu))([AEIOaeio]\\w*)");

    /** "an" before a consonant; acronyms and silent h excepted. */
    private static final Pattern AN_BEFORE_CONSONANT = Pattern.compile(
            "\\b[Aa]n (?!(?i:hour|honest|honou?r)|[FHLMNRSX][A-Z]|[A-Z]\\b)([b-df-hj-np-tv-zB-DF-HJ-NP-TV-Z]\\w*)");

    /** Punctuation after a space, doubled, or around nothing. */
    private static final Pattern STRAY_PUNCTUATION = Pattern
        .compile("(?<=\\S) +[,;:.](?=\\s|$)|[,;]{2}|,\\s*[.;]|\\(\\s*\\)|\\[\\s*\\]|(?<!\\.)\\.\\.(?![./])");

    /** Inline code spans and link targets: code, not prose. */
    private static final Pattern CODE = Pattern.compile("`[^`]*`|\\]\\([^)]*\\)");

    @ParameterizedTest
    @ValueSource(strings = { "../shared/corpus/jhipster-jdl-samples/bug-tracker.jdl", "examples/library.yaml",
            "examples/awkward-names.jdl", "../shared/corpus/jhipster-jdl-samples/library.jh" })
    void generatedDocumentsHaveNoTemplateLeftovers(String spec) throws Exception {
        List<GeneratedFile> documents = Phases.generateAll(new SpecReader().read(Path.of(spec), SpecOptions.DEFAULTS))
            .stream()
            .filter(f -> f.path().endsWith(".md") || f.path().endsWith(".feature"))
            .toList();
        assertThat(documents).hasSizeGreaterThan(10);

        List<String> leftovers = new ArrayList<>();
        documents.forEach(document -> leftovers.addAll(leftovers(document.path(), document.content())));

        assertThat(leftovers).isEmpty();
    }

    @Test
    void theCheckFindsEachKindOfLeftover() {
        assertThat(leftovers("x.md", "Create a Order.\nAn Book is lent .\n\n\nTags: , x\nSee ().\n")).containsExactly(
                "x.md:1: \"a Order\" should be \"an Order\"", "x.md:2: \"An Book\" should be \"A Book\"",
                "x.md:2: stray punctuation \".\"", "x.md:4: a run of blank lines", "x.md:5: stray punctuation \",\"",
                "x.md:6: stray punctuation \"()\"");
        assertThat(leftovers("x.md", "A one-to-many link, a user, an HTTP call, an ID.\n```\na  .\n\n\n```\n`a e`"))
            .isEmpty();
    }

    private static List<String> leftovers(String path, String content) {
        List<String> found = new ArrayList<>();
        String[] lines = content.split("\n", -1);
        boolean fenced = false;
        int blank = 0;
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            String at = path + ":" + (i + 1) + ": ";
            if (line.strip().startsWith("```")) {
                fenced = !fenced;
                blank = 0;
                continue;
            }
            if (fenced) {
                continue;
            }
            blank = line.isBlank() ? blank + 1 : 0;
            if (blank == 2 && i < lines.length - 1) {
                found.add(at + "a run of blank lines");
            }
            String prose = CODE.matcher(line).replaceAll("_");
            for (Matcher m = A_BEFORE_VOWEL.matcher(prose); m.find();) {
                found.add(at + "\"" + m.group() + "\" should be \"" + m.group().charAt(0) + "n " + m.group(1) + "\"");
            }
            for (Matcher m = AN_BEFORE_CONSONANT.matcher(prose); m.find();) {
                found.add(at + "\"" + m.group() + "\" should be \"" + m.group().charAt(0) + " " + m.group(1) + "\"");
            }
            for (Matcher m = STRAY_PUNCTUATION.matcher(prose); m.find();) {
                found.add(at + "stray punctuation \"" + m.group().strip() + "\"");
            }
        }
        return found;
    }

}
