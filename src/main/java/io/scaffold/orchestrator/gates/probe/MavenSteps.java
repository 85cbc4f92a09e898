package io.scaffold.orchestrator.gates.probe;

import java.util.Map;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads Maven's output line by line and tells what the build is doing, each time that
 * changes: the plugin goal running ({@code [INFO] --- compiler:3.15.0:compile ...}), and
 * while Surefire runs, which test class of how many ({@code [INFO] Running ...}).
 */
final class MavenSteps implements Consumer<String> {

    private static final Pattern GOAL = Pattern.compile("^\\[INFO] --- ([\\w.-]+):[^:\\s]+:([\\w-]+) ");

    private static final Pattern TEST_CLASS = Pattern.compile("^\\[INFO] Running \\S+");

    /** Goals worth naming, by plugin prefix and goal; others keep the previous step. */
    private static final Map<String, String> STEPS = Map.of("compiler:compile", "compiling", "compiler:testCompile",
            "compiling the tests", "surefire:test", "testing", "failsafe:integration-test",
            "running the integration tests", "jacoco:report", "measuring coverage", "jar:jar", "packaging",
            "spring-boot:repackage", "packaging");

    private final int testClasses;

    private final Consumer<String> steps;

    private int testsStarted;

    private String last;

    /**
     * @param testClasses how many test classes the project has, for "testing N of M"
     * @param steps told each new step
     */
    MavenSteps(int testClasses, Consumer<String> steps) {
        this.testClasses = testClasses;
        this.steps = steps;
    }

    @Override
    public void accept(String line) {
        Matcher goal = GOAL.matcher(line);
        if (goal.find()) {
            String step = STEPS.get(goal.group(1) + ":" + goal.group(2));
            if (step != null) {
                tell(step);
            }
        }
        else if (TEST_CLASS.matcher(line).find()) {
            testsStarted++;
            tell("testing " + testsStarted + " of " + Math.max(testClasses, testsStarted) + " test classes");
        }
    }

    private void tell(String step) {
        if (!step.equals(last)) {
            last = step;
            steps.accept(step);
        }
    }

}
