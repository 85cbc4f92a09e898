package io.scaffold.orchestrator.generation;

import io.scaffold.orchestrator.domain.DomainModel;
import io.scaffold.orchestrator.domain.FieldType;
import io.scaffold.orchestrator.domain.Relationship;
import io.scaffold.orchestrator.spec.SpecOptions;
import io.scaffold.orchestrator.spec.SpecReader;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * What holds for every generator together: phase ids, unique paths, known types,
 * determinism.
 */
class GeneratorsTest {

    private static final Path CORPUS = Path.of("../shared/corpus/jhipster-jdl-samples");

    @Test
    void phaseIdsFollowTheProcessContract() {
        assertThat(Phases.ALL).extracting(PhaseGenerator::phaseId)
            .containsExactly("domain-analysis", "architecture", "data-design", "api-design", "implementation",
                    "verification", "delivery");
    }

    @Test
    void phasesWriteDistinctFilesSortedByPath() {
        List<GeneratedFile> all = Phases.generateAll(DomainFixtures.bugTracker());
        assertThat(new HashSet<>(all.stream().map(GeneratedFile::path).toList())).hasSameSizeAs(all);
        for (PhaseGenerator generator : Phases.ALL) {
            List<String> paths = generator.generate(DomainFixtures.bugTracker(), GenerationContext.defaults())
                .stream()
                .map(GeneratedFile::path)
                .toList();
            assertThat(paths).as(generator.phaseId()).isNotEmpty().isSorted();
        }
    }

    @Test
    void twoRunsAreByteIdentical() {
        for (DomainModel model : List.of(DomainFixtures.bugTracker(), DomainFixtures.awkwardNames(),
                corpus("library.jh"))) {
            assertThat(Phases.generateAll(model)).as(model.name()).isEqualTo(Phases.generateAll(model));
        }
    }

    @Test
    void generatesFromEveryMonolithCorpusDomain() {
        for (String file : List.of("bug-tracker.jdl", "library.jh", "blog.jh", "21-points.jh", "online-shop.jh",
                "northwind-jdl.jh", "e-commerce-monolith.jdl", "Oracle-Human-Resources-sample.jdl")) {
            DomainModel model = corpus(file);
            Map<String, GeneratedFile> files = Phases.byPath(Phases.generateAll(model));
            model.entities()
                .forEach(e -> assertThat(files.keySet()).as(file)
                    .anyMatch(p -> p.endsWith("/" + e.name().className() + "Controller.java")));
        }
    }

    @Test
    void rejectsAnEntityWithAFieldAndARelationshipOfOneName() {
        DomainModel model = DomainFixtures.model("clash", "com.example.clash",
                List.of(DomainFixtures.entity("Ticket", DomainFixtures.field("project", FieldType.STRING)),
                        DomainFixtures.entity("Project")),
                List.of(), List.of(DomainFixtures.rel(Relationship.Kind.MANY_TO_ONE, "Ticket", "project", "Project",
                        null, false)));
        assertThatThrownBy(() -> new ImplementationGenerator().generate(model, GenerationContext.defaults()))
            .isInstanceOf(IllegalArgumentException.class)
            .hasMessageContaining("Ticket")
            .hasMessageContaining("'project'")
            .hasMessageContaining("rename");
    }

    @Test
    void generatedFileRejectsAbsolutePathsAndUnknownTypes() {
        assertThatThrownBy(() -> new GeneratedFile("/etc/passwd", "", "source")).hasMessageContaining("relative");
        assertThatThrownBy(() -> new GeneratedFile("a/../b", "", "source")).hasMessageContaining("relative");
        assertThatThrownBy(() -> new GeneratedFile("a.txt", "", "binary")).hasMessageContaining("binary");
    }

    @Test
    void platformVersionsAreData() {
        GenerationContext ctx = GenerationContext.defaults();
        assertThat(ctx.version("spring-boot")).startsWith("4.");
        assertThat(ctx.version("java")).isEqualTo("21");
        assertThatThrownBy(() -> ctx.version("cobol")).hasMessageContaining("target-platform.properties");
        String pom = Phases.byPath(new ImplementationGenerator().generate(DomainFixtures.bugTracker(), ctx))
            .get("pom.xml")
            .content();
        assertThat(pom).contains("<version>" + ctx.version("spring-boot") + "</version>",
                "<springdoc.version>" + ctx.version("springdoc") + "</springdoc.version>");
    }

    static DomainModel corpus(String file) {
        return new SpecReader().read(CORPUS.resolve(file), SpecOptions.DEFAULTS);
    }

}
