package io.scaffold.orchestrator.contract;

/**
 * Names of the process variables the workers read, for their {@code fetchVariables}. Java
 * annotations cannot take an array constant, so each worker lists the names; the names
 * themselves live here once.
 */
public final class ProcessVariables {

    public static final String RUN_ID = "runId";

    public static final String PHASE_ID = "phaseId";

    public static final String PHASE_NAME = "phaseName";

    public static final String APPLICATION = "application";

    public static final String FINDINGS = "findings";

    /**
     * The decision changes an approver asked for: {@code [{decisionId, value, reason}]}.
     */
    public static final String DECISION_CHANGES = "decisionChanges";

    public static final String AUTOMATION_LEVEL = "automationLevel";

    public static final String GATE_ID = "gateId";

    public static final String GATE = "gate";

    public static final String ATTEMPT = "attempt";

    /**
     * The last attempt recorded per gate id, set when an instance starts: empty for a new
     * run, a resumed run's record otherwise, so that a gate run again numbers its rounds
     * after those (each gate's call activity maps its entry to {@code attemptsBefore}).
     */
    public static final String GATE_ATTEMPTS = "gateAttempts";

    public static final String CRITERION = "criterion";

    public static final String CRITERIA_RESULTS = "criteriaResults";

    public static final String CRITERION_RESULT = "criterionResult";

    public static final String GATE_OUTCOME = "gateOutcome";

    public static final String DECISION = "decision";

    public static final String COMMENT = "comment";

    public static final String DECIDED_BY = "decidedBy";

    public static final String WAIVER_REASON = "waiverReason";

    public static final String WAIVER_EXPIRES_AT = "waiverExpiresAt";

    public static final String ERROR_CODE = "errorCode";

    public static final String ERROR_MESSAGE = "errorMessage";

    /**
     * The questions of the Clarify requirements task: spec/ClarifyingQuestion, as maps.
     */
    public static final String CLARIFYING_QUESTIONS = "clarifyingQuestions";

    /**
     * The answers, {@code [{decisionId, value}]}; before the task, the form's list preset
     * to the recommended answers.
     */
    public static final String CLARIFY_ANSWERS = "clarifyAnswers";

    /** Who answered the questions. */
    public static final String CLARIFIED_BY = "clarifiedBy";

    private ProcessVariables() {
    }

}
