package io.scaffold.orchestrator.deployment;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import io.scaffold.orchestrator.security.CurrentUser;
import io.scaffold.orchestrator.security.Permissions;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * The realm file Keycloak imports (keycloak/scaffold-realm.json). A real Keycloak 26
 * import is too slow for this suite (about a minute); these checks keep the file's
 * contract: roles, clients, claims, no secrets.
 */
class KeycloakRealmTest {

    private static final List<String> ROLES = List.of("admin", "process-manager", "developer", "viewer");

    /** The role of Prometheus's service account: only the metrics. */
    private static final String METRICS_ROLE = "metrics-reader";

    /** The demo user without organisation, whose token the API refuses (403). */
    private static final String USER_WITHOUT_ORGANIZATION = "nora";

    private static final Pattern QUOTED = Pattern.compile("\"([^\"]+)\"");

    private static JsonNode realm;

    @BeforeAll
    static void parse() throws IOException {
        realm = new ObjectMapper().readTree(CiTools.PROJECT.resolve("keycloak/scaffold-realm.json").toFile());
    }

    @Test
    void theRealmHasTheFourApplicationRoles() {
        assertThat(realm.path("realm").asText()).isEqualTo("scaffold");
        List<String> expected = new ArrayList<>(ROLES);
        expected.add(METRICS_ROLE);
        assertThat(texts(realm.path("roles").path("realm"), "name")).containsExactlyInAnyOrderElementsOf(expected);
    }

    /**
     * The approver and escalation groups of dmn/gate-policy.dmn are the realm's groups,
     * each with a demo user who may answer over the API, and the groups the Camunda Helm
     * values authorise in Tasklist.
     */
    @Test
    void theGatePolicysGroupsAreTheRealmsGroupsAndTheHelmValuesGroups() throws Exception {
        Set<String> policyGroups = gatePolicyGroups();
        assertThat(policyGroups).contains("enterprise-architect", "process-manager", "admin");

        assertThat(new TreeSet<>(texts(realm.path("groups"), "name"))).isEqualTo(policyGroups);
        Map<String, List<String>> members = new TreeMap<>();
        for (JsonNode user : realm.path("users")) {
            for (JsonNode group : user.path("groups")) {
                members.computeIfAbsent(group.asText().replaceFirst("^/", ""), g -> new ArrayList<>())
                    .add(user.path("username").asText());
                assertThat(Permissions.of(texts(user.path("realmRoles"))))
                    .as("%s may answer approvals over the API", user.path("username").asText())
                    .contains("process:update");
            }
        }
        assertThat(members.keySet()).as("a demo user in every group").isEqualTo(policyGroups);
        JsonNode groupsMapper = mapper(client("scaffold-cli"), "oidc-group-membership-mapper").path("config");
        assertThat(groupsMapper.path("claim.name").asText()).isEqualTo(CurrentUser.GROUPS_CLAIM);
        assertThat(groupsMapper.path("full.path").asText()).as("group names without a leading /").isEqualTo("false");
        assertThat(groupsMapper.path("access.token.claim").asText()).isEqualTo("true");
        assertThat(mapper(client("orchestration"), "oidc-group-membership-mapper").path("config")
            .path("claim.name")
            .asText()).as("Tasklist reads the same claim").isEqualTo(CurrentUser.GROUPS_CLAIM);

        JsonNode helm = new YAMLMapper().readTree(CiTools.PROJECT.resolve("k8s/camunda-values.yaml").toFile());
        JsonNode security = helm.path("orchestration").path("security");
        assertThat(security.path("authentication").path("oidc").path("groupsClaim").asText())
            .isEqualTo(CurrentUser.GROUPS_CLAIM);
        Set<String> helmGroups = new TreeSet<>();
        for (JsonNode authorization : security.path("initialization").path("authorizations")) {
            if (authorization.path("ownerType").asText().equals("GROUP")) {
                helmGroups.add(authorization.path("ownerId").asText());
            }
        }
        assertThat(helmGroups).isEqualTo(policyGroups);
    }

    /**
     * Every group named in an approverGroups or escalationGroups output of the policy.
     */
    private static Set<String> gatePolicyGroups() throws Exception {
        Document dmn = DocumentBuilderFactory.newInstance()
            .newDocumentBuilder()
            .parse(CiTools.PROJECT.resolve("dmn/gate-policy.dmn").toFile());
        NodeList entries = dmn.getElementsByTagName("outputEntry");
        Set<String> groups = new TreeSet<>();
        for (int i = 0; i < entries.getLength(); i++) {
            Element entry = (Element) entries.item(i);
            String id = entry.getAttribute("id");
            if (id.endsWith("-approvers") || id.endsWith("-escalation")) {
                Matcher quoted = QUOTED.matcher(entry.getTextContent());
                while (quoted.find()) {
                    groups.add(quoted.group(1));
                }
            }
        }
        return groups;
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

    @Test
    void theConsoleLogsInThroughAPublicClientWithPkceForLocalhostAndTheKubernetesHost() throws IOException {
        JsonNode console = client("scaffold-console");
        assertThat(console.path("publicClient").asBoolean()).as("a page keeps no secret").isTrue();
        assertThat(console.path("standardFlowEnabled").asBoolean()).as("authorization code").isTrue();
        assertThat(console.path("implicitFlowEnabled").asBoolean()).isFalse();
        assertThat(console.path("directAccessGrantsEnabled").asBoolean()).as("no password grant").isFalse();
        assertThat(console.path("serviceAccountsEnabled").asBoolean()).isFalse();
        assertThat(console.path("attributes").path("pkce.code.challenge.method").asText()).isEqualTo("S256");

        JsonNode application = new YAMLMapper()
            .readTree(CiTools.PROJECT.resolve("src/main/resources/application.yml").toFile())
            .path("scaffold");
        assertThat(application.path("console").path("oidc").path("client-id").asText())
            .as("the client id the console is configured with")
            .contains(":scaffold-console}");
        String kubernetesHost = literal("k8s/base/kustomization.yaml", "SCAFFOLD_PUBLIC_URL");
        assertThat(texts(console.path("redirectUris"))).contains("http://localhost:8080/*", "http://127.0.0.1:*",
                kubernetesHost + "/*");
        assertThat(texts(console.path("webOrigins"))).containsExactly("+");

        assertThat(mapper(console, "oidc-audience-mapper").path("config").path("included.custom.audience").asText())
            .as("the audience the API checks (scaffold.security.audience)")
            .isEqualTo("scaffold-api")
            .isEqualTo(application.path("security").path("audience").asText().replaceAll(".*:(.*)}", "$1"));
        assertThat(mapper(console, "oidc-group-membership-mapper").path("config").path("claim.name").asText())
            .as("approvals and questions match the caller's groups")
            .isEqualTo("groups");
        assertThat(mapper(console, "oidc-usermodel-attribute-mapper").path("config").path("claim.name").asText())
            .as("organisation isolation")
            .isEqualTo("organization");
    }

    /** The value of a configMapGenerator literal of a kustomization file. */
    private static String literal(String kustomization, String name) throws IOException {
        for (JsonNode generator : new YAMLMapper().readTree(CiTools.PROJECT.resolve(kustomization).toFile())
            .path("configMapGenerator")) {
            for (JsonNode literal : generator.path("literals")) {
                if (literal.asText().startsWith(name + "=")) {
                    return literal.asText().substring(name.length() + 1);
                }
            }
        }
        throw new AssertionError(kustomization + " sets no " + name);
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
