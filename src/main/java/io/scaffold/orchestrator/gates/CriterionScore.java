package io.scaffold.orchestrator.gates;

import java.util.List;

/**
 * The score of one gate criterion, the shape the quality-gate process collects as
 * {@code criterionResult}.
 *
 * @param name criterion name as used in the gate policy DMN, e.g.
 * {@code migrations-apply}
 * @param score 0 (nothing of it holds) to 1 (fully met)
 * @param findings short, actionable lines, each naming the file (and line where one
 * applies), e.g.
 * {@code src/main/resources/db/migration/V1__create_schema.sql:42: foreign key column tickets.project_id has no index}
 */
public record CriterionScore(String name, double score, List<String> findings) {

    public CriterionScore {
        if (!(score >= 0.0 && score <= 1.0)) {
            throw new IllegalArgumentException("score of " + name + " must be within 0..1, was " + score);
        }
        findings = List.copyOf(findings);
    }

    /**
     * Score as the fraction of {@code passed} checks out of {@code total}; a criterion
     * with nothing to check scores 1.
     */
    public static CriterionScore ofChecks(String name, int passed, int total, List<String> findings) {
        return new CriterionScore(name, total == 0 ? 1.0 : (double) passed / total, findings);
    }
}
