package io.scaffold.orchestrator.gates.criteria;

import io.scaffold.orchestrator.gates.CriterionScore;
import io.scaffold.orchestrator.gates.Finding;
import io.scaffold.orchestrator.generation.GeneratedFile;
import io.scaffold.orchestrator.generation.Phases;
import io.scaffold.orchestrator.generation.ProjectLayout;
import io.scaffold.orchestrator.spec.SpecOptions;
import io.scaffold.orchestrator.spec.SpecReader;
import org.junit.jupiter.api.BeforeEach;
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
 * manifest-admission on the project the generation engine really writes for
 * examples/library.yaml, and on damaged copies of its Dockerfile and Deployment (the
 * damages of GeneratedManifestsTest).
 */
class ManifestAdmissionValidatorTest {

    @TempDir
    Path project;

    @BeforeEach
    void generate() throws Exception {
        GeneratedFile.writeAll(project,
                Phases.generateAll(new SpecReader().read(Path.of("examples/library.yaml"), SpecOptions.DEFAULTS)));
    }

    @Test
    void theGeneratedWorkloadIsAdmitted() {
        CriterionScore score = new ManifestAdmissionValidator().score(subject(project));

        assertThat(lines(score)).isEmpty();
        assertThat(score.score()).isEqualTo(1.0);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|',
            textBlock = """
                    a named user in the image        | Dockerfile            | 'USER 10001:10001'             | 'USER app'                      | DELIVERY-ADMISSION-NUMERIC-USER   | Dockerfile
                    a pod running as another user    | k8s/deployment.yaml   | 'runAsUser: 10001'             | 'runAsUser: 10002'              | DELIVERY-ADMISSION-NON-ROOT       | k8s/deployment.yaml
                    no startup probe                 | k8s/deployment.yaml   | 'startupProbe:'                | 'startupProbeRemoved:'          | DELIVERY-ADMISSION-PROBES         | k8s/deployment.yaml
                    a writable root filesystem       | k8s/deployment.yaml   | 'readOnlyRootFilesystem: true' | 'readOnlyRootFilesystem: false' | DELIVERY-ADMISSION-READ-ONLY-ROOT | k8s/deployment.yaml
                    an unconfined seccomp profile    | k8s/deployment.yaml   | 'type: RuntimeDefault'         | 'type: Unconfined'              | DELIVERY-ADMISSION-PRIVILEGES     | k8s/deployment.yaml
                    """)
    void aDamagedCopyIsRefused(String damage, String file, String cut, String replacement, String rule, String location)
            throws Exception {
        Path path = project.resolve(file);
        String text = Files.readString(path);
        assertThat(text).as("the generated file holds what the damage removes").contains(cut);
        Files.writeString(path, text.replace(cut, replacement));

        CriterionScore score = new ManifestAdmissionValidator().score(subject(project));

        assertThat(score.score()).isEqualTo(0.0);
        assertThat(score.findings()).singleElement().satisfies(f -> {
            assertThat(f.ruleId()).isEqualTo(rule);
            assertThat(f.file()).isEqualTo(location);
            assertThat(f.suggestedAction()).isNotBlank();
        });
    }

    @Test
    void noDeploymentIsRefusedWithTheWorkloadRule() throws Exception {
        Files.delete(project.resolve(ProjectLayout.k8sManifest("deployment")));

        CriterionScore score = new ManifestAdmissionValidator().score(subject(project));

        assertThat(score.score()).isEqualTo(0.0);
        assertThat(score.findings()).extracting(Finding::ruleId).containsExactly("DELIVERY-ADMISSION-WORKLOAD");
    }

}
