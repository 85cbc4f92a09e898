package io.scaffold.orchestrator.gates.probe;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 14, item 2: the progress line names what the verification build is doing, read
 * from Maven's own output (lines as Maven 3.9 prints them in batch mode).
 */
class MavenStepsTest {

    @Test
    void namesTheGoalsAndCountsTheTestClassesOnceEach() {
        List<String> steps = new ArrayList<>();
        MavenSteps maven = new MavenSteps(2, steps::add);
        List.of("[INFO] Scanning for projects...", "[INFO] --- jacoco:0.8.14:prepare-agent (default) @ library ---",
                "[INFO] --- compiler:3.15.0:compile (default-compile) @ library ---",
                "[INFO] Compiling 42 source files with javac [debug parameters release 21] to target/classes",
                "[INFO] --- compiler:3.15.0:testCompile (default-testCompile) @ library ---",
                "[INFO] --- surefire:3.5.6:test (default-test) @ library ---",
                "[INFO] Running com.example.library.member.MemberApiTest",
                "[INFO] Tests run: 8, Failures: 0, Errors: 0, Skipped: 0, Time elapsed: 10.99 s",
                "[INFO] Running com.example.library.book.BookApiTest",
                "[INFO] --- jacoco:0.8.14:report (report) @ library ---",
                "[INFO] --- jacoco:0.8.14:report (report) @ library ---")
            .forEach(maven);

        assertThat(steps).containsExactly("compiling", "compiling the tests", "testing", "testing 1 of 2 test classes",
                "testing 2 of 2 test classes", "measuring coverage");
    }

    @Test
    void neverCountsMoreTestClassesThanItSaw() {
        List<String> steps = new ArrayList<>();
        MavenSteps maven = new MavenSteps(1, steps::add);
        maven.accept("[INFO] Running a.ATest");
        maven.accept("[INFO] Running a.BTest");

        assertThat(steps).containsExactly("testing 1 of 1 test classes", "testing 2 of 2 test classes");
    }

}
