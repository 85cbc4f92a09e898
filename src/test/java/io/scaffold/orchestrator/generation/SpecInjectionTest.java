package io.scaffold.orchestrator.generation;

import io.scaffold.orchestrator.domain.DomainModel;
import io.scaffold.orchestrator.generation.encoding.JavaSources;
import io.scaffold.orchestrator.spec.SpecOptions;
import io.scaffold.orchestrator.spec.SpecReader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The three reproductions of issue 7, "Why" 1, read through the real spec readers: a
 * class with {@code @Component} smuggled out of a Javadoc comment by a free-text
 * description, a YAML description and a JDL documentation comment (where
 * {@code *}{@code /} cannot appear, so the attacker writes its unicode escape). Every
 * generated Java file must declare exactly one top-level type, the one its file is named
 * after.
 */
class SpecInjectionTest {

    private static final String INJECTION = "*/ @org.springframework.stereotype.Component class Pwned { static { System.exit(3); } } /*";

    @TempDir
    Path dir;

    @Test
    void freeTextDescriptionCannotAddAClass() throws IOException {
        DomainModel model = read("shop.md", """
                # Shop

                Sells things. %s

                - Customer: name, email
                - Order: date, total

                A customer places many orders.
                """.formatted(INJECTION));
        assertThat(model.description()).contains("class Pwned");
        assertOnlyTemplateTypes(model);
    }

    @Test
    void yamlDescriptionCannotAddAClass() throws IOException {
        DomainModel model = read("shop.yaml", """
                application:
                  name: shop
                  description: "Sells things. %1$s"
                entities:
                  Customer:
                    description: "A buyer. %1$s"
                    fields:
                      name: {type: String, required: true, description: "%1$s"}
                """.formatted(INJECTION));
        assertThat(model.description()).contains("class Pwned");
        assertThat(model.entities().getFirst().documentation()).contains("class Pwned");
        assertOnlyTemplateTypes(model);
    }

    @Test
    void jdlDocumentationCommentCannotAddAClassThroughAUnicodeEscape() throws IOException {
        String escaped = INJECTION.replace("*/", "\\u002a/").replace("/*", "/\\u002a");
        DomainModel model = read("shop.jdl", """
                /** A buyer. %1$s */
                entity Customer {
                  /** Full name. %1$s */
                  name String required
                }
                /** Status. %1$s */
                enum Status { OPEN, CLOSED }
                entity Purchase {
                  status Status
                }
                relationship ManyToOne { Purchase{customer} to Customer }
                """.formatted(escaped));
        assertThat(model.entities().getFirst().documentation()).contains("\\u002a/ @org.springframework");
        assertOnlyTemplateTypes(model);
    }

    private DomainModel read(String fileName, String spec) throws IOException {
        Path file = dir.resolve(fileName);
        Files.writeString(file, spec);
        return new SpecReader().read(file, SpecOptions.DEFAULTS);
    }

    private static void assertOnlyTemplateTypes(DomainModel model) {
        List<GeneratedFile> javaFiles = Phases.generateAll(model)
            .stream()
            .filter(f -> f.path().endsWith(".java"))
            .toList();
        assertThat(javaFiles).isNotEmpty();
        for (GeneratedFile file : javaFiles) {
            String type = file.path().substring(file.path().lastIndexOf('/') + 1).replace(".java", "");
            assertThat(JavaSources.syntaxErrors(file.path(), file.content())).as(file.path()).isEmpty();
            List<String> declarations = JavaSources.declarations(file.path(), file.content());
            assertThat(
                    declarations.stream().filter(d -> d.matches("(class|interface|enum|record|annotation_type) [^.]+")))
                .as(file.path())
                .containsExactly(declarations.getFirst())
                .first()
                .asString()
                .endsWith(" " + type);
            // the payload's annotation is fully qualified; templates import theirs
            // (MergePatch is a @Component)
            assertThat(declarations).as(file.path())
                .noneMatch(d -> d.contains("Pwned") || d.endsWith("stereotype.Component") || d.contains("initializer"));
        }
    }

}
