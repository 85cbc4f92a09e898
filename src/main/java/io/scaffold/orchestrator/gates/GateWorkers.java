package io.scaffold.orchestrator.gates;

import static io.scaffold.orchestrator.contract.ProcessVariables.ATTEMPT;
import static io.scaffold.orchestrator.contract.ProcessVariables.COMMENT;
import static io.scaffold.orchestrator.contract.ProcessVariables.CRITERIA_RESULTS;
import static io.scaffold.orchestrator.contract.ProcessVariables.CRITERION;
import static io.scaffold.orchestrator.contract.ProcessVariables.CRITERION_RESULT;
import static io.scaffold.orchestrator.contract.ProcessVariables.DECIDED_BY;
import static io.scaffold.orchestrator.contract.ProcessVariables.DECISION;
import static io.scaffold.orchestrator.contract.ProcessVariables.FINDINGS;
import static io.scaffold.orchestrator.contract.ProcessVariables.GATE;
import static io.scaffold.orchestrator.contract.ProcessVariables.GATE_ID;
import static io.scaffold.orchestrator.contract.ProcessVariables.GATE_OUTCOME;
import static io.scaffold.orchestrator.contract.ProcessVariables.PHASE_ID;
import static io.scaffold.orchestrator.contract.ProcessVariables.RUN_ID;
import static io.scaffold.orchestrator.contract.ProcessVariables.WAIVER_EXPIRES_AT;
import static io.scaffold.orchestrator.contract.ProcessVariables.WAIVER_REASON;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.camunda.client.annotation.JobWorker;
import io.camunda.client.annotation.Variable;
import io.camunda.client.annotation.VariablesAsType;
import io.camunda.client.api.response.ActivatedJob;
import io.camunda.client.api.response.UserTaskProperties;
import io.camunda.zeebe.protocol.Protocol;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.scaffold.orchestrator.contract.ApprovalDecision;
import io.scaffold.orchestrator.contract.JobTypes;
import io.scaffold.orchestrator.runs.JobExecutions;
import io.scaffold.orchestrator.domain.decision.DecisionChange;
import java.time.Duration;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Component;

/**
 * Job workers of the quality-gate process: thin adapters from a job to
 * {@link GateService}.
 */
@Component
public class GateWorkers {

    private final GateService gates;

    private final JobExecutions executions;

    private final MeterRegistry meters;

    /**
     * When scoring began per gate attempt, for the evaluation timer. Held in memory: with
     * several worker replicas an attempt whose jobs went to different replicas is not
     * timed, which a metric can afford.
     */
    private final Map<String, Long> evaluationsStarted = new ConcurrentHashMap<>();

    private final OpenDecisions openDecisions;

    private final ObjectMapper json;

    GateWorkers(GateService gates, JobExecutions executions, MeterRegistry meters, OpenDecisions openDecisions,
            ObjectMapper json) {
        this.gates = gates;
        this.openDecisions = openDecisions;
        this.json = json;
        this.executions = executions;
        this.meters = meters;
    }

    @JobWorker(type = JobTypes.GATE_SCORE_CRITERION, fetchVariables = { RUN_ID, GATE_ID, PHASE_ID, ATTEMPT, CRITERION })
    public Map<String, Object> scoreCriterion(ActivatedJob job, @Variable String phaseId, @Variable int attempt,
            @Variable Map<String, Object> criterion) {
        evaluationsStarted.putIfAbsent(evaluationKey(job, attempt), System.nanoTime());
        return executions.run(job, phaseId, () -> {
            CriterionScore score = gates.score(JobExecutions.runId(job), String.valueOf(criterion.get("name")));
            return Map.of(CRITERION_RESULT, criterionResult(score));
        });
    }

    /**
     * The {@code criterionResult} variable: the score with its findings as plain maps,
     * every key present (null where a finding has no file, line or proposed change), so
     * FEEL and the forms read one shape.
     */
    static Map<String, Object> criterionResult(CriterionScore score) {
        Map<String, Object> result = new LinkedHashMap<>();
        result.put("name", score.name());
        result.put("score", score.score());
        result.put(FINDINGS, score.findings().stream().map(GateWorkers::variables).toList());
        return result;
    }

    private static Map<String, Object> variables(Finding finding) {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("ruleId", finding.ruleId());
        map.put("criterion", finding.criterion());
        map.put("severity", finding.severity().name());
        map.put("file", finding.file());
        map.put("line", finding.line());
        map.put("message", finding.message());
        map.put("suggestedAction", finding.suggestedAction());
        DecisionChange change = finding.proposedChange();
        if (change == null) {
            map.put("proposedChange", null);
        }
        else {
            Map<String, Object> proposed = new LinkedHashMap<>();
            proposed.put("decisionId", change.decisionId());
            proposed.put("value", change.value());
            proposed.put("reason", change.reason());
            map.put("proposedChange", proposed);
        }
        return map;
    }

