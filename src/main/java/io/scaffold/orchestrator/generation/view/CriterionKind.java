package io.scaffold.orchestrator.generation.view;

import java.util.List;

/**
 * The operators a criterion query parameter ({@code property.operator=value}) allows, by
 * the kind of its property, as JHipster's filter classes offer them: StringFilter for
 * text, RangeFilter for numbers, dates, times and durations, Filter for enums and UUIDs,
 * BooleanFilter, and LongFilter on a reference's id.
 */
public enum CriterionKind {

    TEXT(List.of("equals", "notEquals", "contains", "doesNotContain", "in", "notIn", "specified")),
    RANGE(List.of("equals", "notEquals", "in", "notIn", "specified", "greaterThan", "lessThan", "greaterThanOrEqual",
            "lessThanOrEqual")),
    VALUE(List.of("equals", "notEquals", "in", "notIn", "specified")),
    BOOLEAN(List.of("equals", "notEquals", "specified")),
    REFERENCE(List.of("equals", "notEquals", "in", "notIn", "specified"));

    private final List<String> operators;

    CriterionKind(List<String> operators) {
        this.operators = operators;
    }

    public List<String> getOperators() {
        return operators;
    }

    /** {@code in} and {@code notIn} take several values. */
    public static boolean takesSeveral(String operator) {
        return operator.equals("in") || operator.equals("notIn");
    }

}
