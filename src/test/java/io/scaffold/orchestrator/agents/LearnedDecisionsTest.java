package io.scaffold.orchestrator.agents;

import static org.assertj.core.api.Assertions.assertThat;

import io.scaffold.orchestrator.artifacts.ArtifactStore;
import io.scaffold.orchestrator.artifacts.DomainModels;
import io.scaffold.orchestrator.contract.JobTypes;
import io.scaffold.orchestrator.contract.Phase;
import io.scaffold.orchestrator.decisions.DecisionStore;
import io.scaffold.orchestrator.decisions.RunDecisions;
import io.scaffold.orchestrator.domain.decision.Decision;
import io.scaffold.orchestrator.domain.decision.DecisionChange;
import io.scaffold.orchestrator.domain.decision.DecisionSource;
import io.scaffold.orchestrator.generation.DomainAnalysisGenerator;
import io.scaffold.orchestrator.generation.ProjectLayout;
import io.scaffold.orchestrator.llm.DeterministicAgents;
import io.scaffold.orchestrator.llm.ProvenanceLog;
import io.scaffold.orchestrator.runs.Run;
import io.scaffold.orchestrator.runs.RunRepository;
import io.scaffold.orchestrator.runs.RunStatus;
import io.scaffold.orchestrator.spec.SpecOptions;
import io.scaffold.orchestrator.spec.SpecReader;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Decisions that teach the next run, on a real PostgreSQL: what a person of an
 * organisation decided in one run is proposed, as a LEARNED assumption naming that run,
 * when a later run of the same organisation derives the same decision; the spec still
 * wins, values that do not fit are not learned, and another organisation learns nothing.
 */
@SpringBootTest(classes = { DecisionStore.class, PhaseAgents.class, ModelBackedAgents.class, DomainAnalyst.class,
        Architect.class, ProductOwner.class, Reviser.class, ProvenanceLog.class, DeterministicAgents.class })
