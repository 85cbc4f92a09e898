package io.scaffold.orchestrator.contract;

/**
 * What a gate finally said: DMN's verdict, and a person's decision when the verdict asked
 * for one. The one place that decides whether a gate passed.
 *
 * @param decision null unless a person answered an approval
 */
public record GateOutcome(GateVerdict verdict, ApprovalDecision decision) {

    public static GateOutcome of(String verdict, String decision) {
        return new GateOutcome(GateVerdict.of(verdict), decision == null ? null : ApprovalDecision.of(decision));
    }

    /**
     * The gate let the run go on: DMN passed it (with or without concerns), or a person
     * approved it.
     */
    public boolean passed() {
        return decision == null ? verdict == GateVerdict.PASS || verdict == GateVerdict.CONCERNS
                : decision == ApprovalDecision.APPROVE;
    }

    /**
     * The outcome as reports show it: the verdict, or APPROVED, REJECTED or
     * CHANGES_REQUESTED.
     */
    public String label() {
        if (decision == null) {
            return verdict.name();
        }
        return switch (decision) {
            case APPROVE -> "APPROVED";
            case REJECT -> "REJECTED";
            case REQUEST_CHANGES -> "CHANGES_REQUESTED";
        };
    }
}
