package io.scaffold.orchestrator.gates.criteria;

import io.scaffold.orchestrator.gates.CriterionScore;
import io.scaffold.orchestrator.gates.FindingRule;
import io.scaffold.orchestrator.gates.Severity;
import io.scaffold.orchestrator.gates.CriterionValidator;
import io.scaffold.orchestrator.gates.GateSubject;
import io.scaffold.orchestrator.gates.probe.ProjectBuild;
import io.scaffold.orchestrator.gates.probe.VerificationBuilds;
import io.scaffold.orchestrator.generation.ProjectLayout;
import org.springframework.stereotype.Component;

import java.util.List;

/**
 * {@code build-green}: {@code ./mvnw -B verify} exits 0 within the time limit; otherwise
 * 0 with the output's tail.
 */
@Component
class BuildGreenValidator implements CriterionValidator {

    private final VerificationBuilds builds;

    BuildGreenValidator(VerificationBuilds builds) {
        this.builds = builds;
    }

    static final String CRITERION = "build-green";

    static final FindingRule UNBUILDABLE = new FindingRule("BUILD-WRAPPER-MISSING", CRITERION, Severity.BLOCKER,
            "the project has the Maven wrapper it builds with");

    static final FindingRule BUILD_FAILS = new FindingRule("BUILD-FAILS", CRITERION, Severity.BLOCKER,
            "./mvnw -B verify succeeds within the time limit");

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
        if (result.exitCode() == 0 && !result.timedOut()) {
            return new CriterionScore(criterion(), 1.0, List.of());
        }
        String why = result.timedOut()
                ? "./mvnw -B verify did not finish within the time limit (" + result.duration().toSeconds() + " s)"
                : "./mvnw -B verify failed with exit code " + result.exitCode();
        return new CriterionScore(criterion(), 0.0, List.of(BUILD_FAILS.in(ProjectLayout.POM,
                why + "; build output (tail):\n" + VerificationBuilds.tail(result), "fix the build errors shown")));
    }

}
