package io.scaffold.orchestrator.artifacts;

import java.nio.file.Path;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Where runs work on disk and for how long their working copies stay
 * ({@code scaffold.workspace}, {@code scaffold.workspace-retention}; defaults in
 * application.yml).
 */
@ConfigurationProperties("scaffold")
public record WorkspaceProperties(Path workspace, Duration workspaceRetention) {
}
