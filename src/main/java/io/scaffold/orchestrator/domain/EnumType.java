package io.scaffold.orchestrator.domain;

import java.util.List;

/**
 * An enumeration.
 *
 * @param name the enum's names
 * @param documentation documentation comment (may be empty)
 * @param values values in declaration order
 */
public record EnumType(Name name, String documentation, List<Value> values) {

    public EnumType {
        values = List.copyOf(values);
    }

    /**
     * @param constant Java constant, e.g. {@code IN_PROGRESS}
     * @param label display label, e.g. {@code In Progress} (the constant when the input
     * gives none)
     */
    public record Value(String constant, String label) {
    }
}
