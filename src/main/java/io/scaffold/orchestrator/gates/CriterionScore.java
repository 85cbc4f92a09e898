package io.scaffold.orchestrator.gates;

import io.scaffold.orchestrator.domain.decision.DecisionChange;
import java.util.List;
import java.util.function.Predicate;

/**
 * The score of one gate criterion, the shape the quality-gate process collects as
 * {@code criterionResult}.
 *
 * @param name criterion name as used in the gate policy DMN, e.g.
 * {@code migrations-apply}
 * @param score 0 (nothing of it holds) to 1 (fully met)
 * @param findings what the validator found, each from one of its {@link FindingRule}s
 */
public record CriterionScore(String name, double score, List<Finding> findings) {

    public CriterionScore {
        if (!(score >= 0.0 && score <= 1.0)) {
            throw new IllegalArgumentException("score of " + name + " must be within 0..1, was " + score);
        }
        findings = List.copyOf(findings);
        for (Finding finding : findings) {
            if (!finding.criterion().equals(name)) {
                throw new IllegalArgumentException(
                        "finding " + finding.ruleId() + " of " + finding.criterion() + " in the score of " + name);
            }
        }
    }

    /**
     * This score without the proposed changes {@code applicable} refuses: a proposal that
     * would change nothing (the decision already has that value, is locked, or does not
     * exist) is no fix, and a rework built on it would regenerate the same output.
     */
    public CriterionScore keepingProposals(Predicate<DecisionChange> applicable) {
        return new CriterionScore(name, score,
                findings.stream()
                    .map(f -> f.proposedChange() == null || applicable.test(f.proposedChange()) ? f
                            : new Finding(f.ruleId(), f.criterion(), f.severity(), f.file(), f.line(), f.message(),
                                    f.suggestedAction(), null))
                    .toList());
    }

    /**
     * Score as the fraction of {@code passed} checks out of {@code total}; a criterion
     * with nothing to check scores 1.
     */
    public static CriterionScore ofChecks(String name, int passed, int total, List<Finding> findings) {
        return new CriterionScore(name, total == 0 ? 1.0 : (double) passed / total, findings);
    }
}
