package io.scaffold.orchestrator.runs;

public enum RunStatus {

    /** Stored, process instance not created yet. */
    STARTING, RUNNING,
    /**
     * Its process instance was lost with the embedded engine (the server stopped while it
     * ran); {@code POST /api/v1/runs/{id}/resume} continues it.
     */
    INTERRUPTED, COMPLETED, FAILED, CANCELLED;

    public boolean finished() {
        return this == COMPLETED || this == FAILED || this == CANCELLED;
    }

}
