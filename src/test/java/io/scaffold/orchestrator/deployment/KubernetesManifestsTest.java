package io.scaffold.orchestrator.deployment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.EnvFromSource;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.PodSpec;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.Volume;
import io.fabric8.kubernetes.api.model.VolumeMount;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.autoscaling.v2.HorizontalPodAutoscaler;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicy;
import io.fabric8.kubernetes.api.model.policy.v1.PodDisruptionBudget;
import io.fabric8.openshift.api.model.monitoring.v1.Endpoint;
import io.fabric8.openshift.api.model.monitoring.v1.OAuth2;
import io.fabric8.openshift.api.model.monitoring.v1.ServiceMonitor;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.util.FileSystemUtils;

/**
 * Builds each Kustomize overlay and checks every resulting manifest against the
 * Kubernetes schemas and our rules.
 */
class KubernetesManifestsTest {

    private static final Map<String, String> NAMESPACE_OF_OVERLAY = Map.of("dev", "scaffold-dev", "prod", "scaffold");

    // Each overlay of the real k8s/ directory is built once for all tests.
    private static final Map<String, List<HasMetadata>> BUILT = new ConcurrentHashMap<>();

    @ParameterizedTest
    @ValueSource(strings = { "dev", "prod" })
    void everyManifestOfTheOverlayMatchesTheKubernetesSchema(String overlay) {
        List<HasMetadata> resources = built(overlay);

        assertThat(resources).extracting(HasMetadata::getKind)
            .containsExactlyInAnyOrder("ServiceAccount", "ConfigMap", "Service", "PersistentVolumeClaim", "Deployment",
                    "HorizontalPodAutoscaler", "PodDisruptionBudget", "NetworkPolicy", "ServiceMonitor");
        assertThat(resources).allSatisfy(resource -> assertThat(resource.getMetadata().getNamespace())
            .isEqualTo(NAMESPACE_OF_OVERLAY.get(overlay)));
        assertThat(resources).as("the Secret is created out of band, its values are never committed")
            .noneMatch(resource -> resource.getKind().equals("Secret"));
    }

    @ParameterizedTest
    @ValueSource(strings = { "dev", "prod" })
    void theDeploymentIsProbedBoundedAndLockedDown(String overlay) {
        List<HasMetadata> resources = built(overlay);
        PodSpec pod = only(resources, Deployment.class).getSpec().getTemplate().getSpec();
        Container app = pod.getContainers().getFirst();

        assertThat(app.getStartupProbe().getHttpGet().getPath()).isEqualTo("/actuator/health/liveness");
        assertThat(app.getLivenessProbe().getHttpGet().getPath()).isEqualTo("/actuator/health/liveness");
        assertThat(app.getReadinessProbe().getHttpGet().getPath()).isEqualTo("/actuator/health/readiness");
        assertThat(app.getResources().getRequests()).containsKeys("cpu", "memory");
        assertThat(app.getResources().getLimits()).containsKeys("cpu", "memory");

        assertThat(pod.getSecurityContext().getRunAsNonRoot()).isTrue();
        assertThat(pod.getSecurityContext().getRunAsUser()).as("the image's numeric user").isEqualTo(10001L);
        assertThat(app.getSecurityContext().getReadOnlyRootFilesystem()).isTrue();
        assertThat(app.getSecurityContext().getAllowPrivilegeEscalation()).isFalse();
        assertThat(app.getSecurityContext().getCapabilities().getDrop()).containsExactly("ALL");

        Map<String, String> mounts = app.getVolumeMounts()
            .stream()
            .collect(Collectors.toMap(VolumeMount::getMountPath, VolumeMount::getName));
        Map<String, Volume> volumes = pod.getVolumes()
            .stream()
            .collect(Collectors.toMap(Volume::getName, volume -> volume));
        assertThat(volumes.get(mounts.get("/tmp")).getEmptyDir()).as("/tmp is a writable emptyDir").isNotNull();
        assertThat(volumes.get(mounts.get("/home/scaffold/.m2")).getEmptyDir())
            .as("the verification builds' Maven repository in the image user's home is writable")
            .isNotNull();
        assertThat(volumes.get(mounts.get("/workspace")).getPersistentVolumeClaim().getClaimName())
            .isEqualTo("scaffold-workspace");
    }

