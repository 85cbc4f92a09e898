package io.scaffold.orchestrator.gates;

import io.scaffold.orchestrator.generation.ProjectBuild;
import org.springframework.stereotype.Component;

import java.nio.file.Files;
import java.util.List;

/**
 * The three verification criteria that judge the generated project's own Maven build, run once per project content
 * by {@link VerificationBuilds}. A project without a Maven wrapper cannot be built: every criterion scores 0.
 */
final class BuildValidators {

    private BuildValidators() {
    }

    private static CriterionScore unbuildable(String criterion) {
        return new CriterionScore(criterion, 0.0, List.of("mvnw: missing; the generated project needs its Maven wrapper to build"));
    }

    /** {@code build-green}: {@code ./mvnw -B verify} exits 0 within the time limit; otherwise 0 with the output's tail. */
    @Component
    static class BuildGreen implements CriterionValidator {
        private final VerificationBuilds builds;

        BuildGreen(VerificationBuilds builds) {
            this.builds = builds;
        }

        @Override
        public String criterion() {
            return "build-green";
        }

        @Override
        public CriterionScore score(GateSubject subject) {
            if (!Files.isRegularFile(subject.projectDir().resolve("mvnw"))) {
                return unbuildable(criterion());
            }
            ProjectBuild.Result result = builds.build(subject.projectDir());
            if (result.exitCode() == 0 && !result.timedOut()) {
                return new CriterionScore(criterion(), 1.0, List.of());
            }
            String why = result.timedOut()
                    ? "pom.xml: ./mvnw -B verify did not finish within the time limit (" + result.duration().toSeconds() + " s)"
                    : "pom.xml: ./mvnw -B verify failed with exit code " + result.exitCode();
            return new CriterionScore(criterion(), 0.0, List.of(why, "build output (tail):\n" + VerificationBuilds.tail(result)));
        }
    }

    /**
     * {@code tests-pass}: the share of the project's tests that passed (Surefire reports); 0 when the build ran no
     * test at all, because a project without tests proves nothing.
     */
    @Component
    static class TestsPass implements CriterionValidator {
        private final VerificationBuilds builds;

        TestsPass(VerificationBuilds builds) {
            this.builds = builds;
        }

        @Override
        public String criterion() {
            return "tests-pass";
        }

        @Override
        public CriterionScore score(GateSubject subject) {
            if (!Files.isRegularFile(subject.projectDir().resolve("mvnw"))) {
                return unbuildable(criterion());
            }
            ProjectBuild.Result result = builds.build(subject.projectDir());
            ProjectBuild.TestCounts tests = result.tests();
            if (tests.total() == 0) {
                return new CriterionScore(criterion(), 0.0, List.of("target/surefire-reports: no test ran; "
                        + "generate tests per entity", "build output (tail):\n" + VerificationBuilds.tail(result)));
            }
            int failed = tests.failures() + tests.errors();
            if (failed == 0 && tests.skipped() == 0) {
                return new CriterionScore(criterion(), 1.0, List.of());
            }
            return new CriterionScore(criterion(), (double) tests.passed() / tests.total(), List.of(
                    "target/surefire-reports: " + tests.failures() + " failed, " + tests.errors() + " errors, "
                            + tests.skipped() + " skipped of " + tests.total() + " tests",
                    "build output (tail):\n" + VerificationBuilds.tail(result)));
        }
    }

    /**
     * {@code coverage}: JaCoCo line coverage ({@code target/site/jacoco/jacoco.csv}) against the target in
     * {@code gates/verification.properties}: at or above the target 1, below it {@code coverage / target}.
     */
    @Component
    static class Coverage implements CriterionValidator {
        private final VerificationBuilds builds;
        private final double target;

        Coverage(VerificationBuilds builds, GatesData data) {
            this.builds = builds;
            this.target = Double.parseDouble(data.properties("verification.properties").getProperty("coverage.target"));
        }

        @Override
        public String criterion() {
            return "coverage";
        }

        @Override
        public CriterionScore score(GateSubject subject) {
            if (!Files.isRegularFile(subject.projectDir().resolve("mvnw"))) {
                return unbuildable(criterion());
            }
            ProjectBuild.Result result = builds.build(subject.projectDir());
            if (result.coverage().isEmpty()) {
                return new CriterionScore(criterion(), 0.0, List.of("target/site/jacoco/jacoco.csv: no coverage report; "
                        + "add the jacoco-maven-plugin with prepare-agent and report goals"));
            }
            double line = result.coverage().get().line();
            if (line >= target) {
                return new CriterionScore(criterion(), 1.0, List.of());
            }
            return new CriterionScore(criterion(), line / target, List.of(String.format(java.util.Locale.ROOT,
                    "target/site/jacoco/jacoco.csv: line coverage %.1f %% is below the target %.0f %%; add tests",
                    line * 100, target * 100)));
        }
    }
}
