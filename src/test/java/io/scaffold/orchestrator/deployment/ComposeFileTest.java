package io.scaffold.orchestrator.deployment;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Validates docker-compose.yml with Debian's docker-compose and checks the rules a
 * production stack needs.
 */
class ComposeFileTest {

    private static final Path COMPOSE_FILE = CiTools.PROJECT.resolve("docker-compose.yml");

    private static final Path ENV_EXAMPLE = CiTools.PROJECT.resolve(".env.example");

    private static final Pattern PINNED_IMAGE = Pattern.compile("^[^:@\\s]+(:[0-9][^:@\\s]*|@sha256:[0-9a-f]{64})$");

    private static final Pattern SECRET_NAME = Pattern.compile("PASSWORD|SECRET|API_KEY");

    @Test
    void theComposeFileIsValidWithTheExampleEnvironment() {
        JsonNode services = resolvedConfig().path("services");

        assertThat(fieldNames(services)).containsExactlyInAnyOrder("postgres", "keycloak", "elasticsearch",
                "orchestration", "scaffold");
    }

    @Test
    void everyServiceHasAHealthcheckAndAPinnedImage() {
        resolvedConfig().path("services").properties().forEach(service -> {
            JsonNode test = service.getValue().path("healthcheck").path("test");
            assertThat(test.isArray() && !test.isEmpty())
                .as("service %s needs a healthcheck with a test command", service.getKey())
                .isTrue();
            assertThat(service.getValue().path("image").asText())
                .as("service %s: pin the image to a version (never latest)", service.getKey())
                .matches(PINNED_IMAGE);
        });
    }

    @Test
    void servicesWaitForTheHealthOfWhatTheyDependOn() {
        JsonNode services = resolvedConfig().path("services");
        services.properties()
            .forEach(service -> service.getValue()
                .path("depends_on")
                .properties()
                .forEach(dependency -> assertThat(dependency.getValue().path("condition").asText())
                    .as("%s depends on %s", service.getKey(), dependency.getKey())
                    .isEqualTo("service_healthy")));

        assertThat(fieldNames(services.path("scaffold").path("depends_on"))).containsExactlyInAnyOrder("postgres",
                "keycloak", "orchestration", "elasticsearch");
        assertThat(fieldNames(services.path("orchestration").path("depends_on")))
            .containsExactlyInAnyOrder("elasticsearch", "keycloak");
    }

    @Test
    void dataLivesInNamedVolumes() {
        JsonNode config = resolvedConfig();
        Map<String, String> dataDirectories = Map.of("postgres", "/var/lib/postgresql/data", "elasticsearch",
                "/usr/share/elasticsearch/data", "orchestration", "/usr/local/camunda/data", "scaffold", "/workspace");

        dataDirectories.forEach((service,
                target) -> assertThat(
                        config.path("volumes").has(volumeSource(config.path("services").path(service), target)))
                    .as("%s keeps %s in a named volume", service, target)
                    .isTrue());
    }

    @Test
    void theApplicationRunsOnTheClusterRuntime() {
        JsonNode environment = resolvedConfig().path("services").path("scaffold").path("environment");

        assertThat(environment.path("SCAFFOLD_RUNTIME").asText()).isEqualTo("cluster");
        assertThat(environment.path("CAMUNDA_CLIENT_GRPCADDRESS").asText()).isEqualTo("http://orchestration:26500");
        assertThat(environment.path("SPRING_DATASOURCE_URL").asText())
            .isEqualTo("jdbc:postgresql://postgres:5432/scaffold");
        assertThat(environment.path("SCAFFOLD_SEARCH_ELASTICSEARCH_URIS").asText()).as("search on Elasticsearch")
            .isEqualTo("http://elasticsearch:9200");
        assertThat(environment.path("SPRING_DATASOURCE_PASSWORD").asText()).as("taken from the env file")
            .isEqualTo(exampleValue("SCAFFOLD_DB_PASSWORD"));
    }

