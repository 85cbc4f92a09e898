package io.scaffold.orchestrator.runs;

/** What the append-only event log of a run records. */
public enum EventType {

    ProcessInitiated, PhaseStarted, PhaseCompleted, QualityGatePassed, QualityGateFailed, ArtifactGenerated,
    ApprovalRequested, ApprovalReminderSent, ApprovalEscalated, ApprovalDecided,
    /** A person approved a gate below its threshold, with a reason and an expiry. */
    GateWaived,
    /** A job failed with no retries left: the run waits for a person to retry it. */
    IncidentRaised, IncidentResolved, ProcessCompleted, ProcessFailed, ProcessCancelled,
    /** The server stopped while the run was in flight: its process instance is gone. */
    ProcessInterrupted,
    /** A new process instance continues an interrupted run. */
    ProcessResumed,
    /** A decision of the run got a new version (decisions/RunDecisions). */
    DecisionChanged,
    /** The clarifying questions were answered, or their recommended answers taken. */
    RequirementsClarified

}
