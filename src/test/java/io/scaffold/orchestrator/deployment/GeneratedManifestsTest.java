package io.scaffold.orchestrator.deployment;

import static org.assertj.core.api.Assertions.assertThat;

import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.scaffold.orchestrator.gates.probe.ManifestAdmission;
import io.scaffold.orchestrator.gates.probe.ManifestAdmission.Rule;
import io.scaffold.orchestrator.gates.probe.ManifestAdmission.Violation;
import io.scaffold.orchestrator.generation.GeneratedFile;
import io.scaffold.orchestrator.generation.Phases;
import io.scaffold.orchestrator.generation.ProjectLayout;
import io.scaffold.orchestrator.spec.SpecOptions;
import io.scaffold.orchestrator.spec.SpecReader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The generated project's Dockerfile and Kubernetes manifests: valid against the
 * Kubernetes schemas, and admitted by the rules of {@link ManifestAdmission} (numeric
 * non-root user, locked-down containers, probes, resources); each rule fails on a damaged
 * copy.
 */
class GeneratedManifestsTest {

    @TempDir
    Path project;

    @ParameterizedTest
    @ValueSource(strings = { "../shared/corpus/jhipster-jdl-samples/bug-tracker.jdl", "examples/awkward-names.jdl",
            "examples/library.yaml" })
    void generatedManifestsMatchTheSchemaAndPassAdmission(String spec) throws IOException {
        generate(spec);

        List<HasMetadata> resources = new ArrayList<>();
        for (String kind : List.of("configmap", "deployment", "service")) {
            String file = ProjectLayout.k8sManifest(kind);
            resources.addAll(KubernetesSchema.validate(Files.readString(project.resolve(file)), file));
        }
        assertThat(resources).extracting(HasMetadata::getKind).contains("Deployment");
        Deployment deployment = (Deployment) resources.stream()
            .filter(r -> r.getKind().equals("Deployment"))
            .findFirst()
            .orElseThrow();
        assertThat(deployment.getSpec().getTemplate().getSpec().getSecurityContext().getRunAsUser()).isEqualTo(10001L);

        assertThat(ManifestAdmission.check(project)).isEmpty();
    }

    @Test
    void aNamedUserInTheImageIsRefused() throws IOException {
        generate("examples/library.yaml");
        damage(ProjectLayout.DOCKERFILE, "USER 10001:10001", "USER app");

        assertThat(ManifestAdmission.check(project)).extracting(Violation::rule).containsExactly(Rule.NUMERIC_USER);
        assertThat(ManifestAdmission.check(project).getFirst().message()).contains("USER app is a name");
    }

    @Test
    void aPodWithoutANumericUserIsRefused() throws IOException {
        generate("examples/library.yaml");
        damage(ProjectLayout.k8sManifest("deployment"), "        runAsUser: 10001\n", "");

        assertThat(ManifestAdmission.check(project)).singleElement()
            .satisfies(v -> assertThat(v.rule()).isEqualTo(Rule.NON_ROOT))
            .satisfies(v -> assertThat(v.message()).contains("runAsUser is not set"));
    }

    @Test
    void aPodRunningAsAnotherUserThanTheImageIsRefused() throws IOException {
        generate("examples/library.yaml");
        damage(ProjectLayout.k8sManifest("deployment"), "runAsUser: 10001", "runAsUser: 10002");

        assertThat(ManifestAdmission.check(project)).singleElement()
            .satisfies(v -> assertThat(v.message()).contains("runAsUser 10002 is not the image's user 10001"));
    }

    @Test
    void aContainerWithoutStartupProbeOrSeccompOrReadOnlyRootIsRefused() throws IOException {
        generate("examples/library.yaml");
        damage(ProjectLayout.k8sManifest("deployment"), "startupProbe:", "startupProbeRemoved:");
        damage(ProjectLayout.k8sManifest("deployment"), "type: RuntimeDefault", "type: Unconfined");
        damage(ProjectLayout.k8sManifest("deployment"), "readOnlyRootFilesystem: true",
                "readOnlyRootFilesystem: false");
        damage(ProjectLayout.k8sManifest("deployment"), "                - ALL\n", "                - NET_RAW\n");

        assertThat(ManifestAdmission.check(project)).extracting(Violation::rule)
            .containsExactlyInAnyOrder(Rule.PROBES, Rule.PRIVILEGES, Rule.PRIVILEGES, Rule.READ_ONLY_ROOT);
    }

    @Test
    void noDeploymentAtAllIsRefused() throws IOException {
        generate("examples/library.yaml");
        Files.delete(project.resolve(ProjectLayout.k8sManifest("deployment")));

        assertThat(ManifestAdmission.check(project)).extracting(Violation::rule).containsExactly(Rule.WORKLOAD);
    }

    private void generate(String spec) throws IOException {
        GeneratedFile.writeAll(project, Phases.generateAll(new SpecReader().read(Path.of(spec), SpecOptions.DEFAULTS)));
    }

    private void damage(String file, String from, String to) throws IOException {
        Path path = project.resolve(file);
        String text = Files.readString(path);
        assertThat(text).contains(from);
        Files.writeString(path, text.replace(from, to));
    }

}
