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
 * security-present on the code and tests the generation engine really writes for a
 * secured and an open application, and on damaged copies of them.
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

    private CriterionScore generateAndScore(DomainModel generated, DomainModel judged) throws Exception {
        GeneratedFile.writeAll(project,
                new ImplementationGenerator().generate(generated, GenerationContext.defaults()));
        GeneratedFile.writeAll(project, new VerificationGenerator().generate(generated, GenerationContext.defaults()));
        return score(judged);
    }

    private CriterionScore score(DomainModel model) {
        return new SecurityPresentValidator().score(new GateSubject("run-1", project, model, Map.of()));
    }

    @Test
    void aSecuredApplicationConfiguresAResourceServerAndTestsThe401() throws Exception {
        CriterionScore score = generateAndScore(tracker(true, false), tracker(true, false));

        assertThat(lines(score)).isEmpty();
        assertThat(score.score()).isEqualTo(1.0);
    }

    @Test
    void anOpenApplicationWithoutUsersHasNothingToShow() throws Exception {
        CriterionScore score = generateAndScore(tracker(false, false), tracker(false, false));

        assertThat(score.findings()).isEmpty();
        assertThat(score.score()).isEqualTo(1.0);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|',
            textBlock = """
                    security configuration removed | src/main/java/com/example/tracker/SecurityConfiguration.java | CODE-SECURITY-CONFIG-MISSING
                    401 test removed               | src/test/java/com/example/tracker/SecurityTest.java          | CODE-SECURITY-401-UNTESTED
                    """)
    void aDamagedSecuredCopyFails(String damage, String removed, String rule) throws Exception {
        generateAndScore(tracker(true, false), tracker(true, false));
        Files.delete(project.resolve(removed));

        CriterionScore score = score(tracker(true, false));

        assertThat(score.score()).isEqualTo(0.5);
        assertThat(score.findings()).singleElement().satisfies(f -> {
            assertThat(f.ruleId()).isEqualTo(rule);
            assertThat(f.proposedChange()).as("the application is already secured").isNull();
        });
    }

    @Test
    void anOpenApplicationWithUsersFailsAndProposesToSecureIt() throws Exception {
        CriterionScore score = generateAndScore(tracker(false, true), tracker(false, true));

        assertThat(score.score()).isEqualTo(0.0);
        assertThat(score.findings()).extracting(f -> f.ruleId())
            .containsExactly("CODE-SECURITY-CONFIG-MISSING", "CODE-SECURITY-401-UNTESTED");
        assertThat(score.findings().getFirst().message()).contains("built-in User entity");
        assertThat(score.findings().getFirst().proposedChange()).satisfies(change -> {
            assertThat(change.decisionId()).isEqualTo("secured:application");
            assertThat(change.value()).isEqualTo("true");
        });
    }

}
