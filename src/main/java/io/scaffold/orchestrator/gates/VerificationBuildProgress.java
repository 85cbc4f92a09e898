package io.scaffold.orchestrator.gates;

import java.nio.file.Path;

/**
 * What the verification build of a generated project is doing now ("resolving
 * dependencies", "compiling", "testing 3 of 6 test classes", …), published as an
 * application event each time it changes, so that a terminal shows progress while the
 * build runs.
 *
 * @param project the generated project being built (not the sandbox's copy)
 */
public record VerificationBuildProgress(Path project, String step) {
}
