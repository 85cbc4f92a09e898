package io.scaffold.orchestrator.gates.criteria;

import io.scaffold.orchestrator.domain.DomainModel;
import io.scaffold.orchestrator.domain.Entity;
import io.scaffold.orchestrator.domain.EntityOptions;
import io.scaffold.orchestrator.gates.CriterionScore;
import io.scaffold.orchestrator.gates.GateSubject;
import io.scaffold.orchestrator.gates.TestModels;
import io.scaffold.orchestrator.generation.GeneratedFile;
import io.scaffold.orchestrator.generation.GenerationContext;
import io.scaffold.orchestrator.generation.ImplementationGenerator;
import io.scaffold.orchestrator.generation.VerificationGenerator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static io.scaffold.orchestrator.gates.TestModels.lines;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * security-present and security-tested on the code and tests the generation engine really
 * writes for a secured and an open application, and on damaged copies of them.
 */
class SecurityPresentValidatorTest {

    @TempDir
    Path project;

    private static DomainModel tracker(boolean secured, boolean withUsers) {
        DomainModel m = TestModels.tracker();
        List<Entity> entities = new ArrayList<>(m.entities());
        if (withUsers) {
            entities.add(new Entity(TestModels.entityName("User"), "Built-in user entity.", List.of(),
                    EntityOptions.DEFAULTS, "Person", true));
        }
        return new DomainModel(m.name(), m.basePackage(), m.description(), entities, m.enums(), m.relationships(),
                m.objectives(), m.useCases(), m.assumptions(), m.openQuestions(), m.ignoredFeatures(), m.source(),
                secured);
    }

    private void generate(DomainModel model) throws Exception {
        GeneratedFile.writeAll(project, new ImplementationGenerator().generate(model, GenerationContext.defaults()));
        GeneratedFile.writeAll(project, new VerificationGenerator().generate(model, GenerationContext.defaults()));
    }

    private List<CriterionScore> score(DomainModel model) {
        GateSubject subject = new GateSubject("run-1", project, model, Map.of());
        return List.of(new SecurityPresentValidator().score(subject), new SecurityTestedValidator().score(subject));
    }

    @ParameterizedTest(name = "secured {0}")
    @CsvSource({ "true", "false" })
    void aSecuredApplicationConfiguresAResourceServerAndTestsThe401AndAnOpenOneNeedsNeither(boolean secured)
            throws Exception {
        generate(tracker(secured, false));

        assertThat(score(tracker(secured, false))).allSatisfy(score -> {
            assertThat(lines(score)).isEmpty();
            assertThat(score.score()).isEqualTo(1.0);
        });
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|',
            textBlock = """
                    security configuration removed | src/main/java/com/example/tracker/SecurityConfiguration.java | security-present | CODE-SECURITY-CONFIG-MISSING
                    401 test removed               | src/test/java/com/example/tracker/SecurityTest.java          | security-tested  | TEST-SECURITY-401-MISSING
                    """)
    void aDamagedSecuredCopyFails(String damage, String removed, String criterion, String rule) throws Exception {
        generate(tracker(true, false));
        Files.delete(project.resolve(removed));

        assertThat(score(tracker(true, false))).allSatisfy(score -> {
            if (score.name().equals(criterion)) {
                assertThat(score.score()).isEqualTo(0.0);
                assertThat(score.findings()).singleElement().satisfies(f -> {
                    assertThat(f.ruleId()).isEqualTo(rule);
                    assertThat(f.proposedChange()).as("the application is already secured").isNull();
                });
            }
            else {
                assertThat(score.score()).isEqualTo(1.0);
            }
        });
    }

    @Test
    void anOpenApplicationWithUsersFailsBothAndIsProposedToBeSecured() throws Exception {
        generate(tracker(false, true));

        List<CriterionScore> scores = score(tracker(false, true));

        assertThat(scores).extracting(CriterionScore::score).containsExactly(0.0, 0.0);
        assertThat(scores).flatExtracting(CriterionScore::findings)
            .extracting(f -> f.ruleId())
            .containsExactly("CODE-SECURITY-CONFIG-MISSING", "TEST-SECURITY-401-MISSING");
        assertThat(scores.getFirst().findings().getFirst().message()).contains("built-in User entity");
        assertThat(scores.getFirst().findings().getFirst().proposedChange()).satisfies(change -> {
            assertThat(change.decisionId()).isEqualTo("secured:application");
            assertThat(change.value()).isEqualTo("true");
        });
    }

    @Test
    void securingTheApplicationWithUsersSatisfiesBoth() throws Exception {
        generate(tracker(true, true));

        assertThat(score(tracker(true, true))).extracting(CriterionScore::score).containsExactly(1.0, 1.0);
    }

}