    @Test
    void everySecretComesFromTheEnvFile() throws IOException {
        JsonNode raw = new YAMLMapper().readTree(COMPOSE_FILE.toFile());
        List<String> hardCoded = new ArrayList<>();
        raw.path("services")
            .properties()
            .forEach(service -> service.getValue().path("environment").properties().forEach(variable -> {
                if (SECRET_NAME.matcher(variable.getKey()).find() && !variable.getValue().asText().startsWith("${")) {
                    hardCoded.add(service.getKey() + "." + variable.getKey());
                }
            }));

        assertThat(hardCoded).as("secrets written into docker-compose.yml instead of ${VARIABLE} from .env").isEmpty();
        assertThat(Files.readAllLines(CiTools.PROJECT.resolve(".gitignore"))).contains(".env");
    }

    @Test
    void aMissingSecretStopsComposeWithTheVariableName(@TempDir Path directory) throws IOException {
        Path envFile = directory.resolve("incomplete.env");
        Files.writeString(envFile, Files.readString(ENV_EXAMPLE).replaceAll("(?m)^KEYCLOAK_ADMIN_PASSWORD=.*$", ""));

        CiTools.Result result = compose(envFile, COMPOSE_FILE);

        assertThat(result.exitCode()).isNotZero();
        assertThat(result.stderr()).contains("set KEYCLOAK_ADMIN_PASSWORD in .env");
    }

    @Test
    void anInvalidComposeFileIsRejected(@TempDir Path directory) throws IOException {
        Path broken = directory.resolve("docker-compose.yml");
        Files.writeString(broken, Files.readString(COMPOSE_FILE)
            .replace("      test: [\"CMD-SHELL\", \"pg_isready", "      tset: [\"CMD-SHELL\", \"pg_isready"));

        CiTools.Result result = compose(ENV_EXAMPLE, broken);

        assertThat(result.exitCode()).isNotZero();
        assertThat(result.stderr()).contains("services.postgres.healthcheck").contains("tset");
    }

    // docker-compose starts slowly (about a second): resolve the real file once for all
    // tests.
    private static JsonNode resolvedConfig;

    private static synchronized JsonNode resolvedConfig() {
        if (resolvedConfig == null) {
            resolvedConfig = resolveConfig();
        }
        return resolvedConfig;
    }

    private static JsonNode resolveConfig() {
        CiTools.Result result = compose(ENV_EXAMPLE, COMPOSE_FILE);
        assertThat(result.exitCode()).as("docker-compose config failed:%n%s", result.stderr()).isZero();
        try {
            return new YAMLMapper().readTree(result.stdout());
        }
        catch (IOException e) {
            throw new AssertionError("docker-compose config printed no YAML: " + result.stdout(), e);
        }
    }

    private static CiTools.Result compose(Path envFile, Path composeFile) {
        return CiTools.run(Duration.ofSeconds(60),
                List.of(CiTools.dockerCompose().toString(), "--project-directory", CiTools.PROJECT.toString(),
                        "--env-file", envFile.toString(), "--file", composeFile.toString(), "config"));
    }

    /** docker-compose 1.29 prints volumes in the short form SOURCE:TARGET[:MODE]. */
    private static String volumeSource(JsonNode service, String target) {
        for (JsonNode volume : service.path("volumes")) {
            String[] parts = volume.asText().split(":");
            if (parts.length >= 2 && parts[1].equals(target)) {
                return parts[0];
            }
        }
        return "<no volume at " + target + ">";
    }

    private static List<String> fieldNames(JsonNode node) {
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }

    private static String exampleValue(String variable) {
        try {
            return Files.readAllLines(ENV_EXAMPLE)
                .stream()
                .filter(line -> line.startsWith(variable + "="))
                .map(line -> line.substring(variable.length() + 1))
                .findFirst()
                .orElseThrow(() -> new AssertionError(variable + " is missing from .env.example"));
        }
        catch (IOException e) {
            throw new AssertionError(e);
        }
    }

}
