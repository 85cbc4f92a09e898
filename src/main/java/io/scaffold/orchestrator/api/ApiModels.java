package io.scaffold.orchestrator.api;

import io.scaffold.orchestrator.runs.FailureMessages;
import io.scaffold.orchestrator.runs.Run;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** The request and response bodies of the REST API. */
final class ApiModels {

    private ApiModels() {
    }

    /**
     * Start a run from a spec sent as JSON.
     *
     * @param specFileName    the spec's file name; its extension selects the format (.jdl, .jh, .yaml, .yml, .json, .md, .txt)
     * @param specContent     the spec itself
     * @param automationLevel full (default), partial or manual
     * @param application     for a multi-application JDL: the application to generate
     */
    record StartRun(String specFileName, String specContent, String automationLevel, String application) {
    }

    record RunView(UUID id, String status, String application, String spec, String specFormat,
                   String automationLevel, Long processInstanceKey, String organization, String createdBy,
                   Instant createdAt, Instant completedAt, String failureReason) {

        static RunView of(Run run) {
            return new RunView(run.id(), run.status().name(), run.applicationName(), run.specFile(),
                    run.specFormat(), run.automationLevel(), run.processInstanceKey(), run.organization(),
                    run.createdBy(), run.createdAt(), run.completedAt(), FailureMessages.redact(run.failureReason()));
        }
    }

    record Page<T>(List<T> items, int page, int size, long total) {
    }

    /** A person's answer to an approval. */
    record Decision(String decision, String comment) {
    }
}
