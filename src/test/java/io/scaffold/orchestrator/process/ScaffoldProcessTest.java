package io.scaffold.orchestrator.process;

import static io.scaffold.orchestrator.process.EmbeddedEngine.CLIENT;
import static io.scaffold.orchestrator.process.EmbeddedEngine.elementEvents;
import static io.scaffold.orchestrator.process.EmbeddedEngine.events;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.camunda.zeebe.protocol.record.Record;
import io.camunda.zeebe.protocol.record.ValueType;
import io.camunda.zeebe.protocol.record.intent.ProcessInstanceIntent;
import io.camunda.zeebe.protocol.record.value.BpmnElementType;
import io.camunda.zeebe.protocol.record.value.ProcessInstanceRecordValue;
import io.camunda.zeebe.protocol.record.value.UserTaskRecordValue;
import io.scaffold.orchestrator.contract.JobTypes;
import io.scaffold.orchestrator.contract.Phase;
import io.scaffold.orchestrator.contract.ProcessVariables;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The paths through scaffold.bpmn on the real engine, with test workers standing in for
 * agents and gates.
 */
class ScaffoldProcessTest {

    // Generous: the machine is shared, and a full run is about a hundred jobs.
    private static final Duration WAIT = Duration.ofSeconds(90);

    private static final List<String> PHASES = Phase.ids();

    private static final List<String> GATES = Phase.gateIds();

    private static final List<String> AGENTS = Arrays.stream(Phase.values())
        .flatMap(p -> p.agentJobTypes().stream())
        .toList();

    private final List<Long> instances = new ArrayList<>();

    private final Map<Long, String> runIds = new ConcurrentHashMap<>();

    private final TestWorkers workers = new TestWorkers();

    @AfterEach
    void cleanUp() {
        workers.close();
        for (long key : instances) {
            if (!EmbeddedEngine.hasEnded(key, ProcessInstanceIntent.ELEMENT_COMPLETED)
                    && !EmbeddedEngine.hasEnded(key, ProcessInstanceIntent.ELEMENT_TERMINATED)) {
                CLIENT.newCancelInstanceCommand(key).send().join();
            }
        }
    }

    @Test
    void runsTheNinePhasesInOrderWithAGateAfterPhasesTwoToEight() {
        agentsExcept(Set.of()).gatesScoring(Set.of());
        long run = startRun();

        awaitEnded(run);
        assertThat(endEvents(run)).contains("run-completed");
        assertThat(workers.seen("phase.started", run)).extracting(job -> job.get("phaseId"))
            .containsExactlyElementsOf(PHASES);
        assertThat(workers.seen("phase.started", run)).extracting(job -> job.get("phaseName"))
            .startsWith("Intake", "Domain analysis")
            .endsWith("Delivery packaging", "Handover");
        assertThat(workers.seen("phase.completed", run)).extracting(job -> job.get("phaseId"))
            .containsExactlyElementsOf(PHASES);
        assertThat(workers.seen("gate.record-evaluation")).filteredOn(job -> runIdOf(run).equals(job.get("runId")))
            .extracting(job -> job.get("gateId"))
            .containsExactlyElementsOf(GATES);
        assertThat(elementEvents(run, ProcessInstanceIntent.ELEMENT_COMPLETED)
            .filter(r -> r.getValue().getBpmnElementType() == BpmnElementType.CALL_ACTIVITY)
            .map(r -> r.getValue().getElementId())).containsExactly("gate-domain-analysis", "gate-architecture",
                    "gate-data-design", "gate-api-design", "gate-implementation", "gate-verification", "gate-delivery");
        assertThat(workers.seen("agent.devops-engineer", run)).hasSize(1);
        assertThat(workers.seen("agent.product-owner", run)).hasSize(1);
        assertThat(workers.seen("scaffold.record-completion", run)).hasSize(1)
            .first()
            .extracting(job -> ((Map<?, ?>) job.get("gateOutcome")).get("verdict"))
            .isEqualTo("PASS");
        assertThat(workers.seen("scaffold.record-failure", run)).isEmpty();
        assertThat(workers.seen(JobTypes.CLARIFY_RECORD_ANSWERS, run)).as("defaults taken").hasSize(1);
        assertThat(elementEvents(run, ProcessInstanceIntent.ELEMENT_ACTIVATED).map(r -> r.getValue().getElementId()))
            .as("full automation asks nobody")
            .doesNotContain(Clarifications.TASK);
    }

    @Test
    void aPartialRunAsksTheDomainApproversItsQuestionsBeforeDomainAnalysis() {
        agentsExcept(Set.of());
        long run = startRun("partial");

        await().atMost(WAIT)
            .until(() -> elementEvents(run, ProcessInstanceIntent.ELEMENT_ACTIVATED)
                .anyMatch(r -> r.getValue().getElementId().equals(Clarifications.TASK)));
        UserTaskRecordValue task = events(ValueType.USER_TASK).map(r -> (UserTaskRecordValue) r.getValue())
            .filter(t -> t.getProcessInstanceKey() == run && t.getElementId().equals(Clarifications.TASK))
            .findFirst()
            .orElseThrow();
        assertThat(task.getCandidateGroupsList()).as("dmn/gate-policy.dmn, row domain-approval")
            .containsExactly("enterprise-architect", "domain-expert");
        assertThat(task.getFormKey()).isPositive();
        assertThat(workers.seen("phase.started", run)).extracting(job -> job.get("phaseId")).containsExactly("intake");
        assertThat(workers.seen(JobTypes.CLARIFY_RECORD_ANSWERS, run)).isEmpty();
    }

