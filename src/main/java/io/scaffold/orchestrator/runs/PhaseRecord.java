package io.scaffold.orchestrator.runs;

import java.time.Duration;
import java.time.Instant;

/** A phase of a run as it happened. */
public record PhaseRecord(String phaseId, String name, PhaseStatus status, Instant startedAt, Instant completedAt) {

    public Long durationMs() {
        return completedAt == null ? null : Duration.between(startedAt, completedAt).toMillis();
    }
}
