package io.scaffold.orchestrator.gates;

import io.scaffold.orchestrator.contract.ApprovalDecision;
import io.scaffold.orchestrator.contract.GateOutcome;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * One evaluation of a quality gate: the criteria scores, DMN's verdict, and a person's
 * decision when the verdict asked for one.
 *
 * @param reason why the verdict DMN decided as it did, e.g. {@code rework cannot change
 * the output}
 * @param decidedBy {@code dmn} when the verdict stood on its own, otherwise the person
 * who decided
 */
public record GateEvaluation(UUID runId, String gateId, int attempt, String phaseId, BigDecimal score,
        BigDecimal threshold, String verdict, String reason, List<Criterion> criteria, String decision,
        String decidedBy, String comment, Instant evaluatedAt, Instant decidedAt) {

    public record Criterion(String name, double weight, double score, List<Finding> findings) {
    }

    /**
     * What the gate finally said: the verdict, or the person's decision when one was
     * asked for.
     */
    public GateOutcome outcome() {
        return GateOutcome.of(verdict, decision);
    }

    /** A person approved the gate although it scored below its threshold. */
    public boolean waived() {
        return outcome().decision() == ApprovalDecision.APPROVE && score.compareTo(threshold) < 0;
    }

    /**
     * The outcome as reports show it: WAIVED for a waived gate, else
     * {@link GateOutcome#label()}.
     */
    public String label() {
        return waived() ? "WAIVED" : outcome().label();
    }
}
