package io.scaffold.orchestrator.gates.criteria;

import io.scaffold.orchestrator.gates.CriterionScore;
import io.scaffold.orchestrator.gates.FindingRule;
import io.scaffold.orchestrator.gates.Severity;
import io.scaffold.orchestrator.gates.CriterionValidator;
import io.scaffold.orchestrator.gates.GateSubject;
import io.scaffold.orchestrator.gates.probe.AppliedMigrations;
import org.springframework.stereotype.Component;

/**
 * {@code migrations-apply}: the share of the project's Flyway scripts that apply, in
 * order, to a fresh database on a real PostgreSQL. A failing script and everything after
 * it count as not applied; the finding names the file and line PostgreSQL rejected and
 * its message.
 */
@Component
class MigrationsApplyValidator implements CriterionValidator {

    private final AppliedMigrations migrations;

    MigrationsApplyValidator(AppliedMigrations migrations) {
        this.migrations = migrations;
    }

    static final String CRITERION = "migrations-apply";

    static final FindingRule DOES_NOT_APPLY = new FindingRule("DATA-MIGRATION-FAILS", CRITERION, Severity.BLOCKER,
            "every Flyway migration script applies to a fresh PostgreSQL database");

    @Override
    public String criterion() {
        return CRITERION;
    }

    @Override
    public CriterionScore score(GateSubject subject) {
        AppliedMigrations.Outcome outcome = migrations.apply(subject.projectDir());
        return CriterionScore.ofChecks(criterion(), outcome.applied(), Math.max(outcome.scripts(), 1), outcome.errors()
            .stream()
            .map(e -> DOES_NOT_APPLY.located(e.location(), e.message(), "fix the script so that PostgreSQL accepts it"))
            .toList());
    }

}
