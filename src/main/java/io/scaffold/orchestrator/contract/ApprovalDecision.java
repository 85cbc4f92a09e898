package io.scaffold.orchestrator.contract;

import java.util.Arrays;

/**
 * A person's answer to a gate approval: the {@code decision} variable the approval form
 * sets.
 */
public enum ApprovalDecision {

    APPROVE("approve"), REQUEST_CHANGES("request-changes"), REJECT("reject");

    private final String wire;

    ApprovalDecision(String wire) {
        this.wire = wire;
    }

    /** The value in the process variable, the API and the database. */
    public String wire() {
        return wire;
    }

    public static ApprovalDecision of(String wire) {
        return Arrays.stream(values())
            .filter(d -> d.wire.equals(wire))
            .findFirst()
            .orElseThrow(() -> new IllegalArgumentException("decision must be one of approve, request-changes, "
                    + "reject; got " + (wire == null ? "none" : "'" + wire + "'")));
    }

}
