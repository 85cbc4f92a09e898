package io.scaffold.orchestrator.generation;

import io.scaffold.orchestrator.gates.probe.ProjectBuild;
import static org.assertj.core.api.Assertions.assertThat;

import io.scaffold.orchestrator.decisions.DecisionApplication;
import io.scaffold.orchestrator.decisions.DecisionDerivation;
import io.scaffold.orchestrator.domain.DomainModel;
import io.scaffold.orchestrator.domain.FieldType;
import io.scaffold.orchestrator.domain.decision.Decision;
import io.scaffold.orchestrator.domain.decision.DecisionKind;
import io.scaffold.orchestrator.domain.decision.DecisionSource;
import io.scaffold.orchestrator.spec.SpecOptions;
import io.scaffold.orchestrator.spec.SpecReader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The essential outcome: a generated project builds with its own Maven wrapper and passes
 * its own tests against a real PostgreSQL, for three corpus domains, our own domain full
 * of awkward names (Order, Group, Select, Class; fields default, class, from, to; a self
 * reference; ManyToMany) and the shipped YAML example. Slow (a full Maven build in a
 * separate process each), hence the tag.
 */
@Tag("generated-build")
class GeneratedBuildTest {

    @TempDir
    Path project;

    @TempDir
    Path specs;

    @ParameterizedTest
    @ValueSource(strings = { "../shared/corpus/jhipster-jdl-samples/bug-tracker.jdl",
            "../shared/corpus/jhipster-jdl-samples/library.jh", "../shared/corpus/jhipster-jdl-samples/online-shop.jh",
            "examples/awkward-names.jdl", "examples/library.yaml" })
    void generatedProjectBuildsAndPassesItsOwnTests(String spec) throws IOException {
        DomainModel model = new SpecReader().read(Path.of(spec), SpecOptions.DEFAULTS);
        assertThat(model.secured()).as("secured by default").isTrue();

        ProjectBuild.Result result = buildsAndPassesItsOwnTests(model);

        // Secured, the project is an OAuth2 resource server whose tests send JWTs; its
        // own
        // tests show who may reach what (401, 403, 200) and that operations work.
        assertThat(result.output())
            .containsPattern(
                    "Tests run: \\d+, Failures: 0, Errors: 0, Skipped: 0, Time elapsed: .* in [\\w.]+\\.SecurityTest")
            .containsPattern("Tests run: [1-9]\\d*, Failures: 0, Errors: 0, Skipped: 0, Time elapsed: .* in "
                    + "[\\w.]+\\.AcceptanceScenariosTest")
            .containsPattern(
                    "Tests run: 3, Failures: 0, Errors: 0, Skipped: 0, Time elapsed: .* in [\\w.]+\\.OperabilityTest");
        // JDL search (examples/awkward-names.jdl: Order and Group; Class has no text):
        // each searched entity with text
        // runs its full-text search tests.
        List<String> searched = model.entities()
            .stream()
            .filter(e -> e.options().search()
                    && e.fields().stream().anyMatch(f -> f.type() == FieldType.STRING || f.type() == FieldType.TEXT))
            .map(e -> e.name().className())
            .toList();
        if (spec.endsWith("awkward-names.jdl")) {
            assertThat(searched).containsExactlyInAnyOrder("Order", "Group");
        }
        for (String entity : searched) {
            assertThat(result.output()).containsPattern("Tests run: [1-9]\\d*, Failures: 0, Errors: 0, Skipped: 0, "
                    + "Time elapsed: .* in [\\w.]+\\." + entity + "SearchApiTest");
        }
    }

    /**
     * JDL {@code dto mapstruct} and {@code service with serviceImpl} on a corpus domain:
     * library.jh (every service with serviceImpl) with {@code dto * with mapstruct except
     * Publisher} and Client read-only, so MapStruct maps a blob, a one-to-one, a
     * many-to-many and a read-only entity, beside a hand-written mapper. The generated
     * mappers and service interfaces compile and the project passes its own tests.
     */
    @Test
    void mapstructMappersAndServiceInterfacesBuildAndPassTheirTests() throws IOException {
        DomainModel model = libraryWithMapstruct();
        assertThat(model.entity("Book").orElseThrow().options()).satisfies(o -> {
            assertThat(o.dto()).isTrue();
            assertThat(o.serviceImpl()).isTrue();
        });
        assertThat(model.entity("Publisher").orElseThrow().options().dto()).isFalse();

        ProjectBuild.Result result = buildsAndPassesItsOwnTests(model);

        assertThat(result.output()).containsPattern("Tests run: [1-9]\\d*, Failures: 0, Errors: 0, Skipped: 0, "
                + "Time elapsed: .* in [\\w.]+\\.BookApiTest");
        assertThat(Files.readString(source("BookMapper.java"))).contains("@Mapper(componentModel = \"spring\"");
        assertThat(Files.readString(source("BookServiceImpl.java"))).contains("implements BookService");
    }

