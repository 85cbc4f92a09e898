package io.scaffold.orchestrator.gates.criteria;

import io.scaffold.orchestrator.gates.CriterionScore;
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

    @Override
    public String criterion() {
        return "build-green";
    }

    @Override
    public CriterionScore score(GateSubject subject) {
        if (!VerificationBuilds.buildable(subject.projectDir())) {
            return VerificationBuilds.unbuildable(criterion());
        }
        ProjectBuild.Result result = builds.build(subject.projectDir());
        if (result.exitCode() == 0 && !result.timedOut()) {
            return new CriterionScore(criterion(), 1.0, List.of());
        }
        String why = result.timedOut()
                ? ProjectLayout.POM + ": ./mvnw -B verify did not finish within the time limit ("
                        + result.duration().toSeconds() + " s)"
                : ProjectLayout.POM + ": ./mvnw -B verify failed with exit code " + result.exitCode();
        return new CriterionScore(criterion(), 0.0,
                List.of(why, "build output (tail):\n" + VerificationBuilds.tail(result)));
    }

}
