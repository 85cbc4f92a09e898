package io.scaffold.orchestrator.agents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.scaffold.orchestrator.artifacts.Artifact;
import io.scaffold.orchestrator.artifacts.ArtifactStore;
import io.scaffold.orchestrator.artifacts.DomainModels;
import io.scaffold.orchestrator.contract.AutomationLevel;
import io.scaffold.orchestrator.contract.JobTypes;
import io.scaffold.orchestrator.contract.Phase;
import io.scaffold.orchestrator.decisions.DecisionStore;
import io.scaffold.orchestrator.decisions.RunDecisions;
import io.scaffold.orchestrator.domain.DomainModel;
import io.scaffold.orchestrator.domain.decision.Decision;
import io.scaffold.orchestrator.domain.decision.DecisionChange;
import io.scaffold.orchestrator.domain.decision.DecisionSource;
import io.scaffold.orchestrator.gates.Finding;
import io.scaffold.orchestrator.gates.Severity;
import io.scaffold.orchestrator.generation.DataDesignGenerator;
import io.scaffold.orchestrator.generation.DeliveryGenerator;
import io.scaffold.orchestrator.generation.GeneratedFile;
import io.scaffold.orchestrator.generation.GenerationContext;
import io.scaffold.orchestrator.llm.DeterministicAgents;
import io.scaffold.orchestrator.llm.ProvenanceLog;
import io.scaffold.orchestrator.runs.JobExecutions.ExpectedFailure;
import io.scaffold.orchestrator.runs.Run;
import io.scaffold.orchestrator.runs.RunRepository;
import io.scaffold.orchestrator.runs.RunStatus;
import io.scaffold.orchestrator.spec.SpecOptions;
import io.scaffold.orchestrator.spec.SpecReader;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.BiFunction;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Rework that acts, without the engine: the agent applies what the automation level
 * allows, then regenerates from the effective model; a retried job changes nothing.
 */
@SpringBootTest(classes = { DecisionStore.class, PhaseAgents.class, ModelBackedAgents.class, DomainAnalyst.class,
        Architect.class, ProductOwner.class, Reviser.class, ProvenanceLog.class, DeterministicAgents.class })
