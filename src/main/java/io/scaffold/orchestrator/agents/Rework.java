package io.scaffold.orchestrator.agents;

import io.scaffold.orchestrator.contract.AutomationLevel;
import io.scaffold.orchestrator.domain.decision.DecisionChange;
import io.scaffold.orchestrator.gates.Finding;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * What a rework job carries (quality-gate.bpmn's rework task): the structured findings of
 * the gate's last scoring, the decision changes an approver asked for, the approver's
 * comment and the run's automation level. The first attempt of a phase carries nothing.
 *
 * @param comment the approver's comment, or null
 * @param requestedBy who asked for the decision changes (the approver)
 * @param automationLevel the run's automation level; empty when the job carries none
 */
public record Rework(List<Finding> findings, List<DecisionChange> decisionChanges, String comment, String requestedBy,
        Optional<AutomationLevel> automationLevel) {

    /** The first attempt: nothing to rework. */
    public static final Rework NONE = new Rework(List.of(), List.of(), null, null, Optional.empty());

    public Rework {
        findings = List.copyOf(findings);
        decisionChanges = List.copyOf(decisionChanges);
        comment = comment == null || comment.isBlank() ? null : comment.strip();
        requestedBy = requestedBy == null || requestedBy.isBlank() ? "approver" : requestedBy;
    }

    /** Whether the job carries nothing to rework: the phase's first attempt. */
    boolean firstAttempt() {
        return findings.isEmpty() && decisionChanges.isEmpty() && comment == null;
    }

    /** The same rework with only the findings an agent takes. */
    Rework withFindings(List<Finding> routed) {
        return new Rework(routed, decisionChanges, comment, requestedBy, automationLevel);
    }

    /**
     * The decision changes the findings propose, which only full automation applies on
     * its own.
     */
    List<DecisionChange> proposals() {
        return automationLevel.filter(AutomationLevel.FULL::equals).isEmpty() ? List.of()
                : findings.stream().map(Finding::proposedChange).filter(c -> c != null).toList();
    }

    /** What the generators are told: one line per finding, and the approver's comment. */
    List<String> notes() {
        List<String> notes = new ArrayList<>(findings.stream().map(Finding::describe).toList());
        if (comment != null) {
            notes.add("approver: " + comment);
        }
        return notes;
    }

}
