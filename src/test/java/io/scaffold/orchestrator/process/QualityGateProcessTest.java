package io.scaffold.orchestrator.process;

import static io.scaffold.orchestrator.process.EmbeddedEngine.CLIENT;
import static io.scaffold.orchestrator.process.EmbeddedEngine.ENGINE;
import static io.scaffold.orchestrator.process.EmbeddedEngine.elementEvents;
import static io.scaffold.orchestrator.process.EmbeddedEngine.events;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.camunda.zeebe.protocol.record.Record;
import io.camunda.zeebe.protocol.record.ValueType;
import io.camunda.zeebe.protocol.record.intent.IncidentIntent;
import io.camunda.zeebe.protocol.record.intent.ProcessInstanceIntent;
import io.camunda.zeebe.protocol.record.value.ErrorType;
import io.camunda.zeebe.protocol.record.value.IncidentRecordValue;
import io.scaffold.orchestrator.gates.GateWorkers;
import io.scaffold.orchestrator.runtime.embedded.EmbeddedUserTaskCompleter;
import io.scaffold.orchestrator.runtime.embedded.EmbeddedUserTaskInbox;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.BiFunction;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The paths through quality-gate.bpmn on the real engine, with test workers scoring the
 * criteria.
 */
class QualityGateProcessTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    // Generous: under a loaded CI machine three attempts with backoff on the test engine
    // took over 30 s.
    private static final Duration WAIT = Duration.ofSeconds(90);

    private final UserTaskInbox inbox = new EmbeddedUserTaskInbox(ENGINE.getRecordStreamSource(), JSON);

    private final UserTaskCompleter completer = new EmbeddedUserTaskCompleter(CLIENT, ENGINE.getRecordStreamSource());

    private final List<Long> instances = new ArrayList<>();

    // A job type of its own per test keeps rework jobs of different tests apart.
    private final String agentJobType = "agent.test-" + UUID.randomUUID();

    private final String secondAgentJobType = "agent.test-second-" + UUID.randomUUID();

    private final AtomicBoolean recorderFails = new AtomicBoolean();

    private volatile BiFunction<String, Integer, Double> scorer = (criterion, attempt) -> 1.0;

    /**
     * Whether a criterion scoring below 1 proposes a decision change (a fixable finding).
     */
    private volatile boolean proposing = true;

    private TestWorkers workers;

    @BeforeEach
    void openWorkers() {
        workers = new TestWorkers().on("gate.score-criterion", (client, job) -> {
            Map<String, Object> vars = job.getVariablesAsMap();
            String name = (String) ((Map<?, ?>) vars.get("criterion")).get("name");
            double score = scorer.apply(name, ((Number) vars.get("attempt")).intValue());
            int attempt = ((Number) vars.get("attempt")).intValue();
            List<Map<String, Object>> findings = score < 1 ? List.of(finding(name, attempt, proposing)) : List.of();
            client.newCompleteCommand(job)
                .variables(Map.of("criterionResult", Map.of("name", name, "score", score, "findings", findings)))
                .send()
                .join();
        }).on("gate.record-evaluation", (client, job) -> {
            if (recorderFails.get()) {
                client.newFailCommand(job)
                    .retries(job.getRetries() - 1)
                    .retryBackoff(Duration.ofMillis(500))
                    .errorMessage("evaluation store unavailable")
                    .send()
                    .join();
            }
            else {
                client.newCompleteCommand(job)
                    .variables(Map.of("artifactLinks", List.of(Map.of("title", "Domain model", "url", "/artifacts/1"))))
                    .send()
                    .join();
            }
        }).complete(agentJobType, secondAgentJobType, "gate.record-decision", "gate.remind-approvers", "gate.escalate");
    }

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
    void passesWhenTheScoreMeetsTheThreshold() {
        long gate = startGate("full", "domain-approval");

        awaitEndedAt(gate, "gate-passed");
        assertThat(verdicts(gate)).containsExactly("PASS");
        assertThat(workers.seen(agentJobType, gate)).isEmpty();
    }

    @Test
    void aGateOfAResumedRunNumbersItsRoundsAfterTheAttemptsAlreadyRecorded() {
        // the run was interrupted after two scoring rounds of this gate
        long gate = startGate("full", "domain-approval", List.of(agentJobType), 2);

        awaitEndedAt(gate, "gate-passed");
        assertThat(workers.seen("gate.record-evaluation", gate)).extracting(job -> job.get("attempt"))
            .containsExactly(3);
    }

    @Test
    void sendsThePhaseBackToItsAgentWithTheFindingsAndThenPasses() {
        scorer = (criterion, attempt) -> attempt == 1 && criterion.equals("schema-mapped") ? 0.5 : 1.0;
        long gate = startGate("full", "domain-approval");

        awaitEndedAt(gate, "gate-passed");
        assertThat(verdicts(gate)).containsExactly("REWORK", "PASS");
        var rework = workers.seen(agentJobType, gate);
        assertThat(rework).hasSize(1);
        assertThat(rework.getFirst().get("findings")).isEqualTo(List.of(finding("schema-mapped", 1, true)));
        assertThat(rework.getFirst().get("decisionChanges")).isEqualTo(List.of());
        assertThat(rework.getFirst().get("automationLevel")).isEqualTo("full");
        assertThat(rework.getFirst().get("attempt")).isEqualTo(2);
    }

    @Test
    void sendsAPhaseWithTwoAgentsBackToBothWithTheSameFindings() {
        scorer = (criterion, attempt) -> attempt == 1 && criterion.equals("schema-mapped") ? 0.5 : 1.0;
        long gate = startGate("full", "domain-approval", List.of(agentJobType, secondAgentJobType));

        awaitEndedAt(gate, "gate-passed");
        assertThat(verdicts(gate)).containsExactly("REWORK", "PASS");
        for (String agent : List.of(agentJobType, secondAgentJobType)) {
            var rework = workers.seen(agent, gate);
            assertThat(rework).as(agent).hasSize(1);
            assertThat(rework.getFirst().get("findings")).isEqualTo(List.of(finding("schema-mapped", 1, true)));
            assertThat(rework.getFirst().get("attempt")).isEqualTo(2);
        }
    }

    @Test
    void rejectsWhenFullyAutomatedAttemptsAreExhausted() {
        scorer = (criterion, attempt) -> 0.2;
        long gate = startGate("full", "data-design");

        Record<IncidentRecordValue> incident = awaitIncident(gate);
        // Started on its own, nothing catches the gate's error: the engine reports it as
        // unhandled.
        assertThat(incident.getValue().getErrorType()).isEqualTo(ErrorType.UNHANDLED_ERROR_EVENT);
        assertThat(incident.getValue().getElementId()).isEqualTo("gate-rejected");
        assertThat(incident.getValue().getErrorMessage()).contains("GATE_REJECTED");
        assertThat(verdicts(gate)).containsExactly("REWORK", "REWORK", "REJECT");
        assertThat(reasons(gate).getLast()).contains("no scoring rounds left");
        assertThat(workers.seen(agentJobType, gate)).extracting(job -> job.get("attempt")).containsExactly(2, 3);
    }

    @Test
    void sameOutputDoesNotLoopInFullAutomation() {
        // objectively broken and nothing proposes a change: a rework would regenerate the
        // same output, so the gate ends at once with that reason
        scorer = (criterion, attempt) -> 0.2;
        proposing = false;
        long gate = startGate("full", "data-design");

        Record<IncidentRecordValue> incident = awaitIncident(gate);
        assertThat(incident.getValue().getElementId()).isEqualTo("gate-rejected");
        assertThat(verdicts(gate)).containsExactly("REJECT");
        assertThat(reasons(gate)).singleElement().asString().contains("rework cannot change the output");
        assertThat(workers.seen(agentJobType, gate)).isEmpty();
    }

    @Test
    void judgementOnlyShortfallPassesWithConcernsInFullAutomation() {
        // the domain gate's criteria are all judgement: their defaults stand as
        // assumptions
        scorer = (criterion, attempt) -> 0.5;
        proposing = false;
        long gate = startGate("full", "domain-approval");

        awaitEndedAt(gate, "gate-passed");
        assertThat(verdicts(gate)).containsExactly("CONCERNS");
        assertThat(reasons(gate)).singleElement().asString().contains("only on judgement criteria");
        assertThat(workers.seen(agentJobType, gate)).isEmpty();
    }

    @Test
    void judgementShortfallBesideMetObjectiveCriteriaPassesWithConcerns() {
        scorer = (criterion, attempt) -> criterion.equals("naming-rules") ? 0.0 : 1.0;
        proposing = false;
        long gate = startGate("full", "data-design");

        awaitEndedAt(gate, "gate-passed");
        assertThat(verdicts(gate)).containsExactly("CONCERNS");
    }

    @Test
    void belowThresholdInPartialAutomationGoesToAPersonWithoutBurningAttempts() {
        scorer = (criterion, attempt) -> 0.2;
        long gate = startGate("partial", "data-design");

        OpenUserTask task = awaitUserTask(gate, "approve-gate");
        assertThat(task.candidateGroups()).containsExactly("data-architect");
        assertThat(verdicts(gate)).containsExactly("APPROVAL_REQUIRED");
        assertThat(reasons(gate).getFirst()).contains("4 proposed decision change(s) to confirm");
        assertThat(workers.seen(agentJobType, gate)).isEmpty();
    }

    @Test
    void nothingFixableInPartialAutomationGoesToAPersonAtOnce() {
        scorer = (criterion, attempt) -> 0.2;
        proposing = false;
        long gate = startGate("partial", "data-design");

        awaitUserTask(gate, "approve-gate");
        assertThat(verdicts(gate)).containsExactly("APPROVAL_REQUIRED");
        assertThat(workers.seen(agentJobType, gate)).isEmpty();
    }

    @Test
    void approvalApprovedPassesTheGate() {
        long gate = startGate("partial", "domain-approval");

        OpenUserTask task = awaitUserTask(gate, "approve-gate");
        assertThat(task.candidateGroups()).containsExactly("enterprise-architect", "domain-expert");
        assertThat(task.variables()).containsEntry("gateId", "domain-approval");
        assertThat(((Map<?, ?>) task.variables().get("gateOutcome")).get("verdict")).isEqualTo("APPROVAL_REQUIRED");

        completer.complete(task, Map.of("decision", "approve"));

        awaitEndedAt(gate, "gate-approved");
        assertThat(workers.seen("gate.record-decision", gate)).hasSize(1)
            .first()
            .extracting(job -> job.get("decision"))
            .isEqualTo("approve");
        assertThat(openTasks(gate)).isEmpty();
    }

    /**
     * Tasklist completes the task as its assignee, and the form sets no decidedBy: the
     * completing listener (gate.record-approver) sees the assignee before record-decision
     * runs.
     */
    @Test
    void theCompletingListenerSeesWhoCompletedTheTaskInTasklist() {
        List<String> assignees = new CopyOnWriteArrayList<>();
        workers.on("gate.record-approver", (client, job) -> {
            assignees.add(GateWorkers.completingUser(job));
            client.newCompleteCommand(job).send().join();
        });
        long gate = startGate("partial", "domain-approval");
        OpenUserTask task = awaitUserTask(gate, "approve-gate");
        CLIENT.newSetVariablesCommand(gate).variables(Map.of("decision", "approve")).send().join();

        TasklistCommands.assignAndComplete(ENGINE, task.userTaskKey(), "dom");

        awaitEndedAt(gate, "gate-approved");
        assertThat(assignees).containsExactly("dom");
        TestWorkers.SeenJob listener = workers.seen("gate.record-approver", gate).getFirst();
        TestWorkers.SeenJob recorder = workers.seen("gate.record-decision", gate).getFirst();
        assertThat(listener.arrivedAtNanos()).as("the listener runs before the decision is recorded")
            .isLessThan(recorder.arrivedAtNanos());
        assertThat(listener.get("attempt")).isEqualTo(1);
        assertThat(listener.get("gateId")).isEqualTo("domain-approval");
    }

    @Test
    void requestedChangesGoBackToTheAgentWithTheDecisionChangesAndTheComment() {
        long gate = startGate("partial", "domain-approval");
        OpenUserTask first = awaitUserTask(gate, "approve-gate");
        List<Map<String, Object>> changes = List
            .of(Map.of("decisionId", "schema-org-type:Invoice", "value", "Invoice", "reason", "it is an invoice"));
        completer.complete(first, Map.of("decision", "request-changes", "comment", "map Invoice to schema:Invoice",
                "decisionChanges", changes));

        await().atMost(WAIT).until(() -> workers.seen(agentJobType, gate).size() == 1);
        var rework = workers.seen(agentJobType, gate).getFirst();
        assertThat(rework.get("findings")).isEqualTo(List.of());
        assertThat(rework.get("decisionChanges")).isEqualTo(changes);
        assertThat(rework.get("comment")).isEqualTo("map Invoice to schema:Invoice");
        assertThat(rework.get("automationLevel")).isEqualTo("partial");
        assertThat(rework.get("attempt")).isEqualTo(2);

        // The reworked output is scored again and goes back to the approvers.
        OpenUserTask second = awaitUserTask(gate, "approve-gate");
        assertThat(second.userTaskKey()).isNotEqualTo(first.userTaskKey());
        assertThat(second.variables()).containsEntry("decision", null); // the rework
                                                                        // consumed the
                                                                        // answer
        completer.complete(second, Map.of("decision", "approve"));
        awaitEndedAt(gate, "gate-approved");
        assertThat(verdicts(gate)).containsExactly("APPROVAL_REQUIRED", "APPROVAL_REQUIRED");
    }

    @Test
    void rejectedApprovalThrowsGateRejected() {
        long gate = startGate("manual", "data-design");
        completer.complete(awaitUserTask(gate, "approve-gate"),
                Map.of("decision", "reject", "comment", "wrong domain"));

        Record<IncidentRecordValue> incident = awaitIncident(gate);
        assertThat(incident.getValue().getElementId()).isEqualTo("approval-rejected");
        assertThat(incident.getValue().getErrorMessage()).contains("GATE_REJECTED");
    }

    @Test
    void reminderTimerRemindsTheApproversAndKeepsTheTaskOpen() {
        long gate = startGate("partial", "domain-approval");
        OpenUserTask task = awaitUserTask(gate, "approve-gate");

        ENGINE.increaseTime(Duration.ofHours(4).plusMinutes(1));

        await().atMost(WAIT).until(() -> workers.seen("gate.remind-approvers", gate).size() == 1);
        assertThat(openTasks(gate)).extracting(OpenUserTask::userTaskKey).containsExactly(task.userTaskKey());
        assertThat(workers.seen("gate.escalate", gate)).isEmpty();
    }

    @Test
    void escalationTimerHandsTheApprovalToTheEscalationGroup() {
        long gate = startGate("partial", "release-readiness");
        OpenUserTask task = awaitUserTask(gate, "approve-gate");

        ENGINE.increaseTime(Duration.ofHours(24).plusMinutes(1));

        OpenUserTask escalated = awaitUserTask(gate, "decide-escalated-approval");
        assertThat(escalated.candidateGroups()).containsExactly("admin");
        assertThat(workers.seen("gate.escalate", gate)).hasSize(1);
        assertThat(openTasks(gate)).extracting(OpenUserTask::userTaskKey).doesNotContain(task.userTaskKey());

        completer.complete(escalated, Map.of("decision", "approve"));
        awaitEndedAt(gate, "gate-approved");
    }

    @Test
    void failingWorkerIsRetriedWithBackoffThenRaisesAnIncidentThatCanBeResolved() {
        recorderFails.set(true);
        long gate = startGate("full", "api-contract");

        Record<IncidentRecordValue> incident = awaitIncident(gate);
        assertThat(incident.getValue().getErrorType()).isEqualTo(ErrorType.JOB_NO_RETRIES);
        assertThat(incident.getValue().getErrorMessage()).isEqualTo("evaluation store unavailable");
        var attempts = workers.seen("gate.record-evaluation", gate);
        assertThat(attempts).hasSize(3);
        for (int i = 1; i < attempts.size(); i++) {
            long gapMillis = (attempts.get(i).arrivedAtNanos() - attempts.get(i - 1).arrivedAtNanos()) / 1_000_000;
            assertThat(gapMillis).as("backoff before retry %d", i).isGreaterThanOrEqualTo(450);
        }

        recorderFails.set(false);
        CLIENT.newUpdateRetriesCommand(incident.getValue().getJobKey()).retries(1).send().join();
        CLIENT.newResolveIncidentCommand(incident.getKey()).send().join();

        awaitEndedAt(gate, "gate-passed");
        assertThat(workers.seen("gate.record-evaluation", gate)).hasSize(4);
    }

    private long startGate(String automationLevel, String gateId) {
        return startGate(automationLevel, gateId, List.of(agentJobType));
    }

    private long startGate(String automationLevel, String gateId, List<String> agentJobTypes) {
        return startGate(automationLevel, gateId, agentJobTypes, null);
    }

    /**
     * @param attemptsBefore the attempts a resumed run recorded before, or null
     */
    private long startGate(String automationLevel, String gateId, List<String> agentJobTypes, Integer attemptsBefore) {
        var variables = new HashMap<String, Object>();
        if (attemptsBefore != null) {
            variables.put("attemptsBefore", attemptsBefore);
        }
        variables.put("runId", "run-" + UUID.randomUUID());
        variables.put("automationLevel", automationLevel);
        variables.put("gateId", gateId);
        variables.put("phaseId", "test-phase");
        variables.put("agentJobTypes", agentJobTypes);
        long key = CLIENT.newCreateInstanceCommand()
            .bpmnProcessId("quality-gate")
            .latestVersion()
            .variables(variables)
            .send()
            .join()
            .getProcessInstanceKey();
        instances.add(key);
        return key;
    }

    /** A finding in the contract's shape; with {@code proposing} it proposes a change. */
    private static Map<String, Object> finding(String criterion, int attempt, boolean proposing) {
        var finding = new HashMap<String, Object>();
        finding.put("ruleId", "TEST-INCOMPLETE");
        finding.put("criterion", criterion);
        finding.put("severity", "MAJOR");
        finding.put("file", "docs/" + criterion + ".md");
        finding.put("line", attempt);
        finding.put("message", "incomplete in round " + attempt);
        finding.put("suggestedAction", "complete it");
        finding.put("proposedChange", proposing
                ? Map.of("decisionId", "schema-org-type:Book", "value", "Book", "reason", "round " + attempt) : null);
        return finding;
    }

    private List<String> reasons(long gate) {
        return workers.seen("gate.record-evaluation", gate)
            .stream()
            .filter(job -> job.get("gateOutcome") != null)
            .map(job -> (String) ((Map<?, ?>) job.get("gateOutcome")).get("reason"))
            .toList();
    }

    private List<String> verdicts(long gate) {
        return workers.seen("gate.record-evaluation", gate)
            .stream()
            .filter(job -> job.get("gateOutcome") != null)
            .map(job -> (String) ((Map<?, ?>) job.get("gateOutcome")).get("verdict"))
            .toList();
    }

    private void awaitEndedAt(long processInstanceKey, String endEventId) {
        await().atMost(WAIT)
            .until(() -> EmbeddedEngine.hasEnded(processInstanceKey, ProcessInstanceIntent.ELEMENT_COMPLETED));
        assertThat(elementEvents(processInstanceKey, ProcessInstanceIntent.ELEMENT_COMPLETED)
            .map(r -> r.getValue().getElementId())).contains(endEventId);
    }

    private OpenUserTask awaitUserTask(long processInstanceKey, String elementId) {
        return await().atMost(WAIT)
            .until(() -> openTasks(processInstanceKey).stream()
                .filter(t -> t.elementId().equals(elementId))
                .findFirst(), java.util.Optional::isPresent)
            .orElseThrow();
    }

    private List<OpenUserTask> openTasks(long processInstanceKey) {
        return inbox.list(Set.of("gateId", "gateOutcome", "decision"))
            .stream()
            .filter(task -> task.processInstanceKey() == processInstanceKey)
            .toList();
    }

    @SuppressWarnings("unchecked")
    private Record<IncidentRecordValue> awaitIncident(long processInstanceKey) {
        return await().atMost(WAIT)
            .until(() -> events(ValueType.INCIDENT).map(r -> (Record<IncidentRecordValue>) r)
                .filter(r -> r.getIntent() == IncidentIntent.CREATED
                        && r.getValue().getProcessInstanceKey() == processInstanceKey)
                .findFirst(), java.util.Optional::isPresent)
            .orElseThrow();
    }

}
