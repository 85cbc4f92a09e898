package io.scaffold.orchestrator.localplatform;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Access tokens from the real Keycloak, obtained as the CLI does: the password grant of a
 * public client.
 */
public final class KeycloakTokens {

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private static final ObjectMapper JSON = new ObjectMapper();

    private KeycloakTokens() {
    }

    /** A token of the scaffold realm's user, through the {@code scaffold-cli} client. */
    public static String scaffoldUser(String username) {
        return passwordGrant(LocalPlatform.keycloakIssuer(), "scaffold-cli", username, LocalPlatform.demoPassword());
    }

    /**
     * A genuine token from Keycloak's master realm: valid, but issued by a realm the
     * application does not trust.
     */
    public static String masterRealmAdmin() {
        return passwordGrant(LocalPlatform.masterRealmIssuer(), "admin-cli", "admin", "admin");
    }

    /**
     * A genuine token of the scaffold realm issued to the application's own confidential
     * client (client credentials): valid, but for the Camunda API's audience, not for the
     * application's.
     */
    public static String orchestratorServiceAccount() {
        return grant(LocalPlatform.keycloakIssuer(), "scaffold-orchestrator", Map.of("grant_type", "client_credentials",
                "client_id", "scaffold-orchestrator", "client_secret", LocalPlatform.clientSecret()));
    }

    /**
     * A token of the scaffold realm's metrics client, fetched as Prometheus does: client
     * credentials.
     */
    public static String metricsServiceAccount() {
        return grant(LocalPlatform.keycloakIssuer(), "scaffold-metrics", Map.of("grant_type", "client_credentials",
                "client_id", "scaffold-metrics", "client_secret", LocalPlatform.metricsClientSecret()));
    }

    private static String passwordGrant(String issuer, String clientId, String username, String password) {
        return grant(issuer, username,
                Map.of("grant_type", "password", "client_id", clientId, "username", username, "password", password));
    }

    private static String grant(String issuer, String username, Map<String, String> parameters) {
        String form = parameters.entrySet()
            .stream()
            .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
            .collect(Collectors.joining("&"));
        HttpRequest request = HttpRequest.newBuilder(URI.create(issuer + "/protocol/openid-connect/token"))
            .header("Content-Type", "application/x-www-form-urlencoded")
            .POST(HttpRequest.BodyPublishers.ofString(form))
            .build();
        try {
            HttpResponse<String> response = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                throw new IllegalStateException("Keycloak refused a token for " + username + " at " + issuer + ": "
                        + response.statusCode() + " " + response.body());
            }
            JsonNode body = JSON.readTree(response.body());
            return body.get("access_token").asText();
        }
        catch (IOException e) {
            throw new IllegalStateException("Keycloak at " + issuer + " is not reachable: " + e.getMessage(), e);
        }
        catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while asking Keycloak for a token", e);
        }
    }

}
