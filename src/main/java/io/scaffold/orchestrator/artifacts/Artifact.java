package io.scaffold.orchestrator.artifacts;

import java.time.Instant;
import java.util.UUID;

/** One version of a file a run produced (its content is fetched separately). */
public record Artifact(UUID runId, String path, int version, ArtifactType type, String phaseId, String agent,
        String sha256, int sizeBytes, Instant createdAt) {
}
