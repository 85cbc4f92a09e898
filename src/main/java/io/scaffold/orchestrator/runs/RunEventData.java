package io.scaffold.orchestrator.runs;

import com.fasterxml.jackson.annotation.JsonIgnore;
import java.math.BigDecimal;

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
     * A gate passed: either scored by its decision table ({@code phase}, {@code score},
     * {@code threshold}, {@code verdict}) or approved by a person ({@code decision},
     * {@code decidedBy}, {@code comment}).
     */
    record QualityGatePassed(String gate, String phase, int attempt, BigDecimal score, BigDecimal threshold,
            String verdict, String decision, String decidedBy, String comment) implements RunEventData {

        public static QualityGatePassed scored(GateScore score) {
            return new QualityGatePassed(score.gate(), score.phase(), score.attempt(), score.score(), score.threshold(),
                    score.verdict(), null, null, null);
        }

        public static QualityGatePassed decided(ApprovalDecided decision) {
            return new QualityGatePassed(decision.gate(), null, decision.attempt(), null, null, null,
                    decision.decision(), decision.decidedBy(), decision.comment());
        }

        @Override
        public EventType type() {
            return EventType.QualityGatePassed;
        }

    }

    /** A gate failed; the fields as for {@link QualityGatePassed}. */
    record QualityGateFailed(String gate, String phase, int attempt, BigDecimal score, BigDecimal threshold,
            String verdict, String decision, String decidedBy, String comment) implements RunEventData {

        public static QualityGateFailed scored(GateScore score) {
            return new QualityGateFailed(score.gate(), score.phase(), score.attempt(), score.score(), score.threshold(),
                    score.verdict(), null, null, null);
        }

        public static QualityGateFailed decided(ApprovalDecided decision) {
            return new QualityGateFailed(decision.gate(), null, decision.attempt(), null, null, null,
                    decision.decision(), decision.decidedBy(), decision.comment());
        }

        @Override
        public EventType type() {
            return EventType.QualityGateFailed;
        }

    }

    /** What a gate's decision table scored, shared by the gate events. */
    record GateScore(String gate, String phase, int attempt, BigDecimal score, BigDecimal threshold, String verdict) {
    }

    record ArtifactGenerated(String path, int version, String phase, String agent,
            String sha256) implements RunEventData {

        @Override
        public EventType type() {
            return EventType.ArtifactGenerated;
        }

    }

    record ApprovalRequested(String gate, String phase, int attempt, BigDecimal score, BigDecimal threshold,
            String verdict) implements RunEventData {

        public static ApprovalRequested scored(GateScore score) {
            return new ApprovalRequested(score.gate(), score.phase(), score.attempt(), score.score(), score.threshold(),
                    score.verdict());
        }

        @Override
        public EventType type() {
            return EventType.ApprovalRequested;
        }

    }

    record ApprovalReminderSent(String gate) implements RunEventData {

        @Override
        public EventType type() {
            return EventType.ApprovalReminderSent;
        }

    }

    record ApprovalEscalated(String gate) implements RunEventData {

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

}
