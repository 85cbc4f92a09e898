package io.scaffold.orchestrator.contract;

/**
 * What dmn/gate-verdict.dmn decides for one scoring round of a gate
 * ({@code gateOutcome.verdict}).
 */
public enum GateVerdict {

    PASS,
    /**
     * Passes with concerns: the findings go into the report, or (full automation) only
     * judgement criteria fell short and their defaults stand as assumptions.
     */
    CONCERNS, REWORK,
    /** A person decides: see {@link ApprovalDecision}. */
    APPROVAL_REQUIRED, REJECT;

    public static GateVerdict of(String wire) {
        try {
            return valueOf(String.valueOf(wire));
        }
        catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("unknown gate verdict '" + wire + "'", e);
        }
    }

}
