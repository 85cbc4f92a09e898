package io.scaffold.orchestrator.decisions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import io.scaffold.orchestrator.artifacts.DomainModels;
import io.scaffold.orchestrator.domain.DomainModel;
import io.scaffold.orchestrator.domain.decision.Decision;
import io.scaffold.orchestrator.domain.decision.DecisionChange;
import io.scaffold.orchestrator.domain.decision.DecisionKind;
import io.scaffold.orchestrator.domain.decision.DecisionSource;
import io.scaffold.orchestrator.runs.EventType;
import io.scaffold.orchestrator.runs.Run;
import io.scaffold.orchestrator.runs.RunEvent;
import io.scaffold.orchestrator.runs.RunEventLog;
import io.scaffold.orchestrator.runs.RunRepository;
import io.scaffold.orchestrator.runs.RunStatus;
import io.scaffold.orchestrator.spec.SpecOptions;
import io.scaffold.orchestrator.spec.SpecReader;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The decision store on a real PostgreSQL: versions, idempotent changes, locks and the
 * errors a person gets for a change that cannot be applied.
 */
@SpringBootTest(classes = DecisionStore.class)
class RunDecisionsTest {

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        DecisionStore.properties(registry);
    }

    static final String SPEC = """
            entity Book { title String required maxlength(120), summary String }
            entity Author { name String required, email String }
            enum Genre { NOVEL, POETRY }
            relationship ManyToOne { Book{author} to Author }
            """;

    @Autowired
    RunDecisions decisions;

    @Autowired
    RunRepository runs;

    @Autowired
    RunEventLog events;

    @Autowired
    DomainModels models;

    UUID runId;

    @BeforeEach
    void aRunWithItsModelAndDecisions() {
        runId = UUID.randomUUID();
        runs.insert(new Run(runId, "acme", "tester", "library", "library.jdl", "JDL", "full", RunStatus.RUNNING, null,
                null, null, Instant.now(), null));
        models.save(runId, new SpecReader().read("library.jdl", SPEC, SpecOptions.DEFAULTS), "test");
        assertThat(decisions.initialise(runId, derived(), "requirements-analyzer")).isTrue();
    }

    static List<Decision> derived() {
        List<String> booleans = List.of("true", "false");
        return List.of(
                Decision.of(DecisionKind.FIELD_REQUIRED, "Book.summary", "Is Book.summary required?", booleans, "false",
                        DecisionSource.DEFAULT, "the spec does not say", true),
                Decision.of(DecisionKind.STRING_LENGTH, "Book.summary", "Longest Book.summary?", List.of(), "255",
                        DecisionSource.DEFAULT, "the platform default", true),
                Decision.of(DecisionKind.PAGINATION, "Book", "How are Books listed?",
                        List.of("NONE", "PAGINATION", "INFINITE_SCROLL"), "NONE", DecisionSource.DEFAULT,
                        "the spec does not say", true),
                Decision.of(DecisionKind.DISPLAY_FIELD, "Book.author", "Which field of Author shows a Book's author?",
                        List.of("id", "name", "email"), "id", DecisionSource.DEFAULT, "the spec does not say", true),
                Decision.of(DecisionKind.ENTITY_NAME, "Book", "What is Book called?", List.of(), "Book",
                        DecisionSource.SPEC, "the spec names it", false),
                Decision.of(DecisionKind.ENTITY_NAME, "Author", "What is Author called?", List.of(), "Author",
                        DecisionSource.SPEC, "the spec names it", false),
                Decision.of(DecisionKind.USE_CASES, DecisionKind.APPLICATION, "What must users be able to do?",
                        List.of(), "Manage books", DecisionSource.HEURISTIC, "one per entity", true));
    }

    @Test
    void derivedDecisionsAreStoredOnceAsVersionOne() {
        assertThat(decisions.initialise(runId, List.of(), "requirements-analyzer")).as("a retried intake").isFalse();
        assertThat(decisions.version(runId)).isEqualTo(1);
        assertThat(decisions.current(runId)).extracting(Decision::id)
            .containsExactly("display-field:Book.author", "entity-name:Author", "entity-name:Book",
                    "field-required:Book.summary", "pagination:Book", "string-length:Book.summary",
                    "use-cases:application");
        assertThat(decisions.find(runId, "pagination:Book")).get().extracting(Decision::chosen).isEqualTo("NONE");
        assertThat(decisions.find(runId, "pagination:Author")).isEmpty();
    }

    @Test
    void aChangeStoresANewVersionAndARetryStoresNothing() {
        List<DecisionChange> changes = List.of(new DecisionChange("pagination:Book", "pagination", "many books"),
                new DecisionChange("field-required:Book.summary", "false", "unchanged"));

        List<Decision> changed = decisions.apply(runId, changes, DecisionSource.HEURISTIC, false, "data-architect");

        assertThat(changed).singleElement().satisfies(d -> {
            assertThat(d.id()).isEqualTo("pagination:Book");
            assertThat(d.chosen()).as("the option's spelling").isEqualTo("PAGINATION");
            assertThat(d.source()).isEqualTo(DecisionSource.HEURISTIC);
            assertThat(d.assumption()).isTrue();
            assertThat(d.rationale()).isEqualTo("many books");
        });
        assertThat(decisions.version(runId)).isEqualTo(2);
        assertThat(decisions.history(runId, "pagination:Book"))
            .extracting(DecisionVersion::version, v -> v.decision().chosen(), DecisionVersion::changedBy,
                    DecisionVersion::reason)
            .containsExactly(org.assertj.core.groups.Tuple.tuple(1, "NONE", "requirements-analyzer", null),
                    org.assertj.core.groups.Tuple.tuple(2, "PAGINATION", "data-architect", "many books"));
        assertThat(decisionEvents()).singleElement()
            .satisfies(e -> assertThat(e.payload()).contains("\"decisionId\": \"pagination:Book\"", "\"version\": 2",
                    "\"source\": \"HEURISTIC\""));

        assertThat(decisions.apply(runId, changes, DecisionSource.HEURISTIC, false, "data-architect"))
            .as("the retried job")
            .isEmpty();
        assertThat(decisions.version(runId)).isEqualTo(2);
        assertThat(decisions.history(runId, "pagination:Book")).hasSize(2);
        assertThat(decisionEvents()).hasSize(1);
    }

    @Test
    void aPersonsChangeIsLockedAgainstReworkButMayBeRetried() {
        DecisionChange required = new DecisionChange("field-required:Book.summary", "true", "every book has one");
        decisions.apply(runId, List.of(required), DecisionSource.PERSON, true, "ella");

        Decision settled = decisions.find(runId, "field-required:Book.summary").orElseThrow();
        assertThat(settled.locked()).isTrue();
        assertThat(settled.assumption()).isFalse();
        assertThat(settled.source()).isEqualTo(DecisionSource.PERSON);

        assertThat(decisions.apply(runId, List.of(required), DecisionSource.PERSON, true, "ella")).isEmpty();
        DecisionChange back = new DecisionChange("field-required:Book.summary", "false", "a gate's proposal");
        assertThat(decisions.changes(runId, back)).isFalse();
        assertThatIllegalArgumentException()
            .isThrownBy(() -> decisions.apply(runId, List.of(back), DecisionSource.HEURISTIC, false, "domain-analyst"))
            .withMessageContaining("field-required:Book.summary is locked")
            .withMessageContaining("leave it out");
        assertThat(decisions.version(runId)).isEqualTo(2);
    }

    @Test
    void aPersonWhoConfirmsAnAssumptionSettlesIt() {
        DecisionChange confirm = new DecisionChange("pagination:Book", "NONE", "a short list");
        assertThat(decisions.find(runId, "pagination:Book")).get().extracting(Decision::assumption).isEqualTo(true);

        assertThat(decisions.apply(runId, List.of(confirm), DecisionSource.HEURISTIC, false, "domain-analyst"))
            .as("a rework repeating the value")
            .isEmpty();
        assertThat(decisions.apply(runId, List.of(confirm), DecisionSource.PERSON, true, "ella")).singleElement()
            .satisfies(d -> {
                assertThat(d.chosen()).isEqualTo("NONE");
                assertThat(d.source()).isEqualTo(DecisionSource.PERSON);
                assertThat(d.assumption()).isFalse();
                assertThat(d.locked()).isTrue();
            });
        assertThat(decisions.apply(runId, List.of(confirm), DecisionSource.PERSON, true, "ella")).as("a retry")
            .isEmpty();
        assertThat(decisions.version(runId)).isEqualTo(2);
    }

    @Test
    void changesSaysWhetherAChangeWouldChangeSomething() {
        assertThat(decisions.changes(runId, new DecisionChange("pagination:Book", "INFINITE_SCROLL", "r"))).isTrue();
        assertThat(decisions.changes(runId, new DecisionChange("pagination:Book", "NONE", "r"))).isFalse();
        assertThat(decisions.changes(runId, new DecisionChange("pagination:Book", "PAGES", "r"))).isFalse();
        assertThat(decisions.changes(runId, new DecisionChange("pagination:Loan", "PAGINATION", "r"))).isFalse();
    }

    @Test
    void invalidChangesAreRefusedWithWhatWhereAndHowAndNothingIsStored() {
        assertThatIllegalArgumentException().isThrownBy(
                () -> decisions.validate(runId, List.of(new DecisionChange("field-required:Book.isbn", "true", "r"))))
            .withMessageContaining("no decision field-required:Book.isbn")
            .withMessageContaining("field-required:Book.summary");
        assertThatIllegalArgumentException()
            .isThrownBy(() -> decisions.validate(runId, List.of(new DecisionChange("pagination:Book", "PAGES", "r"))))
            .withMessageContaining("'PAGES' is not one of its options [NONE, PAGINATION, INFINITE_SCROLL]");
        assertThatIllegalArgumentException().isThrownBy(
                () -> decisions.validate(runId, List.of(new DecisionChange("string-length:Book.summary", "long", "r"))))
            .withMessageContaining("'long' is not a length")
            .withMessageContaining("whole number");
        assertThatIllegalArgumentException()
            .isThrownBy(() -> decisions.validate(runId,
                    List.of(new DecisionChange("display-field:Book.author", "nickname", "r"))))
            .withMessageContaining("'nickname' is not one of its options [id, name, email]");
        assertThatIllegalArgumentException()
            .isThrownBy(() -> decisions.validate(runId, List.of(new DecisionChange("entity-name:Book", "Author", "r"))))
            .withMessageContaining("already taken by entity-name:Author");
        assertThatIllegalArgumentException()
            .isThrownBy(
                    () -> decisions.validate(runId, List.of(new DecisionChange("use-cases:application", " \n", "r"))))
            .withMessageContaining("at least one item");

        List<DecisionChange> oneBad = List.of(new DecisionChange("pagination:Book", "PAGINATION", "r"),
                new DecisionChange("string-length:Book.summary", "0", "r"));
        assertThatIllegalArgumentException()
            .isThrownBy(() -> decisions.apply(runId, oneBad, DecisionSource.PERSON, true, "ella"))
            .withMessageContaining("string-length:Book.summary");
        assertThat(decisions.version(runId)).isEqualTo(1);
        assertThat(decisions.find(runId, "pagination:Book")).get().extracting(Decision::chosen).isEqualTo("NONE");
    }

    @Test
    void theEffectiveModelIsTheStoredModelWithTheCurrentDecisions() {
        decisions.apply(runId,
                List.of(new DecisionChange("field-required:Book.summary", "true", "r"),
                        new DecisionChange("string-length:Book.summary", "2000", "r"),
                        new DecisionChange("display-field:Book.author", "name", "r"),
                        new DecisionChange("entity-name:Book", "Volume", "r"),
                        new DecisionChange("use-cases:application", "Manage books\nLend books\n", "r")),
                DecisionSource.PERSON, true, "ella");

        DomainModel effective = decisions.effectiveModel(runId);

        assertThat(effective.entity("Book")).isEmpty();
        var volume = effective.entity("Volume").orElseThrow();
        assertThat(volume.name().sqlName()).isEqualTo("volumes");
        var summary = volume.fields().stream().filter(f -> f.name().original().equals("summary")).findFirst().get();
        assertThat(summary.required()).isTrue();
        assertThat(summary.maxLength()).isEqualTo(2000);
        assertThat(effective.relationships()).singleElement().satisfies(r -> {
            assertThat(r.from()).isEqualTo("Volume");
            assertThat(r.displayField()).isEqualTo("name");
        });
        assertThat(effective.useCases()).containsExactly("Manage books", "Lend books");
        assertThat(models.load(runId).entity("Book")).as("the stored model is unchanged").isPresent();
    }

    private List<RunEvent> decisionEvents() {
        return events.forRun(runId).stream().filter(e -> e.type() == EventType.DecisionChanged).toList();
    }

}
