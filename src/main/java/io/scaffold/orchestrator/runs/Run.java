package io.scaffold.orchestrator.runs;

import java.time.Instant;
import java.util.UUID;

/** One scaffold run: a process instance of {@code scaffold} and what it produced. */
public record Run(UUID id, String organization, String createdBy, String applicationName, String specFile,
        String specFormat, String automationLevel, RunStatus status, Long processInstanceKey, String outputDir,
        String failureReason, Instant createdAt, Instant completedAt) {
}
