package io.scaffold.orchestrator.agents;

import static org.assertj.core.api.Assertions.assertThat;

import io.scaffold.orchestrator.artifacts.ArtifactStore;
import io.scaffold.orchestrator.artifacts.DomainModels;
import io.scaffold.orchestrator.contract.AutomationLevel;
import io.scaffold.orchestrator.contract.JobTypes;
import io.scaffold.orchestrator.contract.Phase;
import io.scaffold.orchestrator.decisions.DecisionStore;
import io.scaffold.orchestrator.decisions.RunDecisions;
import io.scaffold.orchestrator.domain.DomainModel;
import io.scaffold.orchestrator.domain.decision.Decision;
import io.scaffold.orchestrator.domain.decision.DecisionSource;
import io.scaffold.orchestrator.gates.Finding;
import io.scaffold.orchestrator.gates.Severity;
import io.scaffold.orchestrator.generation.ArchitectureGenerator;
import io.scaffold.orchestrator.generation.DeliveryGenerator;
import io.scaffold.orchestrator.generation.DomainAnalysisGenerator;
import io.scaffold.orchestrator.generation.GeneratedFile;
import io.scaffold.orchestrator.generation.GenerationContext;
import io.scaffold.orchestrator.llm.ProvenanceLog;
import io.scaffold.orchestrator.llm.ProvenanceSource;
import io.scaffold.orchestrator.llm.ModelAgents;
import io.scaffold.orchestrator.llm.ScriptedChain;
import io.scaffold.orchestrator.llm.ScriptedModelServer;
import io.scaffold.orchestrator.llm.ScriptedModelServer.Step;
import io.scaffold.orchestrator.llm.ScriptedModelServer.WireFormat;
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
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The model-backed agents through the real {@code ModelAgents} chain and a scripted
 * OpenAI-compatible server, without the engine: what a model answers becomes MODEL
 * decisions naming the model, Markdown-encoded prose in the ADRs, PRD and tickets, and
 * the artifacts' provenance; an answer that fails its check (after the repair round) or a
 * provider that fails leaves the deterministic output and a FALLBACK provenance. Without
 * any model: {@code PhaseAgentsReworkTest}.
 */
@SpringBootTest(classes = { DecisionStore.class, PhaseAgents.class, ModelBackedAgents.class, DomainAnalyst.class,
        Architect.class, ProductOwner.class, Reviser.class, ProvenanceLog.class, ModelBackedAgentsTest.Scripted.class })
class ModelBackedAgentsTest {

    static final ScriptedModelServer SERVER = ScriptedModelServer.start(WireFormat.OPENAI);

    /** The real model chain against a scripted OpenAI-compatible server. */
    @TestConfiguration
    static class Scripted {

        @Bean
        ModelAgents scriptedChain(JdbcClient jdbc) {
            return ScriptedChain.agents(SERVER, jdbc);
        }

    }

