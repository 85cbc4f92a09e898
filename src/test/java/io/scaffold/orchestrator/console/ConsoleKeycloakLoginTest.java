package io.scaffold.orchestrator.console;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.scaffold.orchestrator.ScaffoldTestContext;
import io.scaffold.orchestrator.localplatform.KeycloakTokens;
import io.scaffold.orchestrator.localplatform.LocalPlatform;
import io.scaffold.orchestrator.localplatform.WithLocalPlatform;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.web.client.RestClient;

/**
 * The console with security on, in Debian's headless Chromium: the page sends the browser
 * to the real Keycloak of the local platform (realm {@code scaffold}, public client
 * {@code scaffold-console}, authorization code with PKCE), a demo user logs in on
 * Keycloak's own login page, and the runs list shows the runs of the user's organisation
 * and no other; logging out leads back to Keycloak.
 */
@WithLocalPlatform("keycloak")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "scaffold.security.enabled=true")
@ActiveProfiles("test")
class ConsoleKeycloakLoginTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private static ChromiumBrowser browser;

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        ScaffoldTestContext.properties(registry);
        registry.add("spring.security.oauth2.resourceserver.jwt.issuer-uri", LocalPlatform::keycloakIssuer);
    }

    @LocalServerPort
    int port;

    @BeforeAll
    static void chromium() {
        assumeTrue(ChromiumBrowser.unavailable().isEmpty(), () -> ChromiumBrowser.unavailable().orElseThrow());
        browser = ChromiumBrowser.launch(Path.of("").toAbsolutePath(), Duration.ofSeconds(30),
                ConsoleBrowserTest.OUTPUT.resolve("keycloak-driver.log"));
    }

    @AfterAll
    static void closeChromium() {
        if (browser != null) {
            browser.close();
        }
    }

    /** The page as the test left it, passed or failed. */
    @AfterEach
    void lastScreenshot() {
        browser.screenshot(ConsoleBrowserTest.OUTPUT.resolve("keycloak-last.png"));
    }

    @Test
    void aDemoUserLogsInAtKeycloakAndSeesTheRunsOfTheirOrganisationOnly() throws IOException {
        String acmeRun = startRun("dev"); // developer of acme
        String globexRun = startRun("gina"); // developer of globex

        String console = "http://127.0.0.1:" + port;
        allowOrigin(console);
        browser.navigate(console + "/#/");
        // Keycloak's own login page
        browser.waitForVisible("input#username", Duration.ofSeconds(30));
        assertThat(browser.url()).startsWith(LocalPlatform.keycloakIssuer() + "/protocol/openid-connect/auth")
            .contains("client_id=scaffold-console", "code_challenge_method=S256");
        browser.fill("input#username", "vic"); // viewer of acme
        browser.fill("input#password", LocalPlatform.demoPassword());
        browser.screenshot(ConsoleBrowserTest.OUTPUT.resolve("keycloak-login.png"));
        browser.click("#kc-login");
        browser.waitForVisible("[data-testid=\"user-name\"]", Duration.ofSeconds(30));
        assertThat(browser.pageErrors()).as("errors in the page after the login").isEmpty();

        browser.waitForVisible("[data-testid=\"run-row\"][data-run-id=\"" + acmeRun + "\"]", Duration.ofSeconds(30));
        assertThat(browser.text("[data-testid=\"user-name\"]")).contains("vic");
        assertThat(browser.url()).startsWith("http://127.0.0.1:" + port + "/").doesNotContain("code=");
        assertThat(browser.attributes("[data-testid=\"run-row\"]", "data-run-id")).as("runs of acme only")
            .contains(acmeRun)
            .doesNotContain(globexRun);
        browser.screenshot(ConsoleBrowserTest.OUTPUT.resolve("keycloak-runs-of-vic.png"));
        browser.click("[data-testid=\"logout\"]");
        browser.waitForVisible("input#username", Duration.ofSeconds(30));
    }

    /**
     * The realm lets the console's token requests come from the hosts it lists (localhost
     * and the Kubernetes host); a console on another origin, here this test's random
     * port, is added by an administrator, as a deployment on another host would be.
     */
    private static void allowOrigin(String origin) throws IOException {
        String realm = LocalPlatform.keycloakIssuer().replace("/realms/", "/admin/realms/");
        RestClient admin = RestClient.builder()
            .baseUrl(realm)
            .defaultHeader(HttpHeaders.AUTHORIZATION, "Bearer " + KeycloakTokens.masterRealmAdmin())
            .build();
        ObjectNode client = (ObjectNode) JSON
            .readTree(admin.get().uri("/clients?clientId=scaffold-console").retrieve().body(String.class))
            .get(0);
        ArrayNode origins = client.withArray("webOrigins");
        origins.add(origin);
        admin.put()
            .uri("/clients/{id}", client.path("id").asText())
            .contentType(MediaType.APPLICATION_JSON)
            .body(client.toString())
            .retrieve()
            .toBodilessEntity();
    }

    private String startRun(String user) throws IOException {
        String created = RestClient.create("http://127.0.0.1:" + port)
            .post()
            .uri("/api/v1/processes")
            .header(HttpHeaders.AUTHORIZATION, "Bearer " + KeycloakTokens.scaffoldUser(user))
            .contentType(MediaType.APPLICATION_JSON)
            .body(Map.of("specFileName", "library.jdl", "specContent", "entity Book { title String required }\n",
                    "automationLevel", "manual"))
            .retrieve()
            .body(String.class);
        JsonNode run = JSON.readTree(created);
        return run.path("id").asText();
    }

}
