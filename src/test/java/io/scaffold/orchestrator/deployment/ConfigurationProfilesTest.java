package io.scaffold.orchestrator.deployment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.camunda.client.spring.properties.CamundaClientAuthProperties.AuthMethod;
import io.camunda.client.spring.properties.CamundaClientProperties;
import io.camunda.client.spring.properties.CamundaClientProperties.ClientMode;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URL;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.core.env.EnumerablePropertySource;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.MutablePropertySources;
import org.springframework.core.env.PropertySource;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.io.ClassPathResource;

/**
 * The profiles local, self-managed and saas: real property names of the starters, every
 * address and secret taken from the environment, and what the application sees for a
 * given environment.
 */
class ConfigurationProfilesTest {

    private static final List<String> PROFILES = List.of("local", "self-managed", "saas");

    /**
     * Every property Spring Boot and the Camunda starter declare, with whether it is
     * deprecated.
     */
    private static final Map<String, Boolean> DECLARED = new HashMap<>();

    @BeforeAll
    static void readConfigurationMetadata() throws IOException {
        ObjectMapper json = new ObjectMapper();
        for (URL url : Collections.list(ConfigurationProfilesTest.class.getClassLoader()
            .getResources("META-INF/spring-configuration-metadata.json"))) {
            try (InputStream in = url.openStream()) {
                for (JsonNode property : json.readTree(in).path("properties")) {
                    DECLARED.put(property.path("name").asText(), property.has("deprecation"));
                }
            }
        }
        assertThat(DECLARED).as("configuration metadata of the Camunda starter")
            .containsKey("camunda.client.grpc-address");
    }

    @ParameterizedTest
    @ValueSource(strings = { "local", "self-managed", "saas" })
    void everyPropertyIsOneTheStartersDeclare(String profile) {
        List<String> unknown = new ArrayList<>();
        for (String name : propertyNames(profile)) {
            // scaffold.* belongs to this application; server.port and the datasource are
            // declared by Boot.
            if (!name.startsWith("scaffold.") && (!DECLARED.containsKey(name) || DECLARED.get(name))) {
                unknown.add(name);
            }
        }
        assertThat(unknown).as("application-%s.yml: properties that are unknown or deprecated", profile).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = { "local", "self-managed", "saas" })
    void addressesAndSecretsComeFromTheEnvironment(String profile) {
        PropertySource<?> source = load(profile);
        for (String name : propertyNames(profile)) {
            String value = String.valueOf(source.getProperty(name));
            if (name.matches(".*(address|url|uri|secret|password|username|client-id|cluster-id|region|port)$")) {
                assertThat(value).as("application-%s.yml %s", profile, name).matches("\\$\\{[A-Z][A-Z0-9_]*(:[^}]*)?}");
            }
            if (name.matches(".*(secret|password)$")) {
                assertThat(value).as("application-%s.yml %s: a secret has no default", profile, name)
                    .doesNotContain(":");
            }
        }
    }

    @Test
    void localDefaultsToTheLocalPlatformsAddresses() {
        StandardEnvironment environment = environment("local", Map.of("SPRING_DATASOURCE_PASSWORD", "local-password"));
        CamundaClientProperties client = camundaClient(environment);

        assertThat(client.getMode()).isEqualTo(ClientMode.selfManaged);
        assertThat(client.getGrpcAddress()).isEqualTo(URI.create("http://localhost:26500"));
        assertThat(client.getRestAddress()).isEqualTo(URI.create("http://localhost:8088"));
        assertThat(client.getPreferRestOverGrpc()).isFalse();
        assertThat(client.getAuth().getMethod()).isEqualTo(AuthMethod.none);
        assertThat(client.getWorker().getDefaults().getStreamEnabled()).isTrue();
        assertThat(environment.getProperty("server.port")).as("Operate and Tasklist use 8080").isEqualTo("8090");
        assertThat(environment.getProperty("spring.datasource.url"))
            .isEqualTo("jdbc:postgresql://localhost:5433/scaffold");
        assertThat(environment.getProperty("scaffold.runtime")).isEqualTo("cluster");
    }

