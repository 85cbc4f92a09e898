package io.scaffold.orchestrator.contract;

/**
 * The job types of bpmn/scaffold.bpmn and bpmn/quality-gate.bpmn, one constant each, for
 * {@code @JobWorker(type = ...)} (annotations need compile-time constants, hence strings
 * and not enums). ProcessContractTest fails when the models, the workers and these
 * constants differ.
 */
public final class JobTypes {

    public static final String AGENT_REQUIREMENTS_ANALYZER = "agent.requirements-analyzer";

    public static final String AGENT_DOMAIN_ANALYST = "agent.domain-analyst";

    public static final String AGENT_SOLUTION_ARCHITECT = "agent.solution-architect";

    public static final String AGENT_DATA_ARCHITECT = "agent.data-architect";

    public static final String AGENT_API_DESIGNER = "agent.api-designer";

    public static final String AGENT_CODE_GENERATOR = "agent.code-generator";

    public static final String AGENT_TEST_ENGINEER = "agent.test-engineer";

    public static final String AGENT_DEVOPS_ENGINEER = "agent.devops-engineer";

    public static final String AGENT_PRODUCT_OWNER = "agent.product-owner";

    public static final String AGENT_HANDOVER_COORDINATOR = "agent.handover-coordinator";

    public static final String CLARIFY_PREPARE_QUESTIONS = "clarify.prepare-questions";

    public static final String CLARIFY_RECORD_ANSWERS = "clarify.record-answers";

    public static final String GATE_SCORE_CRITERION = "gate.score-criterion";

    public static final String GATE_RECORD_EVALUATION = "gate.record-evaluation";

    public static final String GATE_RECORD_DECISION = "gate.record-decision";

    /**
     * The completing-task listener of the approval user tasks: records who completed the
     * task (its assignee in Tasklist).
     */
    public static final String GATE_RECORD_APPROVER = "gate.record-approver";

    public static final String GATE_REMIND_APPROVERS = "gate.remind-approvers";

    public static final String GATE_ESCALATE = "gate.escalate";

    public static final String PHASE_STARTED = "phase.started";

    public static final String PHASE_COMPLETED = "phase.completed";

    public static final String SCAFFOLD_RECORD_COMPLETION = "scaffold.record-completion";

    public static final String SCAFFOLD_RECORD_FAILURE = "scaffold.record-failure";

    private JobTypes() {
    }

}