    @AfterAll
    static void stop() {
        SERVER.close();
    }

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        DecisionStore.properties(registry);
    }

    static final String TRACKER = """
            entity Ticket { title String required, description TextBlob, status TicketStatus required }
            entity Agent { name String required, email String required unique }
            enum TicketStatus { OPEN, IN_PROGRESS, CLOSED }
            relationship ManyToOne { Ticket{assignee(name)} to Agent }
            """;

    static final DomainAnalysisGenerator DOMAIN = new DomainAnalysisGenerator();

    static final DeliveryGenerator DELIVERY = new DeliveryGenerator();

    static final Map<String, BiFunction<DomainModel, GenerationContext, List<GeneratedFile>>> DOMAIN_ANALYSIS = Map
        .of(JobTypes.AGENT_DOMAIN_ANALYST, DOMAIN::generate);

    @Autowired
    PhaseAgents agents;

    final Server model = new Server();

    /** Scripts the server by template id; lists the requests made with a template. */
    static final class Server {

        void reply(String templateId, String json) {
            SERVER.script(templateId, Step.answer(json));
        }

        List<ScriptedModelServer.Request> asked(String templateId) {
            return SERVER.requests(templateId);
        }

    }

    @Autowired
    RunDecisions decisions;

    @Autowired
    ArtifactStore artifacts;

    @Autowired
    ProvenanceLog provenance;

    @Autowired
    RunRepository runs;

    @Autowired
    DomainModels models;

    UUID runId;

    @BeforeEach
    void aTicketTrackerPastIntake() {
        // a provider that is down for every template until a test scripts an answer
        List.of(DomainAnalyst.TEMPLATE, Architect.TEMPLATE, ProductOwner.TEMPLATE, Reviser.TEMPLATE)
            .forEach(t -> SERVER.script(t.id(), Step.status(500)));
        runId = UUID.randomUUID();
        runs.insert(new Run(runId, "acme", "tester", "tracker", "tracker.jdl", "JDL", "full", RunStatus.RUNNING, null,
                null, null, Instant.now(), null));
        models.save(runId, new SpecReader().read("tracker.jdl", TRACKER, SpecOptions.DEFAULTS), "test");
        agents.analyzeRequirements(runId);
    }

    @Test
    void theDomainAnalystsAnswerBecomesModelDecisionsNamingTheModel() {
        Decision agentType = decisions.find(runId, "schema-org-type:Agent").orElseThrow();
        String person = agentType.options().contains("Person") ? "Person" : agentType.options().getLast();
        model.reply("domain-analyst.domain", """
                {"entityTypes": [{"entity": "Agent", "schemaOrgType": "%s",
                                  "reason": "an agent is a member of the support team"}],
                 "objectives": ["Resolve every customer problem within the agreed response time",
                                "Spread the tickets fairly over the agents"],
                 "useCases": ["Assign a ticket to an agent", "See my open tickets",
                              "Move a ticket from OPEN to IN_PROGRESS", "Close a resolved ticket",
                              "Register an agent of the support team"]}
                """.formatted(person));

        agents.generate(runId, Phase.DOMAIN_ANALYSIS, JobTypes.AGENT_DOMAIN_ANALYST, Rework.NONE, DOMAIN_ANALYSIS);

        Decision useCases = decisions.find(runId, "use-cases:application").orElseThrow();
        assertThat(useCases.chosenItems()).contains("Assign a ticket to an agent", "See my open tickets")
            .doesNotContain("Delete a ticket");
        assertThat(useCases.source()).isEqualTo(DecisionSource.MODEL);
        assertThat(useCases.assumption()).isTrue();
        assertThat(useCases.rationale()).contains("domain analyst", "openai " + ScriptedChain.MODEL);
        assertThat(decisions.find(runId, "schema-org-type:Agent").orElseThrow().chosen()).isEqualTo(person);
        assertThat(artifacts.latestText(runId, "docs/requirements/objectives-and-use-cases.md")).get()
            .asString()
            .contains("Assign a ticket to an agent", "Spread the tickets fairly over the agents");
        assertThat(provenance.forRun(runId).get("docs/requirements/objectives-and-use-cases.md"))
            .satisfies(p -> assertThat(p.source()).isEqualTo(ProvenanceSource.MODEL));
    }

    @Test
    void anAnswerNamingAnUnknownEntityFallsBackAndChangesNothing() {
        model.reply("domain-analyst.domain", """
                {"entityTypes": [{"entity": "Customer", "schemaOrgType": "Person", "reason": "a customer"}],
                 "objectives": ["Serve customers"], "useCases": ["Open a ticket"]}
                """);
        int version = decisions.version(runId);

        agents.generate(runId, Phase.DOMAIN_ANALYSIS, JobTypes.AGENT_DOMAIN_ANALYST, Rework.NONE, DOMAIN_ANALYSIS);

        assertThat(decisions.version(runId)).isEqualTo(version);
        assertThat(provenance.forRun(runId).get("docs/requirements/objectives-and-use-cases.md")).satisfies(p -> {
            assertThat(p.source()).isEqualTo(ProvenanceSource.FALLBACK);
            assertThat(p.reason()).contains("'Customer'", "not an entity");
        });
    }

    @Test
    void theArchitectsRationaleIsAddedToTheTemplatesAdrEncoded() {
        model.reply("architect.adr-rationale",
                """
                        {"adrs": [{"adr": "0002-persistence",
                                   "context": "Tickets are *never* lost: <script>alert(1)</script> a closed ticket is evidence.",
                                   "consequences": ["An agent's tickets are found by one indexed query"]}]}
                        """);

        agents.generate(runId, Phase.ARCHITECTURE, JobTypes.AGENT_SOLUTION_ARCHITECT, Rework.NONE,
                Map.of(JobTypes.AGENT_SOLUTION_ARCHITECT, new ArchitectureGenerator()::generate));

        String adr = artifacts.latestText(runId, "docs/architecture/adr/0002-persistence.md").orElseThrow();
        assertThat(adr).contains("## Decision", "Store the data in PostgreSQL")
            .contains("- An agent's tickets are found by one indexed query")
            .contains("\\*never\\*")
            .doesNotContain("<script>");
        assertThat(artifacts.latestText(runId, "docs/architecture/adr/0001-stack.md")).get()
            .asString()
            .doesNotContain("Tickets are");
        assertThat(model.asked("architect.adr-rationale")).last()
            .satisfies(q -> assertThat(q.userMessages().getFirst()).contains("0002-persistence", "PostgreSQL"));
    }

    @Test
    void theProductOwnersStoriesGoIntoTheTicketsAndThePrd() {
        model.reply("product-owner.stories",
                """
                        {"stories": [{"title": "Assign a ticket", "role": "a team lead",
                                      "goal": "assign an open ticket to an agent of my team",
                                      "benefit": "every ticket has someone responsible for it",
                                      "acceptanceCriteria": ["Given an OPEN ticket, when I set its assignee, then the agent sees it among their tickets"]}]}
                        """);

        agents.generate(runId, Phase.DELIVERY, JobTypes.AGENT_PRODUCT_OWNER, Rework.NONE,
                Map.of(JobTypes.AGENT_PRODUCT_OWNER, DELIVERY::generateProductDocs));

        assertThat(artifacts.latestText(runId, "docs/tickets.md")).get()
            .asString()
            .contains("### US-1: Assign a ticket",
                    "As a team lead I want assign an open ticket to an agent of my team so that every ticket has "
                            + "someone responsible for it.",
                    "- Given an OPEN ticket, when I set its assignee")
            .contains("EPIC-1: Ticket management");
        assertThat(artifacts.latestText(runId, "docs/prd.md")).get()
            .asString()
            .contains("- A team lead.", "US-1 Assign a ticket");
    }

    @Test
    void whenTheProviderFailsTheDocumentsAreTheTemplatesAloneAndTheProvenanceSaysWhy() {
        agents.generate(runId, Phase.DELIVERY, JobTypes.AGENT_PRODUCT_OWNER, Rework.NONE,
                Map.of(JobTypes.AGENT_PRODUCT_OWNER, DELIVERY::generateProductDocs));
        agents.generate(runId, Phase.DOMAIN_ANALYSIS, JobTypes.AGENT_DOMAIN_ANALYST, Rework.NONE, DOMAIN_ANALYSIS);

        assertThat(artifacts.latestText(runId, "docs/tickets.md")).get().asString().doesNotContain("User stories");
        assertThat(decisions.version(runId)).isEqualTo(1);
        assertThat(provenance.forRun(runId).get("docs/prd.md")).satisfies(p -> {
            assertThat(p.source()).isEqualTo(ProvenanceSource.FALLBACK);
            assertThat(p.reason()).contains("500");
        });
    }

    @Test
    void theReviserTurnsTheApproversCommentIntoValidChangesAndDropsTheRest() {
        agents.generate(runId, Phase.DOMAIN_ANALYSIS, JobTypes.AGENT_DOMAIN_ANALYST, Rework.NONE, DOMAIN_ANALYSIS);
        model.reply("reviser.decision-changes", """
                {"changes": [{"decisionId": "field-required:Ticket.description", "value": "true",
                              "reason": "the approver wants every ticket described"},
                             {"decisionId": "field-required:Ticket.nonsense", "value": "true",
                              "reason": "an invented field"}]}
                """);
        Finding finding = new Finding("REQ-TEST", "requirements-complete", Severity.MINOR,
                "docs/requirements/domain-model.md", null, "descriptions may be empty", "decide", null);

        agents.generate(
                runId, Phase.DOMAIN_ANALYSIS, JobTypes.AGENT_DOMAIN_ANALYST, new Rework(List.of(finding), List.of(),
                        "a ticket without a description is useless", "ella", Optional.of(AutomationLevel.PARTIAL)),
                DOMAIN_ANALYSIS);

        assertThat(model.asked("reviser.decision-changes")).last()
            .satisfies(q -> assertThat(q.userMessages().getFirst()).contains("useless", "REQ-TEST"));
        // the invented field fails the check; the repair round gets the same answer, then
        // the deterministic path proposes nothing
        assertThat(decisions.find(runId, "field-required:Ticket.description").orElseThrow().chosen())
            .isEqualTo("false");

        model.reply("reviser.decision-changes", """
                {"changes": [{"decisionId": "field-required:Ticket.description", "value": "true",
                              "reason": "the approver wants every ticket described"}]}
                """);
        agents.generate(
                runId, Phase.DOMAIN_ANALYSIS, JobTypes.AGENT_DOMAIN_ANALYST, new Rework(List.of(finding), List.of(),
                        "a ticket without a description is useless", "ella", Optional.of(AutomationLevel.PARTIAL)),
                DOMAIN_ANALYSIS);

        Decision described = decisions.find(runId, "field-required:Ticket.description").orElseThrow();
        assertThat(described.chosen()).isEqualTo("true");
        assertThat(described.source()).isEqualTo(DecisionSource.MODEL);
        assertThat(described.locked()).isFalse();
        assertThat(described.rationale()).contains("reviser", ScriptedChain.MODEL, "every ticket described");
        assertThat(decisions.history(runId, described.id()).getLast().changedBy()).isEqualTo("reviser");
    }

}
