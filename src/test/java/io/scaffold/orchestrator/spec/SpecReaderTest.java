package io.scaffold.orchestrator.spec;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import io.scaffold.orchestrator.domain.DomainModel;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.context.annotation.AnnotationConfigApplicationContext;

class SpecReaderTest {

    private final SpecReader reader = new SpecReader();

    @TempDir
    Path dir;

    @Test
    void detectsTheFormatByExtension() {
        String jdl = "entity Note { text String required }";
        assertThat(reader.read("a.jdl", jdl, null).source().format()).isEqualTo(DomainModel.Source.Format.JDL);
        assertThat(reader.read("A.JH", jdl, null).source().format()).isEqualTo(DomainModel.Source.Format.JDL);
        String yaml = "application: {name: notes}\nentities: {Note: {fields: {text: String}}}\n";
        assertThat(reader.read("a.yml", yaml, null).source().format()).isEqualTo(DomainModel.Source.Format.YAML);
        assertThat(reader.read("a.txt", "- Note: text, created at", null).source().format())
            .isEqualTo(DomainModel.Source.Format.TEXT);
    }

    @Test
    void refusesOtherExtensionsListingTheAcceptedOnes() {
        assertThatThrownBy(() -> reader.read("model.xml", "<x/>", null)).isInstanceOf(SpecException.class)
            .hasMessage("model.xml: unsupported spec format\n"
                    + "  how to fix: use one of the accepted extensions: .jdl, .jh, .yaml, .yml, .json, .md, .txt");
    }

    @Test
    void refusesMissingEmptyAndNonTextFiles() throws Exception {
        assertThatThrownBy(() -> reader.read(dir.resolve("nope.jdl"), SpecOptions.DEFAULTS))
            .isInstanceOf(SpecException.class)
            .hasMessageStartingWith("nope.jdl: file not found: ")
            .hasMessageEndingWith("how to fix: check the path and file name");

        Path empty = Files.writeString(dir.resolve("empty.yaml"), "  \n\n");
        assertThatThrownBy(() -> reader.read(empty, SpecOptions.DEFAULTS)).isInstanceOf(SpecException.class)
            .hasMessageStartingWith("empty.yaml: the file is empty")
            .satisfies(e -> {
                assertThat(((SpecException) e).line()).isZero();
                assertThat(((SpecException) e).column()).isZero();
            });

        Path folder = Files.createDirectory(dir.resolve("folder.jdl"));
        assertThatThrownBy(() -> reader.read(folder, SpecOptions.DEFAULTS)).isInstanceOf(SpecException.class)
            .hasMessageContaining("is a directory, not a file");

        Path binary = Files.write(dir.resolve("latin1.md"), "Caf\u00e9 entity".getBytes(StandardCharsets.ISO_8859_1));
        assertThatThrownBy(() -> reader.read(binary, SpecOptions.DEFAULTS)).isInstanceOf(SpecException.class)
            .hasMessageStartingWith("latin1.md: the file is not UTF-8 text");
    }

    @Test
    void refusesUnreadableFiles() throws Exception {
        Path locked = Files.writeString(dir.resolve("locked.jdl"), "entity A { name String }");
        assertThat(locked.toFile().setReadable(false)).isTrue();
        assumeFalse(Files.isReadable(locked), "running as root: file permissions do not apply");
        assertThatThrownBy(() -> reader.read(locked, SpecOptions.DEFAULTS)).isInstanceOf(SpecException.class)
            .hasMessageStartingWith("locked.jdl: the file cannot be read: permission denied");
    }

    @Test
    void readsFilesFromDiskAndUploadsAlike() throws Exception {
        String jdl = Corpus.read("space.jdl");
        Path file = Files.writeString(dir.resolve("space.jdl"), jdl);
        assertThat(reader.read(file, SpecOptions.DEFAULTS))
            .isEqualTo(reader.read("space.jdl", "\uFEFF" + jdl, SpecOptions.DEFAULTS));
    }

    @Test
    void springWiresTheFreeTextAnalyzerUnlessTheApplicationProvidesOne() {
        try (AnnotationConfigApplicationContext context = new AnnotationConfigApplicationContext(SpecReader.class)) {
            assertThat(context.getBean(SpecReader.class).read("notes.md", "- Note: text", null).entities())
                .extracting(e -> e.name().original())
                .containsExactly("Note");
        }
        DomainModel canned = reader.read("a.jdl", "entity Canned { text String required }", null);
        try (AnnotationConfigApplicationContext context = new AnnotationConfigApplicationContext()) {
            context.registerBean(RequirementsAnalyzer.class, () -> (text, fileName) -> canned);
            context.register(SpecReader.class);
            context.refresh();
            assertThat(context.getBean(SpecReader.class).read("notes.md", "- Note: text", null)).isSameAs(canned);
        }
    }

    @Test
    void usesTheGivenRequirementsAnalyzerForText() {
        DomainModel canned = reader.read("a.jdl", "entity Note { text String required }", null);
        SpecReader withAnalyzer = new SpecReader((text, fileName) -> canned);
        assertThat(withAnalyzer.read("notes.md", "anything", null)).isSameAs(canned);
    }

}
