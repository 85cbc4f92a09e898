package io.scaffold.orchestrator.runs;

import java.time.Instant;

/**
 * One job a worker handled for a run (a row of {@code agent_tasks}); a retry updates it.
 *
 * @param outcome RUNNING, SUCCEEDED, BPMN_ERROR or FAILED
 * @param durationMs null while it runs
 */
public record JobExecution(long jobKey, String jobType, String phaseId, int attempt, String outcome, String error,
        Instant startedAt, Long durationMs) {
}
