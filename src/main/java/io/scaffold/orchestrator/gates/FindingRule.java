package io.scaffold.orchestrator.gates;

import io.scaffold.orchestrator.domain.decision.DecisionChange;
import io.scaffold.orchestrator.domain.decision.DecisionKind;
import java.util.Objects;

/**
 * One rule of a gate criterion, the source of every {@link Finding} with its id.
 * Validators declare their rules as constants; {@code docs/gate-rules.md} lists them all
 * (GateRulesTest keeps the two in step).
 *
 * @param id stable rule id, e.g. {@code DATA-FK-INDEX}
 * @param criterion the criterion whose validator applies it
 * @param severity how much a finding of this rule matters
 * @param checks what the rule checks, in a sentence, for the rules table
 * @param proposes the kind of decision its findings propose to change, or {@code null}
 * when no decision fixes what it finds
 */
public record FindingRule(String id, String criterion, Severity severity, String checks, DecisionKind proposes) {

    public FindingRule {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(criterion, "criterion");
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(checks, "checks");
    }

    /** A rule no decision change can satisfy. */
    public FindingRule(String id, String criterion, Severity severity, String checks) {
        this(id, criterion, severity, checks, null);
    }

    /** A finding about a whole file, or about no file when {@code file} is null. */
    public Finding in(String file, String message, String suggestedAction) {
        return new Finding(id, criterion, severity, file, null, message, suggestedAction, null);
    }

    /** A finding at a line of a file; a line below 1 means the whole file. */
    public Finding at(String file, int line, String message, String suggestedAction) {
        return new Finding(id, criterion, severity, file, line > 0 ? line : null, message, suggestedAction, null);
    }

    /**
     * A finding at a location as the probes give it: {@code file:line} or {@code file}.
     */
    public Finding located(String location, String message, String suggestedAction) {
        int colon = location.lastIndexOf(':');
        if (colon > 0 && colon < location.length() - 1
                && location.substring(colon + 1).chars().allMatch(Character::isDigit)) {
            return at(location.substring(0, colon), Integer.parseInt(location.substring(colon + 1)), message,
                    suggestedAction);
        }
        return in(location, message, suggestedAction);
    }

    /**
     * A finding that a decision change would fix.
     * @throws IllegalArgumentException when the change is not of the kind this rule
     * proposes
     */
    public Finding proposing(String file, int line, String message, String suggestedAction, DecisionChange change) {
        if (proposes == null || change.kind() != proposes) {
            throw new IllegalArgumentException("rule " + id + " proposes "
                    + (proposes == null ? "no decision change" : proposes.slug() + " changes") + ", not "
                    + change.decisionId());
        }
        return new Finding(id, criterion, severity, file, line > 0 ? line : null, message, suggestedAction, change);
    }

}
