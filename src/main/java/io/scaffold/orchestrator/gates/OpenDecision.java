package io.scaffold.orchestrator.gates;

import io.scaffold.orchestrator.domain.decision.Decision;
import io.scaffold.orchestrator.domain.decision.DecisionKind;
import io.scaffold.orchestrator.domain.decision.DecisionSource;
import java.util.List;

/**
 * A decision an approver of a gate is asked to look at: one a finding proposes to change,
 * or an assumption of the gate's phase nobody confirmed.
 *
 * @param current the value the run builds from now; list-valued kinds one item per line
 * @param proposedValue the value a finding proposes, or null
 * @param proposedBy the rule id of the finding that proposes it, or null
 * @param why why it is open, in a sentence
 */
public record OpenDecision(String id, DecisionKind kind, String subject, String question, List<String> options,
        String current, DecisionSource source, boolean assumption, String proposedValue, String proposedBy,
        String why) {

    static OpenDecision proposed(Decision d, Finding finding) {
        return new OpenDecision(d.id(), d.kind(), d.subject(), d.question(), d.options(), d.chosen(), d.source(),
                d.assumption(), finding.proposedChange().value(), finding.ruleId(),
                finding.ruleId() + " proposes it: " + finding.message());
    }

    static OpenDecision assumed(Decision d) {
        return new OpenDecision(d.id(), d.kind(), d.subject(), d.question(), d.options(), d.chosen(), d.source(), true,
                null, null, "an assumption nobody confirmed (" + d.source().name().toLowerCase(java.util.Locale.ROOT)
                        + "): " + d.rationale());
    }

}
