package io.scaffold.orchestrator.runs;

import java.math.BigDecimal;

/**
 * The last gate evaluation that rejected a run: by DMN (score below the threshold after
 * the last attempt) or by a person ({@code decision} reject).
 */
public record GateRejection(String gateId, int attempt, BigDecimal score, BigDecimal threshold, String dmnReason,
        String decision, String decidedBy, String comment) {

    /** The run's failure reason. */
    public String reason() {
        if ("reject".equals(decision)) {
            return "gate " + gateId + " rejected the run: rejected by " + decidedBy
                    + (comment == null || comment.isBlank() ? "" : ": " + comment);
        }
        return "gate " + gateId + " rejected the run: score " + score.stripTrailingZeros().toPlainString()
                + " below the threshold " + threshold.stripTrailingZeros().toPlainString() + " after " + attempt
                + " attempts" + (dmnReason == null ? "" : ": " + dmnReason);
    }
}