    @JobWorker(type = JobTypes.GATE_RECORD_EVALUATION,
            fetchVariables = { RUN_ID, GATE_ID, PHASE_ID, ATTEMPT, GATE, CRITERIA_RESULTS, GATE_OUTCOME })
    public Map<String, Object> recordEvaluation(ActivatedJob job, @VariablesAsType EvaluationVariables variables) {
        String gateId = variables.gateId();
        Long started = evaluationsStarted.remove(evaluationKey(job, variables.attempt()));
        if (started != null) {
            Timer.builder("scaffold.gate.evaluation")
                .description("Time from the first criterion scored to the recorded verdict of a gate attempt")
                .tag("gate", gateId)
                .register(meters)
                .record(Duration.ofNanos(System.nanoTime() - started));
        }
        return executions.run(job, variables.phaseId(), () -> {
            GateEvaluation evaluation = gates.recordEvaluation(JobExecutions.runId(job), variables);
            Counter.builder("scaffold.gate.verdicts")
                .description("Gate verdicts by gate and verdict")
                .tag("gate", gateId)
                .tag("verdict", evaluation.verdict())
                .register(meters)
                .increment();
            Scorecard scorecard = Scorecard.of(job.getVariablesAsMap(), json);
            List<OpenDecision> open = openDecisions.of(JobExecutions.runId(job), variables.phaseId(),
                    scorecard.findings());
            return Map.of("artifactLinks", gates.artifactLinks(evaluation), "openDecisions", open, "decisionChoices",
                    openDecisions.choices(JobExecutions.runId(job), variables.phaseId(), open));
        });
    }

    private static String evaluationKey(ActivatedJob job, int attempt) {
        return job.getProcessInstanceKey() + "#" + attempt;
    }

    @JobWorker(type = JobTypes.GATE_RECORD_DECISION, fetchVariables = { RUN_ID, GATE_ID, PHASE_ID, ATTEMPT, DECISION,
            COMMENT, DECIDED_BY, WAIVER_REASON, WAIVER_EXPIRES_AT })
    public void recordDecision(ActivatedJob job, @Variable String gateId, @Variable String phaseId,
            @Variable int attempt, @Variable String decision, @Variable(optional = true) String comment,
            @Variable(optional = true) String decidedBy, @Variable(optional = true) String waiverReason,
            @Variable(optional = true) String waiverExpiresAt) {
        executions.run(job, phaseId, () -> {
            GateService.Waiver waiver = waiverReason == null || waiverReason.isBlank() || waiverExpiresAt == null ? null
                    : new GateService.Waiver(waiverReason, LocalDate.parse(waiverExpiresAt));
            gates.recordDecision(JobExecutions.runId(job), gateId, attempt, ApprovalDecision.of(decision), decidedBy,
                    comment, waiver, job.getElementInstanceKey());
            return null;
        });
    }

    /**
     * A task listener job (event completing) of the approval user tasks: in Tasklist the
     * person who completes a task is its assignee, and the form need not say who they
     * are.
     */
    @JobWorker(type = JobTypes.GATE_RECORD_APPROVER, fetchVariables = { RUN_ID, GATE_ID, PHASE_ID, ATTEMPT })
    public void recordApprover(ActivatedJob job, @Variable String gateId, @Variable String phaseId,
            @Variable int attempt) {
        executions.run(job, phaseId, () -> {
            gates.recordApprover(JobExecutions.runId(job), gateId, attempt, completingUser(job));
            return null;
        });
    }

    /**
     * The assignee of the user task a listener job is for. A cluster's gateway passes the
     * task's properties as such; the embedded engine's gateway (zeebe-process-test) only
     * as the engine's reserved job headers, which both carry.
     */
    public static String completingUser(ActivatedJob job) {
        UserTaskProperties task = job.getUserTask();
        return task != null ? task.getAssignee() : job.getCustomHeaders().get(Protocol.USER_TASK_ASSIGNEE_HEADER_NAME);
    }

    @JobWorker(type = JobTypes.GATE_REMIND_APPROVERS, fetchVariables = { RUN_ID, GATE_ID, PHASE_ID, GATE })
    public void remindApprovers(ActivatedJob job, @VariablesAsType PendingApprovalVariables variables) {
        executions.run(job, variables.phaseId(), () -> {
            gates.remindApprovers(JobExecutions.runId(job), variables.gateId(), variables.phaseId(),
                    variables.gate().policy().approverGroups(), job.getElementInstanceKey());
            return null;
        });
    }

    @JobWorker(type = JobTypes.GATE_ESCALATE, fetchVariables = { RUN_ID, GATE_ID, PHASE_ID, GATE })
    public void escalate(ActivatedJob job, @VariablesAsType PendingApprovalVariables variables) {
        executions.run(job, variables.phaseId(), () -> {
            gates.escalate(JobExecutions.runId(job), variables.gateId(), variables.phaseId(),
                    variables.gate().policy().escalationGroups(), job.getElementInstanceKey());
            return null;
        });
    }

    /**
     * The variables of {@code gate.remind-approvers} and {@code gate.escalate}: the gate
     * and the groups dmn/gate-policy.dmn names for it.
     */
    public record PendingApprovalVariables(String gateId, String phaseId, Gate gate) {

        public record Gate(Policy policy) {
        }

        public record Policy(List<String> approverGroups, List<String> escalationGroups) {
        }

    }

}
