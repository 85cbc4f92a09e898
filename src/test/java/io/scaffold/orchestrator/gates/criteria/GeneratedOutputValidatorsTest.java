package io.scaffold.orchestrator.gates.criteria;

import io.scaffold.orchestrator.gates.probe.ProjectFiles;
import io.scaffold.orchestrator.generation.ProjectLayout;
import io.scaffold.orchestrator.gates.GatesData;
import io.scaffold.orchestrator.gates.GateSubject;
import io.scaffold.orchestrator.domain.DomainModel;
import io.scaffold.orchestrator.spec.JdlParser;
import io.scaffold.orchestrator.spec.SpecOptions;
import io.scaffold.orchestrator.gates.TestModels;
import io.scaffold.orchestrator.gates.CriterionScore;
import io.scaffold.orchestrator.gates.CriterionValidator;
import io.scaffold.orchestrator.gates.probe.AppliedMigrations;
import io.scaffold.orchestrator.gates.probe.PostgresSandbox;
import io.scaffold.orchestrator.gates.probe.VerificationBuilds;
import io.scaffold.orchestrator.generation.GeneratedFile;
import io.scaffold.orchestrator.generation.Phases;
import io.scaffold.orchestrator.gates.probe.sandbox.SandboxPolicy;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static io.scaffold.orchestrator.gates.TestModels.lines;
import static io.scaffold.orchestrator.gates.TestModels.subject;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The validators on what the generation engine really writes: good output scores 1,
 * damaged copies lose.
 */
class GeneratedOutputValidatorsTest {

    private static final String SCRIPT = "src/main/resources/db/migration/V1__create_schema.sql";

    private static PostgresSandbox sandbox;

    private static AppliedMigrations migrations;

    @TempDir
    Path project;

    @BeforeAll
    static void startSandbox() {
        sandbox = new PostgresSandbox();
        migrations = new AppliedMigrations(sandbox);
    }

    @AfterAll
    static void stopSandbox() throws Exception {
        sandbox.destroy();
    }

    /**
     * The whole project, as the process would have written it by the verification gate.
     */
    private void generate() throws Exception {
        GeneratedFile.writeAll(project, Phases.generateAll(TestModels.tracker()));
    }

    @Test
    void generatedProjectMeetsTheCriteriaOfItsPhases() throws Exception {
        generate();
        for (CriterionValidator validator : List.of(new MigrationsApplyValidator(migrations),
                new SchemaMatchesModelValidator(migrations), new NamingRulesValidator(migrations),
                new ForeignKeysIndexedValidator(migrations), new SlicesCompleteValidator(),
                new RelationshipsMappedValidator(), new ConfigurationExternalizedValidator(),
                new AcceptanceScenariosValidator())) {
            CriterionScore score = validator.score(subject(project));
            assertThat(lines(score)).as(validator.criterion()).isEmpty();
            assertThat(score.score()).as(validator.criterion()).isEqualTo(1.0);
        }
    }

    @Test
    void droppedIndexAndBrokenStatementInGeneratedSqlAreFound() throws Exception {
        generate();
        Path script = project.resolve(SCRIPT);
        String sql = Files.readString(script);
        Matcher index = Pattern.compile("(?m)^CREATE INDEX \\w+ ON tickets \\((\\w+)\\);\\n").matcher(sql);
        assertThat(index.find()).as("generated SQL indexes the ticket's project reference:\n" + sql).isTrue();
        Files.writeString(script, sql.replace(index.group(), ""));

        CriterionScore indexed = new ForeignKeysIndexedValidator(migrations).score(subject(project));

        assertThat(indexed.score()).isLessThan(1.0);
        assertThat(lines(indexed)).singleElement()
            .asString()
            .matches(Pattern.quote(SCRIPT) + ":\\d+: foreign key column tickets\\." + index.group(1)
                    + " has no index; .*");

        Files.writeString(script, sql.replaceFirst("CREATE TABLE", "CREATE TABLEE"));
        CriterionScore applied = new MigrationsApplyValidator(migrations).score(subject(project));
        assertThat(applied.score()).isZero();
        assertThat(lines(applied)).singleElement()
            .asString()
            .matches(Pattern.quote(SCRIPT) + ":\\d+: PostgreSQL rejects the statement: .*TABLEE.*");
    }

