package io.scaffold.orchestrator.runs;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonUnwrapped;
import java.math.BigDecimal;
import java.util.List;

/**
 * The payload of an event in a run's log, one record per {@link EventType}: the record
 * decides the type, so an event cannot be recorded with another type's payload. Records
 * are serialised field by field (nulls left out), which is the JSON the {@code events}
 * table, the REST API and the CLI read.
 */
public sealed interface RunEventData {

    @JsonIgnore
    EventType type();

    record ProcessInitiated(String application, String spec, String automationLevel) implements RunEventData {

        @Override
        public EventType type() {
            return EventType.ProcessInitiated;
        }

    }

    record PhaseStarted(String phase, String name) implements RunEventData {

        @Override
        public EventType type() {
            return EventType.PhaseStarted;
        }

    }

    record PhaseCompleted(String phase, String name) implements RunEventData {

        @Override
        public EventType type() {
            return EventType.PhaseCompleted;
        }

    }

    /**
     * The clarifying questions were settled.
     *
     * @param answeredBy who answered, or null when nobody was asked (full automation)
     */
    record RequirementsClarified(String answeredBy, List<Clarification> answers) implements RunEventData {

        @Override
        public EventType type() {
            return EventType.RequirementsClarified;
        }

    }

    /**
     * One settled question: the decision and its value, and whether nobody chose it (the
     * recommended answer was taken, an assumption).
     */
    record Clarification(String decisionId, String value, boolean defaultTaken) {
    }

    /** A gate passed. */
    record QualityGatePassed(@JsonUnwrapped GateResult result) implements RunEventData {

        @Override
        public EventType type() {
            return EventType.QualityGatePassed;
        }

    }

    /** A gate failed. */
    record QualityGateFailed(@JsonUnwrapped GateResult result) implements RunEventData {

        @Override
        public EventType type() {
            return EventType.QualityGateFailed;
        }

    }

    /**
     * What a gate event says: either how the gate's decision table scored it
     * ({@code phase}, {@code score}, {@code threshold}, {@code verdict}) or what a person
     * decided ({@code decision}, {@code decidedBy}, {@code comment}).
     */
    record GateResult(String gate, String phase, int attempt, BigDecimal score, BigDecimal threshold, String verdict,
            String decision, String decidedBy, String comment) {

        public static GateResult scored(String gate, String phase, int attempt, BigDecimal score, BigDecimal threshold,
                String verdict) {
            return new GateResult(gate, phase, attempt, score, threshold, verdict, null, null, null);
        }

        public static GateResult decided(ApprovalDecided decision) {
            return new GateResult(decision.gate(), null, decision.attempt(), null, null, null, decision.decision(),
                    decision.decidedBy(), decision.comment());
        }

    }

    record ArtifactGenerated(String path, int version, String phase, String agent,
            String sha256) implements RunEventData {

        @Override
        public EventType type() {
            return EventType.ArtifactGenerated;
        }

    }

    /** A gate's decision table asks a person to decide; the result is the scored one. */
    record ApprovalRequested(@JsonUnwrapped GateResult result) implements RunEventData {

        @Override
        public EventType type() {
            return EventType.ApprovalRequested;
        }

    }

    /**
     * @param notified the e-mail addresses and webhook the reminder went to
     */
    record ApprovalReminderSent(String gate, List<String> notified) implements RunEventData {

        @Override
        public EventType type() {
            return EventType.ApprovalReminderSent;
        }

    }

    /**
     * @param notified the e-mail addresses and webhook the escalation went to
     */
    record ApprovalEscalated(String gate, List<String> notified) implements RunEventData {

        @Override
        public EventType type() {
            return EventType.ApprovalEscalated;
        }

    }

    record ApprovalDecided(String gate, int attempt, String decision, String decidedBy,
            String comment) implements RunEventData {

        @Override
        public EventType type() {
            return EventType.ApprovalDecided;
        }

    }

    /**
     * A gate approved below its threshold.
     *
     * @param expiresAt the ISO date the waiver ends
     */
    record GateWaived(String gate, int attempt, String reason, String expiresAt,
            String grantedBy) implements RunEventData {

        @Override
        public EventType type() {
            return EventType.GateWaived;
        }

    }

    /** A job failed with no retries left. */
    record IncidentRaised(String jobType, String phase, String error) implements RunEventData {

        @Override
        public EventType type() {
            return EventType.IncidentRaised;
        }

    }

    record IncidentResolved(String elementId, String errorType) implements RunEventData {

        @Override
        public EventType type() {
            return EventType.IncidentResolved;
        }

    }

    record ProcessCompleted(String status) implements RunEventData {

        @Override
        public EventType type() {
            return EventType.ProcessCompleted;
        }

    }

    record ProcessFailed(String errorCode, String reason) implements RunEventData {

        @Override
        public EventType type() {
            return EventType.ProcessFailed;
        }

    }

    /** {@code note} says why the run was cancelled without its process instance. */
    record ProcessCancelled(String status, String note) implements RunEventData {

        @Override
        public EventType type() {
            return EventType.ProcessCancelled;
        }

    }

    /**
     * A decision got a new version: its new value, where it came from, who changed it and
     * why.
     */
    record DecisionChanged(String decisionId, int version, String chosen, String source, boolean locked,
            String changedBy, String reason) implements RunEventData {

        @Override
        public EventType type() {
            return EventType.DecisionChanged;
        }

    }

    /** {@code processInstanceKey}: the instance the engine lost. */
    record ProcessInterrupted(long processInstanceKey) implements RunEventData {

        @Override
        public EventType type() {
            return EventType.ProcessInterrupted;
        }

    }

    /**
     * A new process instance started before {@code elementId} continues the run;
     * {@code previousProcessInstanceKey} is the one that was lost.
     */
    record ProcessResumed(long previousProcessInstanceKey, long processInstanceKey, String elementId,
            String resumedBy) implements RunEventData {

        @Override
        public EventType type() {
            return EventType.ProcessResumed;
        }

    }

}
