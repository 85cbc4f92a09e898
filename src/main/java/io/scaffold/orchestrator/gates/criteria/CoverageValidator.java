package io.scaffold.orchestrator.gates.criteria;

import io.scaffold.orchestrator.gates.CriterionScore;
import io.scaffold.orchestrator.gates.FindingRule;
import io.scaffold.orchestrator.gates.Severity;
import io.scaffold.orchestrator.gates.CriterionValidator;
import io.scaffold.orchestrator.gates.GateSubject;
import io.scaffold.orchestrator.gates.GatesData;
import io.scaffold.orchestrator.gates.probe.ProjectBuild;
import io.scaffold.orchestrator.gates.probe.VerificationBuilds;
import io.scaffold.orchestrator.generation.ProjectLayout;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.Locale;

/**
 * {@code coverage}: JaCoCo line coverage ({@code target/site/jacoco/jacoco.csv}) against
 * the target in {@code gates/verification.properties}: at or above the target 1, below it
 * {@code coverage / target}.
 */
@Component
class CoverageValidator implements CriterionValidator {

    private final VerificationBuilds builds;

    private final double target;

    CoverageValidator(VerificationBuilds builds, GatesData data) {
        this.target = Double.parseDouble(data.properties("verification.properties").getProperty("coverage.target"));
        this.builds = builds;
    }

    static final String CRITERION = "coverage";

    static final FindingRule UNBUILDABLE = new FindingRule("TEST-COVERAGE-UNBUILDABLE", CRITERION, Severity.MAJOR,
            "the project has the Maven wrapper its coverage is measured with");

    static final FindingRule NO_REPORT = new FindingRule("TEST-COVERAGE-NO-REPORT", CRITERION, Severity.MAJOR,
            "the build writes a JaCoCo coverage report");

    static final FindingRule BELOW_TARGET = new FindingRule("TEST-COVERAGE-LOW", CRITERION, Severity.MINOR,
            "line coverage reaches the target of verification.properties");

    @Override
    public String criterion() {
        return CRITERION;
    }

    @Override
    public CriterionScore score(GateSubject subject) {
        if (!VerificationBuilds.buildable(subject.projectDir())) {
            return VerificationBuilds.unbuildable(UNBUILDABLE);
        }
        ProjectBuild.Result result = builds.build(subject.projectDir());
        if (result.coverage().isEmpty()) {
            return new CriterionScore(criterion(), 0.0, List.of(NO_REPORT.in(ProjectLayout.JACOCO_CSV,
                    "no coverage report", "add the jacoco-maven-plugin with prepare-agent and report goals")));
        }
        double line = result.coverage().get().line();
        if (line >= target) {
            return new CriterionScore(criterion(), 1.0, List.of());
        }
        return new CriterionScore(criterion(), line / target,
                List.of(BELOW_TARGET.in(
                        ProjectLayout.JACOCO_CSV, String.format(Locale.ROOT,
                                "line coverage %.1f %% is below the target %.0f %%", line * 100, target * 100),
                        "add tests for the uncovered code")));
    }

}