    @Test
    void missingSliceTypeAndRelationshipAnnotationAreFound() throws Exception {
        generate();
        Path controller;
        try (var files = Files.walk(project.resolve("src/main/java"))) {
            controller = files.filter(p -> p.getFileName().toString().equals("LabelController.java"))
                .findFirst()
                .orElseThrow();
        }
        Files.delete(controller);
        Path ticket;
        try (var files = Files.walk(project.resolve("src/main/java"))) {
            ticket = files.filter(p -> p.getFileName().toString().equals("Ticket.java")).findFirst().orElseThrow();
        }
        Files.writeString(ticket,
                Files.readString(ticket).replace("@JoinTable(", "@jakarta.persistence.CollectionTable("));

        CriterionScore slices = new SlicesCompleteValidator().score(subject(project));
        assertThat(slices.score()).isEqualTo(20.0 / 21);
        assertThat(lines(slices))
            .containsExactly("src/main/java: entity Label has no LabelController class; generate it with the slice");

        CriterionScore relationships = new RelationshipsMappedValidator().score(subject(project));
        assertThat(relationships.score()).isEqualTo(2.0 / 3);
        assertThat(lines(relationships)).singleElement()
            .asString()
            .matches(
                    ".*/Ticket\\.java:\\d+: Ticket\\.labels \\(MANY_TO_MANY Ticket\\.labels -> Label\\) lacks @JoinTable; annotate the field with @JoinTable");
    }

    /**
     * JDL service with serviceImpl: the interface XService with the class XServiceImpl
     * completes the slice; an implementation that does not implement the interface, no
     * implementation, or no service at all does not.
     */
    @Test
    void serviceInterfaceCountsWithItsImplementationOnly() throws Exception {
        DomainModel model = new JdlParser().parse("impl.jdl", """
                entity Shelf { code String required }
                entity Note { text String }
                service Shelf with serviceImpl
                """, SpecOptions.DEFAULTS);
        GeneratedFile.writeAll(project, Phases.generateAll(model));
        GateSubject subject = new GateSubject("run-1", project, model, Map.of());
        assertThat(new SlicesCompleteValidator().score(subject).score()).isEqualTo(1.0);

        Path implementation = mainSource("ShelfServiceImpl.java");
        Files.writeString(implementation, Files.readString(implementation).replace(" implements ShelfService", ""));
        CriterionScore notImplementing = new SlicesCompleteValidator().score(subject);
        assertThat(notImplementing.score()).isEqualTo(13.0 / 14);
        assertThat(lines(notImplementing)).singleElement()
            .asString()
            .endsWith("ShelfServiceImpl.java: ShelfServiceImpl does not implement ShelfService; "
                    + "declare it 'implements ShelfService'");

        Files.delete(implementation);
        assertThat(lines(new SlicesCompleteValidator().score(subject))).singleElement()
            .asString()
            .endsWith("ShelfService.java: ShelfService is an interface without its implementation ShelfServiceImpl; "
                    + "generate the class ShelfServiceImpl (@Service, implements ShelfService)");

        Files.delete(mainSource("ShelfService.java"));
        assertThat(lines(new SlicesCompleteValidator().score(subject)))
            .containsExactly("src/main/java: entity Shelf has no ShelfService class; generate it with the slice");
    }

    private Path mainSource(String name) throws Exception {
        try (var files = Files.walk(project.resolve("src/main/java"))) {
            return files.filter(p -> p.getFileName().toString().equals(name)).findFirst().orElseThrow();
        }
    }

    @Test
    void brokenFeatureFileIsNotValidGherkin() throws Exception {
        generate();
        Path feature = project.resolve("src/test/resources/features/tickets.feature");
        String text = Files.readString(feature);
        Files.writeString(feature, text.replaceFirst("(?m)^(\\s*)Then ", "$1Afterwards "));

        CriterionScore score = new AcceptanceScenariosValidator().score(subject(project));

        assertThat(score.score()).isEqualTo(2.0 / 3);
        assertThat(lines(score)).anySatisfy(f -> assertThat(f).matches(
                "src/test/resources/features/tickets\\.feature:\\d+: (scenario without a Then step|not a Gherkin step.*)"));
    }

    @Test
    void featureFilesNothingRunsDoNotCount() throws Exception {
        generate();
        for (Path test : ProjectFiles.walk(project, ProjectLayout.TEST_JAVA, "AcceptanceScenariosTest.java")) {
            Files.delete(test);
        }

        CriterionScore score = new AcceptanceScenariosValidator().score(subject(project));

        assertThat(score.score()).isZero();
        assertThat(lines(score)).containsExactly(
                "src/test/java: no test class runs the feature files in src/test/resources/features; add a JUnit "
                        + "Platform suite with @IncludeEngines(\"cucumber\") and @SelectPackages(\"features\") and "
                        + "step definitions for every step");
    }

    /**
     * Runs the generated project's real Maven build (minutes):
     * {@code -Dgroups=generated-build}.
     */
    @Test
    @Tag("generated-build")
    void generatedProjectBuildsTestsAndCoversOnce() throws Exception {
        generate();
        VerificationBuilds builds = new VerificationBuilds(SandboxPolicy.DEFAULTS);
        List<CriterionValidator> validators = List.of(new BuildGreenValidator(builds), new TestsPassValidator(builds),
                new CoverageValidator(builds, GatesData.FILES));
        List<CriterionScore> scores = validators.parallelStream().map(v -> v.score(subject(project))).toList();
        for (CriterionScore score : scores) {
            assertThat(lines(score)).as(score.name()).isEmpty();
            assertThat(score.score()).as(score.name()).isEqualTo(1.0);
        }
    }

}
