package io.scaffold.orchestrator.runs;

import java.time.Instant;
import java.util.UUID;

/**
 * One entry of a run's event log. Also published as a Spring application event once the
 * transaction that first recorded it commits, so that the terminal can show progress as
 * it happens.
 *
 * @param payload JSON object
 */
public record RunEvent(long id, UUID runId, EventType type, String payload, Instant occurredAt) {
}