    /**
     * A MapStruct mapper that misses a mapping fails the build: without the mapping of
     * the book's cover (a blob shown as its metadata), the response's {@code cover} is a
     * target property nothing fills, an error for MapStruct's processor.
     */
    @Test
    void aMapstructMapperMissingAMappingFailsTheBuild() throws IOException {
        GeneratedFile.writeAll(project, Phases.generateAll(libraryWithMapstruct()));
        replace(source("BookMapper.java"),
                "    @Mapping(target = \"cover\", expression = \"java(coverMetadata(entity))\")\n", "");

        ProjectBuild.Result result = new ProjectBuild(project, Duration.ofMinutes(15)).run("compile");

        assertThat(result.exitCode()).as(tail(result.output())).isNotZero();
        assertThat(result.output()).contains("BookMapper.java").contains("Unmapped target property: \"cover\"");
    }

    private DomainModel libraryWithMapstruct() throws IOException {
        Path spec = specs.resolve("library-mapstruct.jh");
        Files.writeString(spec, Files.readString(Path.of("../shared/corpus/jhipster-jdl-samples/library.jh"))
                + "\ndto * with mapstruct except Publisher\nreadOnly Client\n");
        return new SpecReader().read(spec, SpecOptions.DEFAULTS);
    }

    private Path source(String name) throws IOException {
        try (Stream<Path> files = Files.walk(project.resolve(ProjectLayout.MAIN_JAVA))) {
            return files.filter(p -> p.getFileName().toString().equals(name)).findFirst().orElseThrow();
        }
    }

    /**
     * The SECURED decision set to false: an open application, still building and passing
     * its tests.
     */
    @Test
    void openProjectBuildsAndPassesItsOwnTests() throws IOException {
        DomainModel spec = new SpecReader().read(Path.of("examples/library.yaml"), SpecOptions.DEFAULTS);
        List<Decision> decisions = new DecisionDerivation().derive(spec)
            .stream()
            .map(d -> d.kind() == DecisionKind.SECURED ? d.change("false", DecisionSource.PERSON, "test", false, true)
                    : d)
            .toList();
        DomainModel open = DecisionApplication.apply(spec, decisions);
        assertThat(open.secured()).isFalse();

        ProjectBuild.Result result = buildsAndPassesItsOwnTests(open);

        assertThat(result.output()).doesNotContain("SecurityTest")
            .containsPattern(
                    "Tests run: 3, Failures: 0, Errors: 0, Skipped: 0, Time elapsed: .* in [\\w.]+\\.OperabilityTest");
    }

    /**
     * The acceptance scenarios run with Cucumber and can fail: a controller that answers
     * 200 instead of 201 on create fails "Create a Book", and a step without a definition
     * fails its scenario (Cucumber is strict), so the build fails.
     */
    @Test
    void acceptanceScenariosFailOnADamagedProject() throws IOException {
        DomainModel model = new SpecReader().read(Path.of("examples/library.yaml"), SpecOptions.DEFAULTS);
        GeneratedFile.writeAll(project, Phases.generateAll(model));
        Path controller;
        try (Stream<Path> files = Files.walk(project.resolve(ProjectLayout.MAIN_JAVA))) {
            controller = files.filter(p -> p.getFileName().toString().equals("BookController.java"))
                .findFirst()
                .orElseThrow();
        }
        replace(controller, "ResponseEntity.created(", "ResponseEntity.status(200).location(");
        replace(project.resolve(ProjectLayout.ACCEPTANCE_DIR + "/members.feature"), "    When I delete it\n",
                "    When I delete it\n    And I forget the member\n");

        ProjectBuild.Result result = new ProjectBuild(project, Duration.ofMinutes(15)).run("verify",
                "-Dtest=AcceptanceScenariosTest");

        assertThat(result.exitCode()).as(tail(result.output())).isNotZero();
        assertThat(result.output()).contains("Manage books through the API - Create a Book")
            .contains("The step 'I forget the member' is undefined");
        assertThat(result.tests().failures() + result.tests().errors()).isGreaterThanOrEqualTo(2);
    }

    private static void replace(Path file, String from, String to) throws IOException {
        String text = Files.readString(file);
        assertThat(text).as(file.toString()).contains(from);
        Files.writeString(file, text.replace(from, to));
    }

    private ProjectBuild.Result buildsAndPassesItsOwnTests(DomainModel model) throws IOException {
        GeneratedFile.writeAll(project, Phases.generateAll(model));

        ProjectBuild.Result result = new ProjectBuild(project, Duration.ofMinutes(15)).run("verify");

        assertThat(result.timedOut()).as("timed out").isFalse();
        assertThat(result.exitCode()).as(tail(result.output())).isZero();
        // every entity gets its own API tests
        assertThat((long) result.tests().total())
            .isGreaterThanOrEqualTo(5 * model.entities().stream().filter(e -> !e.builtIn()).count());
        assertThat(result.tests().failures() + result.tests().errors()).isZero();
        assertThat(result.coverage()).hasValueSatisfying(c -> assertThat(c.line()).isGreaterThan(0.7));
        assertThat(result.succeeded()).isTrue();
        return result;
    }

    private static String tail(String output) {
        return output.substring(Math.max(0, output.length() - 6000));
    }

}
