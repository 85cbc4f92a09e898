package io.scaffold.orchestrator.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.scaffold.orchestrator.ScaffoldTestContext;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * With security on, the console's page and its configuration load without a token (the
 * page then logs in at the issuer the configuration names), every API path still needs
 * one, the live stream included, and the page may talk to the issuer.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = { "scaffold.security.enabled=true",
                "spring.security.oauth2.resourceserver.jwt.issuer-uri=" + ConsoleLoginTest.ISSUER,
                "spring.web.resources.static-locations=classpath:/console-stand-in/" })
@ActiveProfiles("test")
class ConsoleLoginTest {

    /** Never contacted: no request here carries a token to check. */
    static final String ISSUER = "http://127.0.0.1:9/realms/scaffold";

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        ScaffoldTestContext.properties(registry);
    }

    @LocalServerPort
    int port;

    @Test
    void thePageAndItsConfigurationLoadWithoutATokenTheApiDoesNot() throws Exception {
        HttpResponse<String> index = get("/");
        assertThat(index.statusCode()).isEqualTo(200);
        assertThat(index.body()).contains("test stand-in");
        assertThat(index.headers().firstValue("Content-Security-Policy").orElseThrow())
            .contains("connect-src 'self' http://127.0.0.1:9;", "form-action 'self' http://127.0.0.1:9;");
        assertThat(get("/assets/main-TESTHASH.js").statusCode()).isEqualTo(200);

        HttpResponse<String> config = get("/api/v1/console/config");
        assertThat(config.statusCode()).isEqualTo(200);
        JsonNode body = new ObjectMapper().readTree(config.body());
        assertThat(body.path("securityEnabled").asBoolean()).isTrue();
        assertThat(body.path("oidc").path("issuer").asText()).isEqualTo(ISSUER);
        assertThat(body.path("oidc").path("clientId").asText()).isEqualTo("scaffold-console");
        assertThat(body.path("oidc").path("scopes").asText()).isEqualTo("openid profile");

        String run = "/api/v1/processes/" + UUID.randomUUID();
        for (String api : new String[] { "/api/v1/processes", run, run + "/stream", run + "/diagram",
                "/api/v1/models/scaffold", "/api/v1/forms/gate-approval" }) {
            assertThat(get(api).statusCode()).as(api).isEqualTo(401);
        }
    }

    private HttpResponse<String> get(String path) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

}
