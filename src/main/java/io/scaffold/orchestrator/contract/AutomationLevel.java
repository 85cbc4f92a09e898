package io.scaffold.orchestrator.contract;

import java.util.Arrays;
import java.util.Optional;

/**
 * How much of a run's gates a person approves (the {@code automationLevel} variable, read
 * by dmn/gate-verdict.dmn).
 */
public enum AutomationLevel {

    FULL("full"), PARTIAL("partial"), MANUAL("manual");

    private final String wire;

    AutomationLevel(String wire) {
        this.wire = wire;
    }

    public String wire() {
        return wire;
    }

    public static Optional<AutomationLevel> of(String wire) {
        return Arrays.stream(values()).filter(l -> l.wire.equals(wire)).findFirst();
    }

}