class LearnedDecisionsTest {

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        DecisionStore.properties(registry);
    }

    static final String LIBRARY = """
            entity Book { title String required, summary String, pages Integer }
            entity Author { name String required, email String }
            relationship ManyToOne { Book{author} to Author }
            """;

    /**
     * A variant: more fields and entities, the summary's length stated, no author e-mail.
     */
    static final String BOOKSHOP = """
            entity Book { title String required, summary String maxlength(500), isbn String, pages Integer }
            entity Author { name String required, country String }
            entity Shop { name String required }
            relationship ManyToOne { Book{author} to Author, Book{shop} to Shop }
            """;

    @Autowired
    PhaseAgents agents;

    @Autowired
    RunDecisions decisions;

    @Autowired
    ArtifactStore artifacts;

    @Autowired
    RunRepository runs;

    @Autowired
    DomainModels models;

    @Test
    void aSecondRunOfTheOrganisationProposesWhatAPersonDecidedInTheFirst() {
        String organisation = "learning-" + UUID.randomUUID();
        UUID first = intake(organisation, "library.jdl", LIBRARY);
        assertThat(decisions.current(first)).extracting(Decision::source).doesNotContain(DecisionSource.LEARNED);
        // the approver requests changes with decision changes (the approval applies them
        // so)
        decisions.apply(first,
                List.of(new DecisionChange("field-required:Book.summary", "true", "every book has a summary"),
                        new DecisionChange("string-length:Book.summary", "1000", "summaries are long"),
                        new DecisionChange("pagination:Book", "PAGINATION", "many books"),
                        new DecisionChange("display-field:Book.author", "name", "people know authors by name"),
                        new DecisionChange("table-name:Author", "writers", "house naming"),
                        new DecisionChange("field-required:Author.email", "true", "we write to authors")),
                DecisionSource.PERSON, true, "ella");

        UUID second = intake(organisation, "bookshop.jdl", BOOKSHOP);

        Decision summaryRequired = decisions.find(second, "field-required:Book.summary").orElseThrow();
        assertThat(summaryRequired.chosen()).isEqualTo("true");
        assertThat(summaryRequired.source()).isEqualTo(DecisionSource.LEARNED);
        assertThat(summaryRequired.learnedFrom()).isEqualTo(first);
        assertThat(summaryRequired.assumption()).as("a person can still change it").isTrue();
        assertThat(summaryRequired.locked()).isFalse();
        assertThat(summaryRequired.rationale()).contains("ella", first.toString());
        assertThat(decisions.find(second, "pagination:Book")).get()
            .extracting(Decision::chosen, Decision::source, Decision::learnedFrom)
            .containsExactly("PAGINATION", DecisionSource.LEARNED, first);
        assertThat(decisions.find(second, "display-field:Book.author")).get()
            .extracting(Decision::chosen, Decision::source)
            .containsExactly("name", DecisionSource.LEARNED);
        assertThat(decisions.find(second, "table-name:Author")).get()
            .extracting(Decision::chosen, Decision::source)
            .containsExactly("writers", DecisionSource.LEARNED);
        assertThat(decisions.find(second, "string-length:Book.summary")).get()
            .as("the spec states the length: SPEC wins over what was learned")
            .extracting(Decision::chosen, Decision::source, Decision::learnedFrom)
            .containsExactly("500", DecisionSource.SPEC, null);
        assertThat(decisions.find(second, "field-required:Book.isbn")).get()
            .as("nobody decided about it")
            .extracting(Decision::source)
            .isEqualTo(DecisionSource.DEFAULT);
        assertThat(decisions.current(second)).filteredOn(d -> d.source() == DecisionSource.LEARNED)
            .extracting(Decision::id)
            .containsExactlyInAnyOrder("field-required:Book.summary", "pagination:Book", "display-field:Book.author",
                    "table-name:Author");
        // what the built model and the generated docs/decisions.md say
        assertThat(decisions.effectiveModel(second).entity("Author").orElseThrow().name().sqlName())
            .isEqualTo("writers");
        agents.generate(second, Phase.DOMAIN_ANALYSIS, JobTypes.AGENT_DOMAIN_ANALYST, Rework.NONE,
                Map.of(JobTypes.AGENT_DOMAIN_ANALYST, new DomainAnalysisGenerator()::generate));
        String decisionsMd = artifacts.latestText(second, ProjectLayout.DECISIONS).orElseThrow();
        assertThat(decisionsMd).contains("- Source: LEARNED, assumption\n- Learned from run: `" + first + "`");

        UUID third = intake(organisation, "bookshop-again.jdl", BOOKSHOP);
        decisions.apply(third,
                List.of(new DecisionChange("field-required:Book.summary", "false", "summaries are optional here")),
                DecisionSource.PERSON, true, "otto");
        UUID fourth = intake(organisation, "bookshop-once-more.jdl", BOOKSHOP);
        assertThat(decisions.find(fourth, "field-required:Book.summary")).get()
            .as("the most recent person's choice wins")
            .extracting(Decision::chosen, Decision::learnedFrom)
            .containsExactly("false", third);
        assertThat(decisions.find(fourth, "pagination:Book")).get()
            .as("a learned value is not learned again: it stays the person's run")
            .extracting(Decision::learnedFrom)
            .isEqualTo(first);
    }

    @Test
    void anotherOrganisationLearnsNothing() {
        UUID first = intake("learning-" + UUID.randomUUID(), "library.jdl", LIBRARY);
        decisions.apply(first, List.of(new DecisionChange("pagination:Book", "PAGINATION", "many books")),
                DecisionSource.PERSON, true, "ella");

        UUID elsewhere = intake("learning-" + UUID.randomUUID(), "library.jdl", LIBRARY);

        assertThat(decisions.current(elsewhere)).extracting(Decision::source).doesNotContain(DecisionSource.LEARNED);
        assertThat(decisions.find(elsewhere, "pagination:Book")).get().extracting(Decision::chosen).isEqualTo("NONE");
    }

    private UUID intake(String organisation, String file, String spec) {
        UUID runId = UUID.randomUUID();
        runs.insert(new Run(runId, organisation, "tester", "library", file, "JDL", "full", RunStatus.RUNNING, null,
                null, null, Instant.now(), null));
        models.save(runId, new SpecReader().read(file, spec, SpecOptions.DEFAULTS), "test");
        agents.analyzeRequirements(runId);
        return runId;
    }

}