    @ParameterizedTest
    @ValueSource(strings = { "dev", "prod" })
    void everyReferenceBetweenTheResourcesResolves(String overlay) {
        List<HasMetadata> resources = built(overlay);
        Deployment deployment = only(resources, Deployment.class);
        Map<String, String> podLabels = deployment.getSpec().getTemplate().getMetadata().getLabels();
        Container app = deployment.getSpec().getTemplate().getSpec().getContainers().getFirst();

        assertThat(podLabels).containsAllEntriesOf(deployment.getSpec().getSelector().getMatchLabels());
        assertThat(podLabels).containsAllEntriesOf(only(resources, Service.class).getSpec().getSelector());
        assertThat(podLabels)
            .containsAllEntriesOf(only(resources, PodDisruptionBudget.class).getSpec().getSelector().getMatchLabels());
        assertThat(podLabels)
            .containsAllEntriesOf(only(resources, NetworkPolicy.class).getSpec().getPodSelector().getMatchLabels());
        assertThat(only(resources, Service.class).getMetadata().getLabels())
            .containsAllEntriesOf(only(resources, ServiceMonitor.class).getSpec().getSelector().getMatchLabels());
        assertThat(only(resources, ServiceMonitor.class).getSpec().getEndpoints().getFirst().getPath())
            .isEqualTo("/actuator/prometheus");

        HorizontalPodAutoscaler hpa = only(resources, HorizontalPodAutoscaler.class);
        assertThat(hpa.getSpec().getScaleTargetRef().getName()).isEqualTo(deployment.getMetadata().getName());
        assertThat(hpa.getSpec().getMinReplicas()).isLessThanOrEqualTo(hpa.getSpec().getMaxReplicas());

        ConfigMap config = only(resources, ConfigMap.class);
        assertThat(app.getEnvFrom()).extracting(EnvFromSource::getConfigMapRef)
            .filteredOn(ref -> ref != null)
            .singleElement()
            .satisfies(ref -> assertThat(ref.getName()).isEqualTo(config.getMetadata().getName()));
        assertThat(app.getEnvFrom()).extracting(EnvFromSource::getSecretRef)
            .filteredOn(ref -> ref != null)
            .singleElement()
            .satisfies(ref -> assertThat(ref.getName()).isEqualTo("scaffold-orchestrator-secrets"));
        assertThat(config.getData()).containsEntry("SCAFFOLD_RUNTIME", "cluster")
            .containsKeys("SPRING_DATASOURCE_URL", "CAMUNDA_CLIENT_GRPCADDRESS", "CAMUNDA_CLIENT_AUTH_TOKENURL",
                    "SPRING_SECURITY_OAUTH2_RESOURCESERVER_JWT_ISSUER_URI", "SCAFFOLD_SEARCH_ELASTICSEARCH_URIS");
        assertThat(only(resources, NetworkPolicy.class).getSpec().getEgress()).flatExtracting(rule -> rule.getPorts())
            .extracting(port -> port.getPort().getIntVal())
            .as("the search index's Elasticsearch is reachable")
            .contains(9200);
        assertThat(config.getData().keySet()).as("secrets belong in the Secret, not the ConfigMap")
            .noneMatch(key -> key.contains("PASSWORD") || key.contains("SECRET") || key.contains("API_KEY"));
    }

    @ParameterizedTest
    @ValueSource(strings = { "dev", "prod" })
    void prometheusScrapesWithAClientCredentialsTokenOfTheMetricsClient(String overlay) {
        List<HasMetadata> resources = built(overlay);
        Endpoint endpoint = only(resources, ServiceMonitor.class).getSpec().getEndpoints().getFirst();
        OAuth2 oauth2 = endpoint.getOauth2();

        // With security on, an anonymous scrape of /actuator/prometheus gets 401: the
        // endpoint needs metrics:read.
        assertThat(only(resources, ConfigMap.class).getData()).containsEntry("SCAFFOLD_SECURITY_ENABLED", "true");
        assertThat(oauth2).as("the ServiceMonitor's oauth2 client credentials").isNotNull();
        assertThat(oauth2.getTokenUrl()).as("the realm the application's own client gets its tokens from")
            .isEqualTo(only(resources, ConfigMap.class).getData().get("CAMUNDA_CLIENT_AUTH_TOKENURL"));
        assertThat(oauth2.getClientId().getSecret().getName()).isEqualTo("scaffold-metrics-oauth2");
        assertThat(oauth2.getClientId().getSecret().getKey()).isEqualTo("client-id");
        assertThat(oauth2.getClientSecret().getName()).isEqualTo("scaffold-metrics-oauth2");
        assertThat(oauth2.getClientSecret().getKey()).isEqualTo("client-secret");
        assertThat(endpoint.getBearerTokenSecret()).as("no long-lived token besides").isNull();
        assertThat(endpoint.getBasicAuth()).isNull();
    }

