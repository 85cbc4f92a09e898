package io.scaffold.orchestrator.gates.criteria;

import static io.scaffold.orchestrator.gates.ProjectFixture.copyOfGoodProject;
import static io.scaffold.orchestrator.gates.ProjectFixture.replace;
import static io.scaffold.orchestrator.gates.TestModels.lines;
import static io.scaffold.orchestrator.gates.TestModels.subject;
import static org.assertj.core.api.Assertions.assertThat;

import io.scaffold.orchestrator.gates.GatesData;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.mock.env.MockEnvironment;

/**
 * Gate policy data: the files under gates/ are the defaults, the Spring environment
 * overrides them.
 */
class GatesDataTest {

    @TempDir
    Path tmp;

    @Test
    void anOverriddenSupportedStackAcceptsWhatTheFileRefuses() {
        Path project = copyOfGoodProject(tmp);
        replace(project, "pom.xml", "<version>4.1.2</version>", "<version>3.3.5</version>");
        replace(project, "pom.xml", "<java.version>21</java.version>", "<java.version>17</java.version>");
        GatesData overridden = new GatesData(
                new MockEnvironment().withProperty("scaffold.gates.supported-stack.spring-boot", "3.3")
                    .withProperty("scaffold.gates.supported-stack.java", "17, 21"));

        assertThat(new StackSupportedValidator(GatesData.FILES).score(subject(project)).score()).isZero();
        assertThat(new StackSupportedValidator(overridden).score(subject(project)).score()).isEqualTo(1.0);
    }

    @Test
    void anOverriddenListReplacesTheFile() {
        Path project = copyOfGoodProject(tmp);
        GatesData overridden = new GatesData(new MockEnvironment().withProperty("scaffold.gates.banned-artifacts",
                "org.postgresql:postgresql  only for this test"));

        assertThat(lines(new DependencyPolicyValidator(GatesData.FILES).score(subject(project)))).isEmpty();
        assertThat(lines(new DependencyPolicyValidator(overridden).score(subject(project)))).singleElement()
            .asString()
            .contains("dependency org.postgresql:postgresql is banned: only for this test");
    }

    @Test
    void aPropertyKeyIsOverriddenWithDashesForDots() {
        GatesData overridden = new GatesData(
                new MockEnvironment().withProperty("scaffold.gates.verification.coverage-target", "0.5"));

        assertThat(GatesData.FILES.properties("verification.properties").getProperty("coverage.target"))
            .isEqualTo("0.70");
        assertThat(overridden.properties("verification.properties").getProperty("coverage.target")).isEqualTo("0.5");
        assertThat(overridden.properties("verification.properties").getProperty("build.timeout")).isEqualTo("PT15M");
    }

}
