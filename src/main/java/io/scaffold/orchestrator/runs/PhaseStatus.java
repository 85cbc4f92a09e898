package io.scaffold.orchestrator.runs;

/**
 * Where a phase of a run stands; a run that ends early ends its running phases as FAILED
 * or CANCELLED.
 */
public enum PhaseStatus {

    RUNNING, COMPLETED, FAILED, CANCELLED

}
