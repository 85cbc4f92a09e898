package io.scaffold.orchestrator.gates.criteria;

import io.scaffold.orchestrator.gates.CriterionScore;
import io.scaffold.orchestrator.gates.TestModels;
import io.scaffold.orchestrator.generation.GeneratedFile;
import io.scaffold.orchestrator.generation.GenerationContext;
import io.scaffold.orchestrator.generation.VerificationGenerator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.nio.file.Files;
import java.nio.file.Path;

import static io.scaffold.orchestrator.gates.TestModels.lines;
import static io.scaffold.orchestrator.gates.TestModels.subject;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * contract-conformance on the tests the generation engine really writes, and on damaged
 * copies of them.
 */
class ContractConformanceValidatorTest {

    private static final String TESTS = "src/test/java/com/example/tracker/";

    @TempDir
    Path project;

    private void generate() throws Exception {
        GeneratedFile.writeAll(project,
                new VerificationGenerator().generate(TestModels.tracker(), GenerationContext.defaults()));
    }

    @Test
    void generatedTestsCheckEveryExchangeAgainstTheContract() throws Exception {
        generate();

        CriterionScore score = new ContractConformanceValidator().score(subject(project));

        assertThat(lines(score)).isEmpty();
        assertThat(score.score()).isEqualTo(1.0);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|',
            textBlock = """
                    contract check no longer registered         | ApiTestSupport.java  | builder.alwaysDo(new OpenApiContract()) | builder       | TEST-CONTRACT-CHECK-UNUSED  | 0.5
                    contract check is no result handler         | OpenApiContract.java | implements ResultHandler                | implements Runnable | TEST-CONTRACT-CHECK-MISSING | 0.0
                    """)
    void aDamagedCopyFails(String damage, String fileName, String cut, String replacement, String rule, double expected)
            throws Exception {
        generate();
        Path file = project.resolve(TESTS + fileName);
        String text = Files.readString(file);
        assertThat(text).as("the generated file holds what the damage removes").contains(cut);
        Files.writeString(file, text.replace(cut, replacement));

        CriterionScore score = new ContractConformanceValidator().score(subject(project));

        assertThat(score.score()).isEqualTo(expected);
        assertThat(score.findings()).singleElement().satisfies(f -> assertThat(f.ruleId()).isEqualTo(rule));
    }

}
