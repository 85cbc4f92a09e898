package io.scaffold.orchestrator.runs;

public enum RunStatus {

    /** Stored, process instance not created yet. */
    STARTING, RUNNING, COMPLETED, FAILED, CANCELLED;

    public boolean finished() {
        return this == COMPLETED || this == FAILED || this == CANCELLED;
    }

}