    @Test
    void aMisspelledFieldInTheBaseFailsTheOverlayBuild(@TempDir Path copy) throws IOException {
        FileSystemUtils.copyRecursively(CiTools.PROJECT.resolve("k8s"), copy);
        Path deployment = copy.resolve("base/deployment.yaml");
        Files.writeString(deployment, Files.readString(deployment).replace("readinessProbe:", "readynessProbe:"));

        assertThatThrownBy(() -> build(copy, "prod")).isInstanceOf(KubernetesSchema.InvalidManifestException.class)
            .hasMessageContaining("Deployment scaffold-orchestrator: unknown field `readynessProbe`")
            .hasMessageContaining("spec.template.spec.containers[0].readynessProbe")
            .hasMessageContaining("apps/v1 Deployment schema");
    }

    @Test
    void aWronglyNestedFieldIsReportedWithFileLineAndColumn() {
        String manifest = """
                apiVersion: policy/v1
                kind: PodDisruptionBudget
                metadata:
                  name: scaffold-orchestrator
                spec:
                  maxUnavailable: 1
                  matchLabels:
                    app.kubernetes.io/name: scaffold-orchestrator
                """;

        assertThatThrownBy(() -> KubernetesSchema.validate(manifest, "pdb.yaml")).hasMessageStartingWith("pdb.yaml:7:")
            .hasMessageContaining("unknown field `matchLabels` at `spec.matchLabels`");
    }

    @Test
    void aValueOfTheWrongTypeIsRejected() {
        String manifest = """
                apiVersion: v1
                kind: ServiceAccount
                metadata:
                  name: scaffold-orchestrator
                ---
                apiVersion: apps/v1
                kind: Deployment
                metadata:
                  name: scaffold-orchestrator
                spec:
                  replicas: two
                """;

        assertThatThrownBy(() -> KubernetesSchema.validate(manifest, "all.yaml")).hasMessageStartingWith("all.yaml:11:")
            .hasMessageContaining("wrong value at `spec.replicas`");
    }

    @Test
    void anApiVersionThisProjectDoesNotDeployIsRejected() {
        String manifest = """
                apiVersion: autoscaling/v1
                kind: HorizontalPodAutoscaler
                metadata:
                  name: scaffold-orchestrator
                """;

        assertThatThrownBy(() -> KubernetesSchema.validate(manifest, "hpa.yaml"))
            .hasMessageContaining("unsupported apiVersion/kind `autoscaling/v1` `HorizontalPodAutoscaler`");
    }

    @Test
    void malformedYamlIsRejected() {
        assertThatThrownBy(() -> KubernetesSchema.validate("apiVersion: v1\nkind: [Service\n", "broken.yaml"))
            .hasMessageStartingWith("broken.yaml:")
            .hasMessageContaining("not valid YAML");
    }

    private static List<HasMetadata> built(String overlay) {
        return BUILT.computeIfAbsent(overlay, name -> build(CiTools.PROJECT.resolve("k8s"), name));
    }

    private static List<HasMetadata> build(Path k8s, String overlay) {
        Path directory = k8s.resolve("overlays").resolve(overlay);
        CiTools.Result result = CiTools.run(Duration.ofSeconds(60),
                List.of(CiTools.kubectl().toString(), "kustomize", directory.toString()));
        assertThat(result.exitCode()).as("kubectl kustomize %s failed:%n%s", directory, result.stderr()).isZero();
        return KubernetesSchema.validate(result.stdout(), "kustomize build of k8s/overlays/" + overlay);
    }

    private static <T extends HasMetadata> T only(List<HasMetadata> resources, Class<T> type) {
        List<T> matches = resources.stream().filter(type::isInstance).map(type::cast).toList();
        assertThat(matches).as("exactly one %s", type.getSimpleName()).hasSize(1);
        return matches.getFirst();
    }

}