    @Test
    void aRejectingGateEndsTheRunThroughTheErrorHandler() {
        agentsExcept(Set.of()).gatesScoring(Set.of("architecture-review"));
        long run = startRun();

        awaitEnded(run);
        assertThat(endEvents(run)).contains("run-rejected").doesNotContain("run-completed");
        var failure = workers.seen("scaffold.record-failure", run);
        assertThat(failure).hasSize(1);
        assertThat(failure.getFirst().get("errorCode")).isEqualTo("GATE_REJECTED");
        assertThat((String) failure.getFirst().get("errorMessage")).contains("quality gate rejected the run");
        assertThat(failure.getFirst().get("runId")).isEqualTo(runIdOf(run));
        assertThat(workers.seen("phase.started", run)).extracting(job -> job.get("phaseId"))
            .containsExactly("intake", "domain-analysis", "architecture");
    }

    @Test
    void anAgentFailureEndsTheRunWithTheAgentsCodeAndMessage() {
        agentsExcept(Set.of("agent.data-architect")).gatesScoring(Set.of());
        workers.on("agent.data-architect",
                (client, job) -> client.newThrowErrorCommand(job)
                    .errorCode("AGENT_FAILED")
                    .errorMessage("no entities to design tables for")
                    // Zeebe hands a thrown error to its catch event only as these
                    // variables.
                    .variables(Map.of("errorCode", "AGENT_FAILED", "errorMessage", "no entities to design tables for"))
                    .send()
                    .join());
        long run = startRun();

        awaitEnded(run);
        assertThat(endEvents(run)).contains("run-failed");
        var failure = workers.seen("scaffold.record-failure", run);
        assertThat(failure).hasSize(1);
        assertThat(failure.getFirst().get("errorCode")).isEqualTo("AGENT_FAILED");
        assertThat(failure.getFirst().get("errorMessage")).isEqualTo("no entities to design tables for");
    }

    @Test
    void cancellingARunningRunAlsoEndsItsGate() {
        // No scoring worker: the run waits inside the domain approval gate.
        agentsExcept(Set.of());
        long run = startRun();
        long gate = await().atMost(WAIT).until(() -> childGate(run), key -> key != null);

        CLIENT.newCancelInstanceCommand(run).send().join();

        await().atMost(WAIT).until(() -> EmbeddedEngine.hasEnded(run, ProcessInstanceIntent.ELEMENT_TERMINATED));
        await().atMost(WAIT).until(() -> EmbeddedEngine.hasEnded(gate, ProcessInstanceIntent.ELEMENT_TERMINATED));
        assertThat(workers.seen("scaffold.record-failure", run)).isEmpty();
    }

    private ScaffoldProcessTest agentsExcept(Set<String> excluded) {
        AGENTS.stream().filter(type -> !excluded.contains(type)).forEach(workers::complete);
        // one question, so that only the automation level decides whether a person is
        // asked
        workers.on(JobTypes.CLARIFY_PREPARE_QUESTIONS,
                (client, job) -> client.newCompleteCommand(job)
                    .variables(Map.of(ProcessVariables.CLARIFYING_QUESTIONS,
                            List.of(Map.of("decisionId", "secured:application", "question",
                                    "Should the generated API require login?", "options", List.of("true", "false"),
                                    "recommended", "false", "why", "not stated"))))
                    .send()
                    .join());
        workers.complete(JobTypes.CLARIFY_RECORD_ANSWERS);
        workers.complete("phase.started", "phase.completed", "scaffold.record-completion", "scaffold.record-failure");
        return this;
    }

    /**
     * Scores every criterion 1, except those of the failing gates, which score 0 (and so
     * exhaust their rework).
     */
    private void gatesScoring(Set<String> failingGates) {
        workers.on("gate.score-criterion", (client, job) -> {
            Map<String, Object> vars = job.getVariablesAsMap();
            String name = (String) ((Map<?, ?>) vars.get("criterion")).get("name");
            double score = failingGates.contains(vars.get("gateId")) ? 0 : 1;
            client.newCompleteCommand(job)
                .variables(Map.of("criterionResult", Map.of("name", name, "score", score, "findings", List.of())))
                .send()
                .join();
        });
        workers.complete("gate.record-evaluation");
    }

    private long startRun() {
        return startRun("full");
    }

    private long startRun(String automationLevel) {
        String runId = "run-" + UUID.randomUUID();
        long key = CLIENT.newCreateInstanceCommand()
            .bpmnProcessId("scaffold")
            .latestVersion()
            .variables(Map.of("runId", runId, "automationLevel", automationLevel))
            .send()
            .join()
            .getProcessInstanceKey();
        instances.add(key);
        runIds.put(key, runId);
        return key;
    }

    private String runIdOf(long run) {
        return runIds.get(run);
    }

    private static void awaitEnded(long run) {
        await().atMost(WAIT).until(() -> EmbeddedEngine.hasEnded(run, ProcessInstanceIntent.ELEMENT_COMPLETED));
    }

    private static List<String> endEvents(long run) {
        return elementEvents(run, ProcessInstanceIntent.ELEMENT_COMPLETED)
            .filter(r -> r.getValue().getBpmnElementType() == BpmnElementType.END_EVENT)
            .map(r -> r.getValue().getElementId())
            .toList();
    }

    @SuppressWarnings("unchecked")
    private static Long childGate(long run) {
        return events(ValueType.PROCESS_INSTANCE).map(r -> (Record<ProcessInstanceRecordValue>) r)
            .filter(r -> r.getIntent() == ProcessInstanceIntent.ELEMENT_ACTIVATED
                    && r.getValue().getBpmnElementType() == BpmnElementType.PROCESS
                    && r.getValue().getParentProcessInstanceKey() == run)
            .map(Record::getKey)
            .findFirst()
            .orElse(null);
    }

}
