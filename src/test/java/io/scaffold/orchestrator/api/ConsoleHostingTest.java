package io.scaffold.orchestrator.api;

import static org.assertj.core.api.Assertions.assertThat;

import io.scaffold.orchestrator.ScaffoldTestContext;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The console's bundle served at {@code /}, here a stand-in bundle from
 * src/test/resources/console-stand-in (the real one is built by npm and esbuild into
 * classpath:/static/): index.html revalidated on every load, hashed assets cached for a
 * year, no inline script allowed, and the API where it was.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "spring.web.resources.static-locations=classpath:/console-stand-in/")
@ActiveProfiles("test")
class ConsoleHostingTest {

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        ScaffoldTestContext.properties(registry);
    }

    @LocalServerPort
    int port;

    @Test
    void slashIsTheBundlesIndexRevalidatedOnEveryLoadWithAPolicyThatAllowsNoInlineScript() throws Exception {
        for (String page : new String[] { "/", "/index.html" }) {
            HttpResponse<String> index = get(page);
            assertThat(index.statusCode()).as(page).isEqualTo(200);
            assertThat(index.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/html");
            assertThat(index.body()).contains("<title>Scaffold Orchestrator (test stand-in)</title>",
                    "src=\"assets/main-TESTHASH.js\"");
            assertThat(index.headers().firstValue("Cache-Control").orElseThrow()).isEqualTo("no-cache");
            String policy = index.headers().firstValue("Content-Security-Policy").orElseThrow();
            assertThat(policy).contains("script-src 'self';", "frame-ancestors 'none'", "object-src 'none'");
        }
    }

    @Test
    void hashedAssetsAreCachedForAYear() throws Exception {
        HttpResponse<String> script = get("/assets/main-TESTHASH.js");
        assertThat(script.statusCode()).isEqualTo(200);
        assertThat(script.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/javascript");
        assertThat(script.body()).contains("stand-in");
        assertThat(script.headers().firstValue("Cache-Control").orElseThrow()).contains("max-age=31536000", "public",
                "immutable");
        assertThat(get("/assets/missing-0000.js").statusCode()).isEqualTo(404);
    }

    @Test
    void theApiKeepsItsPaths() throws Exception {
        HttpResponse<String> runs = get("/api/v1/processes");
        assertThat(runs.statusCode()).isEqualTo(200);
        assertThat(runs.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/json");
        assertThat(runs.body()).contains("\"items\"");
    }

    private HttpResponse<String> get(String path) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

}
