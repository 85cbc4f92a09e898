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
 * {@code tests-pass}: the share of the project's tests that passed (Surefire reports); 0
 * when the build ran no test at all, because a project without tests proves nothing.
 */
@Component
class TestsPassValidator implements CriterionValidator {

    private final VerificationBuilds builds;

    TestsPassValidator(VerificationBuilds builds) {
        this.builds = builds;
    }

    static final String CRITERION = "tests-pass";

    static final FindingRule UNBUILDABLE = new FindingRule("TEST-UNBUILDABLE", CRITERION, Severity.BLOCKER,
            "the project has the Maven wrapper its tests run with");

    static final FindingRule NO_TESTS = new FindingRule("TEST-NONE-RAN", CRITERION, Severity.MAJOR,
            "the build runs tests");

    static final FindingRule TESTS_FAIL = new FindingRule("TEST-FAILS", CRITERION, Severity.MAJOR,
            "every test passes and none is skipped");

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
        ProjectBuild.TestCounts tests = result.tests();
        if (tests.total() == 0) {
            return new CriterionScore(criterion(), 0.0,
                    List.of(NO_TESTS.in(ProjectLayout.SUREFIRE_REPORTS,
                            "no test ran; build output (tail):\n" + VerificationBuilds.tail(result),
                            "generate tests per entity")));
        }
        int failed = tests.failures() + tests.errors();
        if (failed == 0 && tests.skipped() == 0) {
            return new CriterionScore(criterion(), 1.0, List.of());
        }
        return new CriterionScore(criterion(), (double) tests.passed() / tests.total(),
                List.of(TESTS_FAIL.in(ProjectLayout.SUREFIRE_REPORTS,
                        tests.failures() + " failed, " + tests.errors() + " errors, " + tests.skipped() + " skipped of "
                                + tests.total() + " tests; build output (tail):\n" + VerificationBuilds.tail(result),
                        "fix the failing tests or the code they test")));
    }

}
