package io.scaffold.orchestrator.generation;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.scaffold.orchestrator.domain.DomainModel;
import io.scaffold.orchestrator.localplatform.KeycloakTokens;
import io.scaffold.orchestrator.localplatform.LocalPlatform;
import io.scaffold.orchestrator.localplatform.WithLocalPlatform;
import io.scaffold.orchestrator.spec.SpecOptions;
import io.scaffold.orchestrator.spec.SpecReader;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.springframework.security.oauth2.core.DelegatingOAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2TokenValidatorResult;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtValidators;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;

/**
 * The Keycloak realm a secured project ships ({@code keycloak/realm.json}) imported into
 * a real Keycloak 26 (the local platform's, through the admin REST API under a unique
 * realm name, deleted afterwards): each demo user gets a token from the public local
 * client, and that token passes the checks the generated application's configuration
 * makes (signature from the issuer's keys, issuer, the audience of its
 * {@code application.yml}) and carries the realm roles its converter reads
 * ({@code realm_access.roles}).
 */
@WithLocalPlatform("keycloak")
class GeneratedKeycloakRealmTest {

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private static final ObjectMapper JSON = new ObjectMapper();

    private static final Pattern AUDIENCE = Pattern.compile("audiences: \\$\\{OAUTH2_AUDIENCE:([^}]+)}");

    @Test
    void demoUsersOfTheGeneratedRealmGetTokensTheApplicationAccepts() throws Exception {
        DomainModel model = new SpecReader().read(Path.of("../shared/corpus/jhipster-jdl-samples/bug-tracker.jdl"),
                SpecOptions.DEFAULTS);
        Map<String, GeneratedFile> files = Phases.byPath(Phases.generateAll(model));
        ObjectNode realm = (ObjectNode) JSON.readTree(files.get(ProjectLayout.KEYCLOAK_REALM).content());
        Matcher audience = AUDIENCE.matcher(files.get(ProjectLayout.APPLICATION_CONFIG).content());
        assertThat(audience.find()).as("application.yml names the audience").isTrue();
        String client = realm.path("clients").path(0).path("clientId").asText();
        assertThat(realm.path("realm").asText()).isEqualTo("bug_tracker");
        assertThat(files.get(ProjectLayout.APPLICATION_CONFIG).content())
            .contains("issuer-uri: ${OAUTH2_ISSUER_URI:http://localhost:8180/realms/bug_tracker}");

        String name = "bug_tracker_" + UUID.randomUUID().toString().substring(0, 8);
        realm.put("realm", name);
        String issuer = LocalPlatform.keycloakIssuer().replaceFirst("/realms/.*$", "/realms/" + name);
        String admin = KeycloakTokens.masterRealmAdmin();
        HttpResponse<String> created = HTTP
            .send(HttpRequest.newBuilder(URI.create(issuer.replace("/realms/" + name, "/admin/realms")))
                .header("Authorization", "Bearer " + admin)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(realm)))
                .build(), HttpResponse.BodyHandlers.ofString());
        assertThat(created.statusCode()).as("realm import: %s", created.body()).isEqualTo(201);
        try {
            NimbusJwtDecoder decoder = NimbusJwtDecoder.withIssuerLocation(issuer).build();
            decoder.setJwtValidator(new DelegatingOAuth2TokenValidator<>(JwtValidators.createDefaultWithIssuer(issuer),
                    audience(audience.group(1))));
            Map<String, List<String>> roles = Map.of("user", List.of("user"), "admin", List.of("user", "admin"));
            for (JsonNode user : realm.path("users")) {
                String username = user.path("username").asText();
                String password = user.path("credentials").path(0).path("value").asText();
                Jwt token = decoder.decode(passwordGrant(issuer, client, username, password));

                assertThat(token.getClaimAsString("preferred_username")).isEqualTo(username);
                assertThat(token.getSubject()).isNotBlank();
                @SuppressWarnings("unchecked")
                List<String> realmRoles = (List<String>) token.getClaimAsMap("realm_access").get("roles");
                assertThat(realmRoles).as("%s's realm roles", username).containsAll(roles.get(username));
                if (!roles.get(username).contains("admin")) {
                    assertThat(realmRoles).doesNotContain("admin");
                }
            }
            assertThat(realm.path("users")).hasSize(roles.size());
        }
        finally {
            HTTP.send(HttpRequest.newBuilder(URI.create(issuer.replace("/realms/" + name, "/admin/realms/" + name)))
                .header("Authorization", "Bearer " + admin)
                .DELETE()
                .build(), HttpResponse.BodyHandlers.ofString());
        }
    }

    private static OAuth2TokenValidator<Jwt> audience(String audience) {
        return jwt -> jwt.getAudience() != null && jwt.getAudience().contains(audience)
                ? OAuth2TokenValidatorResult.success()
                : OAuth2TokenValidatorResult.failure(new OAuth2Error("invalid_token", "not for " + audience, null));
    }

    private static String passwordGrant(String issuer, String client, String username, String password)
            throws IOException, InterruptedException {
        String form = Map.of("grant_type", "password", "client_id", client, "username", username, "password", password)
            .entrySet()
            .stream()
            .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
            .collect(Collectors.joining("&"));
        HttpResponse<String> response = HTTP
            .send(HttpRequest.newBuilder(URI.create(issuer + "/protocol/openid-connect/token"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form))
                .build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as("token of %s: %s", username, response.body()).isEqualTo(200);
        return JSON.readTree(response.body()).path("access_token").asText();
    }

}
