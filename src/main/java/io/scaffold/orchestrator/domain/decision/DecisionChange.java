package io.scaffold.orchestrator.domain.decision;

import java.util.Objects;

/**
 * A proposed or requested new value for a decision: from a gate finding, a clarifying
 * answer or an approver.
 *
 * @param decisionId the decision, e.g. {@code field-required:Book.title}
 * @param value the new value; list-valued kinds take one item per line
 * @param reason why, in a sentence (the finding's message, the approver's comment)
 */
public record DecisionChange(String decisionId, String value, String reason) {

    public DecisionChange {
        DecisionKind.ofId(decisionId);
        Objects.requireNonNull(value, "value");
    }

    public DecisionKind kind() {
        return DecisionKind.ofId(decisionId);
    }

}
