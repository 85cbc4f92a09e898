package io.scaffold.orchestrator.process;

import java.nio.file.Path;

/**
 * What it takes to start a scaffold run.
 *
 * @param specFileName    the input's file name; its extension selects the format
 * @param specContent     the input itself
 * @param automationLevel {@code full}, {@code partial} or {@code manual}
 * @param application     for a multi-application JDL file, the application to generate (null: the default)
 * @param organization    the organisation the run belongs to
 * @param createdBy       who started it
 * @param outputDir       where the finished project is published (null: inside the run's workspace)
 */
public record StartRequest(
        String specFileName,
        String specContent,
        String automationLevel,
        String application,
        String organization,
        String createdBy,
        Path outputDir) {
}
