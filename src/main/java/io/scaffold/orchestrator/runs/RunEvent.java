package io.scaffold.orchestrator.runs;

import java.time.Instant;
import java.util.UUID;

/**
 * One entry of a run's event log. Also published as a Spring application event when it is first recorded,
 * so that the terminal can show progress as it happens.
 *
 * @param payload JSON object
 */
public record RunEvent(long id, UUID runId, EventType type, String payload, Instant occurredAt) {
}
