package io.scaffold.orchestrator.gates.criteria;

import io.scaffold.orchestrator.gates.GatesData;
import io.scaffold.orchestrator.gates.ProjectFixture;
import io.scaffold.orchestrator.gates.TestModels;
import io.scaffold.orchestrator.domain.decision.DecisionChange;
import io.scaffold.orchestrator.gates.CriterionScore;
import io.scaffold.orchestrator.gates.CriterionValidator;
import io.scaffold.orchestrator.gates.GateSubject;
import io.scaffold.orchestrator.domain.DomainModel;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.List;
import java.util.Map;

import static io.scaffold.orchestrator.gates.ProjectFixture.copyOfGoodProject;
import static io.scaffold.orchestrator.gates.ProjectFixture.replace;
import static io.scaffold.orchestrator.gates.TestModels.lines;
import static io.scaffold.orchestrator.gates.TestModels.subject;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class DomainAndArchitectureValidatorsTest {

    @TempDir
    Path tmp;

    @Test
    void goodDocumentsMeetEveryCriterion() {
        for (CriterionValidator validator : List.of(new RequirementsCompleteValidator(), new SchemaMappedValidator(),
                new ObjectivesClearValidator(), new C4DiagramsValidator(), new DecisionsRecordedValidator(),
                new NfrDefinedValidator(), new StackSupportedValidator(GatesData.FILES))) {
            CriterionScore score = validator.score(subject(TestModels.GOOD_PROJECT));
            assertThat(lines(score)).as(validator.criterion()).isEmpty();
            assertThat(score.score()).as(validator.criterion()).isEqualTo(1.0);
        }
    }

    @Test
    void domainWithoutRequiredFieldsAndManyQuestionsStillPassesTheGateWhenDocumented() {
        // Like the JHipster Oracle HR sample: validations left out, one open question per
        // entity.
        DomainModel model = TestModels.tracker();
        DomainModel loose = new DomainModel(model.name(), model.basePackage(), model.description(),
                model.entities()
                    .stream()
                    .map(e -> new io.scaffold.orchestrator.domain.Entity(e.name(), e.documentation(),
                            e.fields()
                                .stream()
                                .map(f -> new io.scaffold.orchestrator.domain.Field(f.name(), f.type(), f.enumName(),
                                        f.documentation(), false, false, null, null, null, null, null))
                                .toList(),
                            e.options(), e.schemaOrgType(), false))
                    .toList(),
                model.enums(), model.relationships(), model.objectives(), model.useCases(), model.assumptions(),
                List.of("Which fields of Project are required?", "Which fields of Label are required?",
                        "Which fields of Ticket are required?"),
                model.ignoredFeatures(), model.source());
        GateSubject subject = new GateSubject("run-1", TestModels.GOOD_PROJECT, loose, Map.of());

        CriterionScore requirements = new RequirementsCompleteValidator().score(subject);

        assertThat(requirements.score()).isCloseTo(0.8, within(1e-9));
        assertThat(lines(requirements)).hasSize(3).allMatch(f -> f.contains("has no required field"));
        // each proposes making the field that names the entity's records required
        assertThat(requirements.findings()).extracting(f -> f.proposedChange().decisionId())
            .containsExactly("field-required:Project.name", "field-required:Label.label",
                    "field-required:Ticket.title");
        double gateScore = 0.3 * requirements.score() + 0.4 * new SchemaMappedValidator().score(subject).score()
                + 0.3 * new ObjectivesClearValidator().score(subject).score();
        assertThat(gateScore).isGreaterThanOrEqualTo(0.85);
    }

    @Test
    void emptyEntityMissingDocumentsAndTooManyQuestionsLowerRequirementsComplete() throws Exception {
        Path project = copyOfGoodProject(tmp);
        Files.delete(project.resolve("docs/requirements/open-questions.md"));
        DomainModel model = TestModels.tracker(List.of("Track tickets"), List.of("Create a ticket"),
                Collections.nCopies(6, "What is a label?"));
        var entities = new java.util.ArrayList<>(model.entities());
        entities.add(
                TestModels.entity("Comment", "Comment", io.scaffold.orchestrator.domain.EntityOptions.Pagination.NONE));
        DomainModel withEmpty = new DomainModel(model.name(), model.basePackage(), model.description(), entities,
                model.enums(), model.relationships(), model.objectives(), model.useCases(), model.assumptions(),
                model.openQuestions(), model.ignoredFeatures(), model.source());

        CriterionScore score = new RequirementsCompleteValidator()
            .score(new GateSubject("r", project, withEmpty, Map.of()));

        // fields 3/4, required 3/4, documents 1/3 (the model doc does not describe
        // Comment), questions 4/6
        assertThat(score.score()).isCloseTo(0.4 * 0.75 + 0.2 * 0.75 + 0.25 / 3 + 0.15 * 4 / 6, within(1e-9));
        assertThat(lines(score)).containsExactly(
                "docs/requirements/domain-model.md: entity Comment has no fields; list its attributes",
                "docs/requirements/domain-model.md: does not describe entity Comment; describe them",
                "docs/requirements/open-questions.md: missing or empty; write it",
                "docs/requirements/open-questions.md: 6 open questions for 4 entities; answer them in the input so that at most 4 remain",
                // a smell of the spec: a finding, without lowering the score
                "docs/requirements/domain-model.md: entity Comment is linked to no other entity of the domain: it "
                        + "belongs to no aggregate; relate it to the entity it belongs to, e.g. relationship "
                        + "ManyToOne { Comment to Ticket }");
    }

    @Test
    void thingCountsHalfAndAnUnmappedEntityNothing() {
        Path project = copyOfGoodProject(tmp);
        replace(project, SchemaMappedValidator.FILE, "[Action](https://schema.org/Action)", "schema:Thing");
        replace(project, SchemaMappedValidator.FILE, "| Label |", "| Tag |");

        CriterionScore score = new SchemaMappedValidator().score(subject(project));

        assertThat(score.score()).isCloseTo(1.5 / 3, within(1e-9));
        assertThat(lines(score)).containsExactly(
                "docs/requirements/schema-org-mapping.md: entity Label is not mapped; add a row | Label | https://schema.org/<Type> |, e.g. Brand",
                "docs/requirements/schema-org-mapping.md:7: entity Ticket is mapped to the generic Thing; choose a more specific schema.org type if one fits");
    }

    @Test
    void objectivesThatNeverNameTheDomainAreUnclear() {
        DomainModel vague = TestModels.tracker(List.of("Be more productive"), List.of(), List.of());

        CriterionScore score = new ObjectivesClearValidator()
            .score(new GateSubject("r", TestModels.GOOD_PROJECT, vague, Map.of()));

        assertThat(score.score()).isEqualTo(0.25);
        assertThat(lines(score)).containsExactly(
                "docs/requirements/domain-model.md: the model states no use cases; add them to the input, or accept the ones derived from the entities",
                "docs/requirements/domain-model.md: no objective or use case mentions Project, Label, Ticket; say what the users do with them");
        assertThat(score.findings().getFirst().proposedChange()).isEqualTo(new DecisionChange("use-cases:application",
                "Manage Project records\nManage Label records\nManage Ticket records",
                "the model states no use cases; these follow from its entities"));
        assertThat(score.findings().get(1).proposedChange()).isNull();
    }

    @Test
    void c4DiagramsWithoutDatabaseOrApiOrSystemNameAreIncomplete() throws Exception {
        Path project = copyOfGoodProject(tmp);
        replace(project, C4DiagramsValidator.CONTAINER, "ContainerDb(db,", "Container(db,");
        replace(project, C4DiagramsValidator.CONTAINER,
                "\"Tracker API\", \"Spring Boot 4.1, Java 21\", \"REST API for projects, tickets and labels\"",
                "\"Tracker backend\", \"Spring Boot 4.1, Java 21\", \"Projects, tickets and labels\"");
        replace(project, C4DiagramsValidator.CONTEXT, "System(tracker, \"Tracker\"", "System(app, \"Ticket app\"");

        CriterionScore score = new C4DiagramsValidator().score(subject(project));

        assertThat(lines(score)).containsExactly(
                "docs/architecture/c4-context.md: no System(...) element names the application tracker; add a System(...) element named after the application",
                "docs/architecture/c4-container.md: no ContainerDb(...) element for the database; add a ContainerDb(...) element for the database",
                "docs/architecture/c4-container.md: no Container(...) element for the API; add a Container(...) element named or described as the REST API");
        assertThat(score.score()).isCloseTo(2.0 / 5, within(1e-9));

        Files.delete(project.resolve(C4DiagramsValidator.CONTEXT));
        assertThat(lines(new C4DiagramsValidator().score(subject(project)))).contains(
                "docs/architecture/c4-context.md: the C4Context diagram is missing; write the document with a Mermaid C4Context diagram");
    }

    @Test
    void adrWithoutConsequencesAndTooFewAdrsLowerDecisionsRecorded() throws Exception {
        Path project = copyOfGoodProject(tmp);
        Path adrs = project.resolve(DecisionsRecordedValidator.DIR);
        Files.delete(adrs.resolve("0003-rfc-9457-problem-details-for-errors.md"));
        replace(project, DecisionsRecordedValidator.DIR + "/0002-postgresql-with-flyway-migrations.md",
                "## Consequences", "## Outcome");

        CriterionScore score = new DecisionsRecordedValidator().score(subject(project));

        assertThat(score.score()).isCloseTo(7.0 / 8 * 2 / 3, within(1e-9));
        assertThat(lines(score)).containsExactly(
                "docs/architecture/adr/0002-postgresql-with-flyway-migrations.md: no Consequences section; add '## Consequences'",
                "docs/architecture/adr/: only 2 ADR(s); record at least 3 (stack, persistence, error format)");
    }

    @Test
    void nfrWithoutNumbersIsNotMeasurable() {
        Path project = copyOfGoodProject(tmp);
        ProjectFixture.write(project, NfrDefinedValidator.FILE, """
                # Non-functional requirements
                - Performance: the API should be fast.
                - Security: endpoints need authentication.
                - Availability: 99.9 % per month.
                """);

        CriterionScore score = new NfrDefinedValidator().score(subject(project));

        assertThat(score.score()).isCloseTo(0.5 * 1 / 5 + 0.5 * 3 / 4, within(1e-9));
        assertThat(lines(score)).containsExactly(
                "docs/architecture/non-functional-requirements.md: 1 measurable target(s); state at least 5 as numbers with units (e.g. p95 latency < 200 ms, availability 99.5 %)",
                "docs/architecture/non-functional-requirements.md: no scalability requirement; add one with a measurable target");
    }

    @Test
    void unsupportedBootAndJavaVersionsAreNamedWithTheirLine() {
        Path project = copyOfGoodProject(tmp);
        replace(project, "pom.xml", "<version>4.1.2</version>", "<version>3.3.5</version>");
        replace(project, "pom.xml", "<java.version>21</java.version>", "<java.version>17</java.version>");

        CriterionScore score = new StackSupportedValidator(GatesData.FILES).score(subject(project));

        assertThat(score.score()).isZero();
        assertThat(lines(score)).containsExactly(
                "pom.xml:9: Spring Boot 3.3.5 is not a supported line; use one of 4.1, 4.0",
                "pom.xml:16: Java 17 is not supported; use one of 21, 25");
    }

    @Test
    void beforeThePomExistsTheStackDecisionRecordIsJudged() throws java.io.IOException {
        Path project = copyOfGoodProject(tmp);
        java.nio.file.Files.delete(project.resolve("pom.xml"));
        Path adr = project.resolve(StackSupportedValidator.STACK_ADR);
        java.nio.file.Files.createDirectories(adr.getParent());
        java.nio.file.Files.writeString(adr, "# ADR 0001: Spring Boot 4.1.1 on Java 21\n");
        assertThat(new StackSupportedValidator(GatesData.FILES).score(subject(project)).score()).isEqualTo(1.0);

        java.nio.file.Files.writeString(adr, "# ADR 0001: Spring Boot 3.2.0 on Java 17\n");
        CriterionScore outdated = new StackSupportedValidator(GatesData.FILES).score(subject(project));
        assertThat(outdated.score()).isZero();
        assertThat(lines(outdated)).containsExactly(
                StackSupportedValidator.STACK_ADR
                        + ":1: Spring Boot 3.2.0 is not a supported line; use one of 4.1, 4.0",
                StackSupportedValidator.STACK_ADR + ":1: Java 17 is not supported; use one of 21, 25");
    }

}
