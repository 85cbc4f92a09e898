package io.scaffold.orchestrator.decisions;

import io.scaffold.orchestrator.domain.decision.Decision;
import java.time.Instant;

/**
 * One stored version of a decision of a run.
 *
 * @param version the decision's own version: 1 as derived, one more per change
 * @param revision the decision set it belongs to (see {@link RunDecisions#version})
 * @param changedBy who stored it: the agent at intake, a person's user name
 * @param reason why it changed (a finding's message, an approver's comment); null for
 * version 1
 */
public record DecisionVersion(Decision decision, int version, int revision, String changedBy, Instant changedAt,
        String reason) {
}