    @Test
    void selfManagedTakesTheClusterAndCredentialsFromTheEnvironment() {
        StandardEnvironment environment = environment("self-managed",
                Map.of("SPRING_DATASOURCE_URL", "jdbc:postgresql://db:5432/scaffold", "SPRING_DATASOURCE_USERNAME",
                        "scaffold", "SPRING_DATASOURCE_PASSWORD", "db-secret", "CAMUNDA_CLIENT_GRPCADDRESS",
                        "http://orchestration:26500", "CAMUNDA_CLIENT_RESTADDRESS", "http://orchestration:8080",
                        "CAMUNDA_CLIENT_AUTH_CLIENTSECRET", "client-secret", "CAMUNDA_CLIENT_AUTH_TOKENURL",
                        "http://keycloak:8080/realms/scaffold/protocol/openid-connect/token",
                        "CAMUNDA_CLIENT_WORKER_DEFAULTS_MAXJOBSACTIVE", "16"));
        CamundaClientProperties client = camundaClient(environment);

        assertThat(client.getGrpcAddress()).isEqualTo(URI.create("http://orchestration:26500"));
        assertThat(client.getAuth().getMethod()).isEqualTo(AuthMethod.oidc);
        assertThat(client.getAuth().getClientId()).isEqualTo("scaffold-orchestrator");
        assertThat(client.getAuth().getClientSecret()).isEqualTo("client-secret");
        assertThat(client.getAuth().getAudience()).isEqualTo("orchestration-api");
        assertThat(client.getWorker().getDefaults().getMaxJobsActive()).isEqualTo(16);
        assertThat(environment.getProperty("spring.datasource.password")).isEqualTo("db-secret");
    }

    @Test
    void selfManagedWithoutTheClientSecretStopsNamingTheVariable() {
        StandardEnvironment environment = environment("self-managed", Map.of());

        assertThatThrownBy(() -> environment.getProperty("camunda.client.auth.client-secret"))
            .isInstanceOf(IllegalArgumentException.class)
            .hasMessageContaining("CAMUNDA_CLIENT_AUTH_CLIENTSECRET");
    }

    @Test
    void saasNeedsTheClusterIdRegionAndClientCredentials() {
        StandardEnvironment environment = environment("saas",
                Map.of("SPRING_DATASOURCE_URL", "jdbc:postgresql://db:5432/scaffold", "SPRING_DATASOURCE_USERNAME",
                        "scaffold", "SPRING_DATASOURCE_PASSWORD", "db-secret", "CAMUNDA_CLIENT_AUTH_CLIENTID",
                        "console-client", "CAMUNDA_CLIENT_AUTH_CLIENTSECRET", "console-secret",
                        "CAMUNDA_CLIENT_CLOUD_CLUSTERID", "0c4a9e2f-cluster", "CAMUNDA_CLIENT_CLOUD_REGION", "bru-2"));
        CamundaClientProperties client = camundaClient(environment);

        assertThat(client.getMode()).isEqualTo(ClientMode.saas);
        assertThat(client.getCloud().getClusterId()).isEqualTo("0c4a9e2f-cluster");
        assertThat(client.getCloud().getRegion()).isEqualTo("bru-2");
        assertThat(client.getAuth().getClientId()).isEqualTo("console-client");
        assertThat(client.getAuth().getClientSecret()).isEqualTo("console-secret");
        assertThatThrownBy(() -> environment("saas", Map.of()).getProperty("camunda.client.cloud.cluster-id"))
            .hasMessageContaining("CAMUNDA_CLIENT_CLOUD_CLUSTERID");
    }

    /**
     * Only the given variables: nothing of the machine's own environment leaks into the
     * test.
     */
    private static StandardEnvironment environment(String profile, Map<String, Object> variables) {
        StandardEnvironment environment = new StandardEnvironment();
        MutablePropertySources sources = environment.getPropertySources();
        sources.remove(StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME);
        sources.remove(StandardEnvironment.SYSTEM_PROPERTIES_PROPERTY_SOURCE_NAME);
        sources.addFirst(new MapPropertySource("environment", variables));
        sources.addLast(load(profile));
        return environment;
    }

    private static CamundaClientProperties camundaClient(StandardEnvironment environment) {
        return Binder.get(environment)
            .bind("camunda.client", CamundaClientProperties.class)
            .orElseThrow(() -> new AssertionError("no camunda.client properties"));
    }

    private static List<String> propertyNames(String profile) {
        return List.of(((EnumerablePropertySource<?>) load(profile)).getPropertyNames());
    }

    private static PropertySource<?> load(String profile) {
        assertThat(PROFILES).contains(profile);
        String file = "application-" + profile + ".yml";
        try {
            List<PropertySource<?>> documents = new YamlPropertySourceLoader().load(file, new ClassPathResource(file));
            assertThat(documents).as("%s has exactly one YAML document", file).hasSize(1);
            return documents.getFirst();
        }
        catch (IOException e) {
            throw new AssertionError("cannot read " + file + " from the classpath", e);
        }
    }

}
