package io.scaffold.orchestrator.deployment;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.scaffold.orchestrator.security.Permissions;
import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The realm file Keycloak imports (keycloak/scaffold-realm.json). A real Keycloak 26
 * import is too slow for this suite (about a minute); these checks keep the file's
 * contract: roles, clients, claims, no secrets.
 */
class KeycloakRealmTest {

    private static final List<String> ROLES = List.of("admin", "process-manager", "developer", "viewer");

    /**
     * The approver groups of dmn/gate-policy.dmn: approving a gate needs one of the
     * gate's (or admin).
     */
    private static final List<String> APPROVER_ROLES = List.of("enterprise-architect", "domain-expert",
            "data-architect", "api-architect", "tech-lead", "qa-lead", "release-manager");

    /** The role of Prometheus's service account: only the metrics. */
    private static final String METRICS_ROLE = "metrics-reader";

    /** The demo user without organisation, whose token the API refuses (403). */
    private static final String USER_WITHOUT_ORGANIZATION = "nora";

    private static JsonNode realm;

    @BeforeAll
    static void parse() throws IOException {
        realm = new ObjectMapper().readTree(CiTools.PROJECT.resolve("keycloak/scaffold-realm.json").toFile());
    }

    @Test
    void theRealmHasTheFourApplicationRolesAndTheGatePolicysApproverGroups() throws IOException {
        assertThat(realm.path("realm").asText()).isEqualTo("scaffold");
        List<String> expected = new ArrayList<>(ROLES);
        expected.addAll(APPROVER_ROLES);
        expected.add(METRICS_ROLE);
        assertThat(texts(realm.path("roles").path("realm"), "name")).containsExactlyInAnyOrderElementsOf(expected);
        String policy = Files.readString(CiTools.PROJECT.resolve("dmn/gate-policy.dmn"));
        APPROVER_ROLES
            .forEach(role -> assertThat(policy).as("gate-policy.dmn names %s", role).contains('"' + role + '"'));
    }

    @Test
    void everyDemoUserHasOneApplicationRoleAndAnOrganization() throws IOException {
        List<String> rolesWithUsers = new ArrayList<>();
        for (JsonNode user : realm.path("users")) {
            String username = user.path("username").asText();
            if (user.has("serviceAccountClientId")) {
                continue; // a client's identity, not a person (see the scaffold-metrics
                          // test)
            }
            if (!username.equals(USER_WITHOUT_ORGANIZATION)) {
                assertThat(user.path("attributes").path("organization").path(0).asText())
                    .as("%s's organization", username)
                    .isNotBlank();
            }
            List<String> applicationRoles = new ArrayList<>();
            user.path("realmRoles").forEach(role -> applicationRoles.add(role.asText()));
            applicationRoles.retainAll(ROLES);
            assertThat(applicationRoles).as("%s's application roles", username).hasSize(1);
            rolesWithUsers.add(applicationRoles.get(0));
        }
        assertThat(rolesWithUsers).as("a demo user per role").containsAll(ROLES);
        // Keycloak 24+ drops undeclared user attributes: the user profile must declare
        // `organization`.
        String userProfile = realm.path("components")
            .path("org.keycloak.userprofile.UserProfileProvider")
            .path(0)
            .path("config")
            .path("kc.user.profile.config")
            .path(0)
            .asText();
        assertThat(texts(new ObjectMapper().readTree(userProfile).path("attributes"), "name")).contains("organization");
    }

    @Test
    void theClientsCarryTheClaimsTheApplicationReads() {
        JsonNode cli = client("scaffold-cli");
        assertThat(cli.path("publicClient").asBoolean()).isTrue();
        assertThat(cli.path("attributes").path("pkce.code.challenge.method").asText()).isEqualTo("S256");
        assertThat(mapper(cli, "oidc-usermodel-attribute-mapper").path("config").path("claim.name").asText())
            .isEqualTo("organization");

        JsonNode workers = client("scaffold-orchestrator");
        assertThat(workers.path("publicClient").asBoolean()).isFalse();
        assertThat(workers.path("serviceAccountsEnabled").asBoolean()).isTrue();
        assertThat(workers.path("standardFlowEnabled").asBoolean()).isFalse();
        assertThat(mapper(workers, "oidc-audience-mapper").path("config").path("included.custom.audience").asText())
            .as("the audience the Orchestration Cluster accepts")
            .isEqualTo("orchestration-api");

        assertThat(client("orchestration").path("redirectUris").toString()).contains("http://localhost:8088/");
    }

    @Test
    void prometheusScrapesWithAServiceAccountThatMayReadTheMetricsOnly() {
        JsonNode metrics = client("scaffold-metrics");
        assertThat(metrics.path("publicClient").asBoolean()).isFalse();
        assertThat(metrics.path("serviceAccountsEnabled").asBoolean()).as("client credentials").isTrue();
        assertThat(metrics.path("standardFlowEnabled").asBoolean()).as("no user signs in with it").isFalse();
        assertThat(metrics.path("directAccessGrantsEnabled").asBoolean()).isFalse();
        assertThat(mapper(metrics, "oidc-audience-mapper").path("config").path("included.custom.audience").asText())
            .as("the audience the application accepts, as scaffold-cli's tokens carry it")
            .isEqualTo(mapper(client("scaffold-cli"), "oidc-audience-mapper").path("config")
                .path("included.custom.audience")
                .asText())
            .isEqualTo("scaffold-api");

        JsonNode serviceAccount = null;
        for (JsonNode user : realm.path("users")) {
            if (user.path("serviceAccountClientId").asText().equals("scaffold-metrics")) {
                serviceAccount = user;
            }
        }
        assertThat(serviceAccount).as("the service account user of scaffold-metrics").isNotNull();
        assertThat(texts(serviceAccount.path("realmRoles"))).containsExactly(METRICS_ROLE);
        assertThat(Permissions.of(texts(serviceAccount.path("realmRoles")))).containsExactly("metrics:read");
    }

    @Test
    void secretsAndPasswordsAreEnvironmentPlaceholders() {
        for (JsonNode client : realm.path("clients")) {
            if (client.has("secret")) {
                assertThat(client.path("secret").asText()).as("secret of %s", client.path("clientId").asText())
                    .matches("\\$\\{[A-Z][A-Z0-9_]*}");
            }
        }
        for (JsonNode user : realm.path("users")) {
            for (JsonNode credential : user.path("credentials")) {
                assertThat(credential.path("value").asText()).matches("\\$\\{[A-Z][A-Z0-9_]*}");
            }
        }
    }

    private static JsonNode client(String clientId) {
        for (JsonNode client : realm.path("clients")) {
            if (client.path("clientId").asText().equals(clientId)) {
                return client;
            }
        }
        throw new AssertionError("the realm has no client " + clientId);
    }

    private static JsonNode mapper(JsonNode client, String type) {
        for (JsonNode mapper : client.path("protocolMappers")) {
            if (mapper.path("protocolMapper").asText().equals(type)) {
                return mapper;
            }
        }
        throw new AssertionError(client.path("clientId").asText() + " has no " + type);
    }

    private static List<String> texts(JsonNode array) {
        List<String> texts = new ArrayList<>();
        array.forEach(element -> texts.add(element.asText()));
        return texts;
    }

    private static List<String> texts(JsonNode array, String field) {
        List<String> texts = new ArrayList<>();
        array.forEach(element -> texts.add(element.path(field).asText()));
        return texts;
    }

}