class PhaseAgentsReworkTest {

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        DecisionStore.properties(registry);
    }

    static final String SCHEMA = "src/main/resources/db/migration/V1__create_schema.sql";

    static final Map<String, BiFunction<DomainModel, GenerationContext, List<GeneratedFile>>> DATA_DESIGN = Map
        .of(JobTypes.AGENT_DATA_ARCHITECT, new DataDesignGenerator()::generate);

    static final DecisionChange SUMMARY_REQUIRED = new DecisionChange("field-required:Book.summary", "true",
            "every book has a summary");

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

    UUID runId;

    @BeforeEach
    void aRunPastIntakeAndDataDesign() {
        runId = UUID.randomUUID();
        runs.insert(new Run(runId, "acme", "tester", "library", "library.jdl", "JDL", "full", RunStatus.RUNNING, null,
                null, null, Instant.now(), null));
        models.save(runId, new SpecReader().read("library.jdl", """
                entity Book { title String required, summary String }
                entity Author { name String required }
                relationship ManyToOne { Book{author} to Author }
                """, SpecOptions.DEFAULTS), "test");
        agents.analyzeRequirements(runId);
        agents.generate(runId, Phase.DATA_DESIGN, JobTypes.AGENT_DATA_ARCHITECT, Rework.NONE, DATA_DESIGN);
    }

    static Rework rework(AutomationLevel level, List<DecisionChange> approverChanges, Finding... findings) {
        return new Rework(List.of(findings), approverChanges, null, "ella", Optional.of(level));
    }

    static Finding proposing(DecisionChange change) {
        return new Finding("DATA-TEST-REQUIRED", "schema-matches-model", Severity.MINOR, SCHEMA, null,
                "Book.summary may be empty", "make it required", change);
    }

    @Test
    void intakeStoresTheDerivedDecisionsOnce() {
        int stored = decisions.current(runId).size();
        assertThat(stored).isPositive();
        agents.analyzeRequirements(runId);
        assertThat(decisions.current(runId)).hasSize(stored);
        assertThat(decisions.version(runId)).isEqualTo(1);
    }

    @Test
    void inFullAutomationTheProposedChangeIsAppliedAsAnAssumptionAndChangesTheSchema() {
        assertThat(schema()).contains("summary varchar(255),");

        agents.generate(runId, Phase.DATA_DESIGN, JobTypes.AGENT_DATA_ARCHITECT,
                rework(AutomationLevel.FULL, List.of(), proposing(SUMMARY_REQUIRED)), DATA_DESIGN);

        Decision required = decisions.find(runId, SUMMARY_REQUIRED.decisionId()).orElseThrow();
        assertThat(required.chosen()).isEqualTo("true");
        assertThat(required.source()).isEqualTo(DecisionSource.HEURISTIC);
        assertThat(required.assumption()).isTrue();
        assertThat(required.locked()).isFalse();
        assertThat(schema()).contains("summary varchar(255) NOT NULL,");
        assertThat(artifacts.latest(runId, SCHEMA)).get().extracting(Artifact::version).isEqualTo(2);
        assertThat(artifacts.latestText(runId, "docs/data/er-diagram.md")).get()
            .asString()
            .contains("## Decision changes reflected in this version", "`field-required:Book.summary`: `true`");

        // the job is delivered again
        agents.generate(runId, Phase.DATA_DESIGN, JobTypes.AGENT_DATA_ARCHITECT,
                rework(AutomationLevel.FULL, List.of(), proposing(SUMMARY_REQUIRED)), DATA_DESIGN);
        assertThat(decisions.version(runId)).isEqualTo(2);
        assertThat(artifacts.latest(runId, SCHEMA)).get().extracting(Artifact::version).isEqualTo(2);
    }

    @Test
    void inPartialAutomationOnlyWhatTheApproverAskedForIsAppliedAndLocked() {
        agents.generate(runId, Phase.DATA_DESIGN, JobTypes.AGENT_DATA_ARCHITECT,
                rework(AutomationLevel.PARTIAL, List.of(), proposing(SUMMARY_REQUIRED)), DATA_DESIGN);
        assertThat(decisions.version(runId)).as("a proposal waits for a person").isEqualTo(1);
        assertThat(artifacts.latest(runId, SCHEMA)).get().extracting(Artifact::version).isEqualTo(1);

        DecisionChange table = new DecisionChange("table-name:Author", "writers", "house naming");
        agents.generate(runId, Phase.DATA_DESIGN, JobTypes.AGENT_DATA_ARCHITECT,
                rework(AutomationLevel.PARTIAL, List.of(SUMMARY_REQUIRED, table), proposing(SUMMARY_REQUIRED)),
                DATA_DESIGN);

        assertThat(decisions.find(runId, "table-name:Author")).get().satisfies(d -> {
            assertThat(d.source()).isEqualTo(DecisionSource.PERSON);
            assertThat(d.locked()).isTrue();
            assertThat(d.assumption()).isFalse();
        });
        assertThat(decisions.history(runId, "table-name:Author").getLast().changedBy()).isEqualTo("ella");
        assertThat(schema()).contains("CREATE TABLE writers", "summary varchar(255) NOT NULL,");
    }

    @Test
    void anApproversChangeThatCannotBeAppliedFailsTheJobSayingWhy() {
        assertThatThrownBy(
                () -> agents.generate(runId, Phase.DATA_DESIGN, JobTypes.AGENT_DATA_ARCHITECT,
                        rework(AutomationLevel.MANUAL,
                                List.of(new DecisionChange("string-length:Book.summary", "long", "r"))),
                        DATA_DESIGN))
            .isInstanceOf(ExpectedFailure.class)
            .hasMessageContaining("string-length:Book.summary")
            .hasMessageContaining("whole number");
    }

    @Test
    void findingsGoToTheAgentThatOwnsTheFile() {
        DeliveryGenerator delivery = new DeliveryGenerator();
        Map<String, BiFunction<DomainModel, GenerationContext, List<GeneratedFile>>> deliveryAgents = Map.of(
                JobTypes.AGENT_DEVOPS_ENGINEER, delivery::generateDevOps, JobTypes.AGENT_PRODUCT_OWNER,
                delivery::generateProductDocs);
        Finding prd = new Finding("DELIVERY-TEST-PRD", "delivery-complete", Severity.MAJOR, "docs/prd.md", null,
                "too short", "write more", null);
        Rework onPrd = rework(AutomationLevel.FULL, List.of(), prd);

        assertThat(agents.generate(runId, Phase.DELIVERY, JobTypes.AGENT_DEVOPS_ENGINEER, onPrd, deliveryAgents))
            .isEmpty();
        assertThat(agents.generate(runId, Phase.DELIVERY, JobTypes.AGENT_PRODUCT_OWNER, onPrd, deliveryAgents))
            .extracting(Artifact::path)
            .contains("docs/prd.md");
    }

    private String schema() {
        return artifacts.latestText(runId, SCHEMA).orElseThrow();
    }

}
