package io.scaffold.orchestrator.deployment;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Checks the Camunda Helm chart 8.8 values for the settings the application and
 * docs/deployment.md rely on.
 */
class CamundaHelmValuesTest {

    private static final Path VALUES = CiTools.PROJECT.resolve("k8s/camunda-values.yaml");

    private static JsonNode values;

    @BeforeAll
    static void parse() throws IOException {
        values = new YAMLMapper().readTree(VALUES.toFile());
    }

    @Test
    void theOrchestrationClusterIsReplicatedAcrossItsBrokers() {
        JsonNode orchestration = at("orchestration");
        int clusterSize = number(orchestration, "clusterSize");
        int partitionCount = number(orchestration, "partitionCount");
        int replicationFactor = number(orchestration, "replicationFactor");

        assertThat(orchestration.path("enabled").asBoolean()).isTrue();
        assertThat(replicationFactor).as("an odd replication factor of at least 3 keeps a quorum with one broker down")
            .isGreaterThanOrEqualTo(3)
            .isOdd()
            .isLessThanOrEqualTo(clusterSize);
        assertThat(partitionCount).as("at least one partition led by each broker").isGreaterThanOrEqualTo(clusterSize);
        assertThat(at("orchestration", "podDisruptionBudget", "enabled").asBoolean()).isTrue();
        assertThat(at("orchestration", "resources", "limits", "memory").asText()).isNotEmpty();
    }

    @Test
    void everyoneSignsInThroughTheScaffoldRealm() {
        assertThat(at("global", "security", "authentication", "method").asText()).isEqualTo("oidc");
        assertThat(at("global", "identity", "auth", "enabled").asBoolean()).isTrue();
        assertThat(at("global", "identity", "auth", "issuer").asText()).endsWith("/realms/scaffold");
        assertThat(at("orchestration", "security", "authentication", "unprotectedApi").asBoolean()).isFalse();
        assertThat(at("orchestration", "security", "authentication", "oidc", "clientId").asText())
            .isEqualTo("orchestration");
        assertThat(at("orchestration", "security", "authentication", "oidc", "audience").asText())
            .as("the audience the realm's clients put into their tokens")
            .isEqualTo("orchestration-api");
        assertThat(at("orchestration", "security", "authorizations", "enabled").asBoolean()).isTrue();
        assertThat(textValues(at("orchestration", "security", "initialization", "defaultRoles", "admin", "clients")))
            .as("the application's job workers need the admin role")
            .contains("scaffold-orchestrator");
        assertThat(at("orchestration", "security", "initialization", "users").isEmpty())
            .as("no built-in users with passwords")
            .isTrue();
    }

    @Test
    void noSecretValueIsWrittenIntoTheValues() {
        JsonNode secret = at("orchestration", "security", "authentication", "oidc", "secret");

        assertThat(secret.path("existingSecret").asText()).isEqualTo("camunda-oidc");
        assertThat(secret.path("existingSecretKey").asText()).isEqualTo("orchestration-client-secret");
        List<String> inline = new ArrayList<>();
        collectInlineSecrets(values, "", inline);
        assertThat(inline).as("inline secrets or passwords in %s", VALUES).isEmpty();
    }

    @Test
    void elasticsearchIsTheSecondaryStorageAndUnusedComponentsAreOff() {
        assertThat(at("global", "elasticsearch", "enabled").asBoolean()).isTrue();
        assertThat(at("elasticsearch", "enabled").asBoolean()).isTrue();
        assertThat(at("elasticsearch", "master", "replicaCount").asInt()).isGreaterThanOrEqualTo(3);
        for (String component : List.of("connectors", "optimize", "webModeler", "console", "identity",
                "identityKeycloak")) {
            assertThat(at(component, "enabled").asBoolean()).as("%s.enabled", component).isFalse();
        }
        assertThat(at("prometheusServiceMonitor", "enabled").asBoolean()).isTrue();
    }

    /**
     * Fails naming the missing key, so a renamed or misspelled value is found at once.
     */
    private static JsonNode at(String... path) {
        JsonNode node = values;
        for (int i = 0; i < path.length; i++) {
            node = node.path(path[i]);
            assertThat(node.isMissingNode())
                .as("%s has no key %s", VALUES, String.join(".", List.of(path).subList(0, i + 1)))
                .isFalse();
        }
        return node;
    }

    /** The chart takes these as strings ("3"); they must still be numbers. */
    private static int number(JsonNode parent, String key) {
        String text = parent.path(key).asText();
        assertThat(text).as("orchestration.%s", key).matches("[1-9][0-9]*");
        return Integer.parseInt(text);
    }

    private static List<String> textValues(JsonNode array) {
        List<String> texts = new ArrayList<>();
        array.forEach(element -> texts.add(element.asText()));
        return texts;
    }

    private static void collectInlineSecrets(JsonNode node, String path, List<String> found) {
        node.properties().forEach(field -> {
            String key = field.getKey();
            String fieldPath = path.isEmpty() ? key : path + "." + key;
            JsonNode value = field.getValue();
            if (value.isObject()) {
                collectInlineSecrets(value, fieldPath, found);
            }
            else if ((key.equals("inlineSecret") || key.toLowerCase().contains("password"))
                    && !value.asText().isEmpty()) {
                found.add(fieldPath);
            }
        });
    }

}
