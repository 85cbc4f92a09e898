package io.scaffold.orchestrator.agents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.scaffold.orchestrator.ScaffoldTestContext;
import io.scaffold.orchestrator.artifacts.Artifact;
import io.scaffold.orchestrator.artifacts.ArtifactStore;
import io.scaffold.orchestrator.decisions.RunDecisions;
import io.scaffold.orchestrator.domain.decision.Decision;
import io.scaffold.orchestrator.domain.decision.DecisionSource;
import io.scaffold.orchestrator.generation.ProjectLayout;
import io.scaffold.orchestrator.process.Approvals;
import io.scaffold.orchestrator.process.Approvals.PendingApproval;
import io.scaffold.orchestrator.process.Clarifications;
import io.scaffold.orchestrator.process.ScaffoldRuns;
import io.scaffold.orchestrator.process.StartRequest;
import io.scaffold.orchestrator.process.UserTaskCompleter;
import io.scaffold.orchestrator.runs.Run;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * On the real engine with the real agents: an approver's request for changes with a
 * decision change reaches the domain analyst, which applies it and regenerates, so the
 * gate scores a changed artifact on attempt 2.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE)
@ActiveProfiles("test")
class ReworkOnTheEngineTest {

    private static final Duration WAIT = Duration.ofSeconds(120);

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        ScaffoldTestContext.properties(registry);
    }

    @Autowired
    ScaffoldRuns scaffoldRuns;

    @Autowired
    Approvals approvals;

    @Autowired
    Clarifications clarifications;

    @Autowired
    UserTaskCompleter completer;

    @Autowired
    RunDecisions decisions;

    @Autowired
    ArtifactStore artifacts;

    @Test
    void requestChangesWithADecisionChangesTheArtifactTheGateScoresNext() {
        Run run = scaffoldRuns.start(new StartRequest("library.jdl", "entity Book { title String required }\n",
                "manual", null, "test", "test", null));
        PendingApproval first = awaitApproval(run, 1);
        assertThat(artifacts.latestText(run.id(), ProjectLayout.SCHEMA_ORG_MAPPING)).get()
            .asString()
            .contains("https://schema.org/Book");

        completer.complete(first.openTask(),
                Map.of("decision", "request-changes", "comment", "a book is just a thing here", "decidedBy", "ella",
                        "decisionChanges", List.of(Map.of("decisionId", "schema-org-type:Book", "value", "Thing",
                                "reason", "a book is just a thing here"))));

        awaitApproval(run, 2);
        Decision type = decisions.find(run.id(), "schema-org-type:Book").orElseThrow();
        assertThat(type.chosen()).isEqualTo("Thing");
        assertThat(type.source()).isEqualTo(DecisionSource.PERSON);
        assertThat(type.locked()).isTrue();
        assertThat(decisions.history(run.id(), "schema-org-type:Book").getLast().changedBy()).isEqualTo("ella");
        assertThat(artifacts.latest(run.id(), ProjectLayout.SCHEMA_ORG_MAPPING)).get()
            .extracting(Artifact::version)
            .isEqualTo(2);
        assertThat(artifacts.latestText(run.id(), ProjectLayout.SCHEMA_ORG_MAPPING)).get()
            .asString()
            .contains("https://schema.org/Thing");
        assertThat(artifacts.latestText(run.id(), ProjectLayout.DECISIONS)).get()
            .asString()
            .contains("- Source: PERSON, locked");
    }

    private PendingApproval awaitApproval(Run run, int attempt) {
        return await().atMost(WAIT).until(() -> {
            // a manual run asks its clarifying questions first: take the recommended
            // answers
            clarifications.open(run.id()).forEach(c -> clarifications.answer(c, List.of(), "test"));
            return approvals.open(run.id())
                .stream()
                .filter(p -> p.gateId().equals("domain-approval") && p.attempt() == attempt)
                .findFirst();
        }, Optional::isPresent).orElseThrow();
    }

}
