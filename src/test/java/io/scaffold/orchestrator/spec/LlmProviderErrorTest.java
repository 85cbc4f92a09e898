package io.scaffold.orchestrator.spec;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

/**
 * Issue 7, why 7: a provider that fails is a clear error, and what it said is redacted in
 * the error and the log. The analyser is built by {@link LlmConfiguration} as the
 * application builds it, against a real local HTTP server that answers 401 with the API
 * key echoed in its body, as some providers do.
 */
@ExtendWith(OutputCaptureExtension.class)
class LlmProviderErrorTest {

    static final String KEY = "sk-live-4f9a1c2e8b7d6a5f3e2d1c0b";

    final List<String> authorizations = new ArrayList<>();

    HttpServer server;

    RequirementsAnalyzer analyzer;

    @BeforeEach
    void echoingProvider() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/v1/chat/completions", exchange -> {
            String authorization = exchange.getRequestHeaders().getFirst("Authorization");
            authorizations.add(authorization);
            byte[] body = ("{\"error\": {\"message\": \"Incorrect API key provided: " + KEY + ". Header was '"
                    + authorization + "'. " + "x".repeat(5_000) + "\", \"type\": \"invalid_request_error\"}}")
                .getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(401, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        server.start();
        analyzer = new LlmConfiguration().llmRequirementsAnalyzer(
                new LlmProperties(true, "http://127.0.0.1:" + server.getAddress().getPort(), KEY, "test-model"));
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    @Test
    void aRejectedKeyIsAClearSpecErrorWithoutTheKey(CapturedOutput output) {
        assertThatThrownBy(() -> analyzer.analyze(LlmRequirementsAnalyzerTest.REQUIREMENTS, "plants.md"))
            .isInstanceOf(SpecException.class)
            .hasMessageStartingWith("plants.md: the language model test-model could not analyse the requirements: 401")
            .hasMessageContaining("Incorrect API key provided: [redacted]")
            .hasMessageContaining("Bearer [redacted]")
            .hasMessageContaining("how to fix")
            .satisfies(e -> {
                assertThat(e.getMessage()).doesNotContain(KEY).doesNotContain("4f9a1c2e");
                assertThat(((SpecException) e).problem()).hasSizeLessThan(500);
            });
        assertThat(authorizations).containsExactly("Bearer " + KEY);
        assertThat(output.getAll()).contains("test-model failed").doesNotContain("4f9a1c2e");
    }

    @Test
    void redactionRemovesTheKeyTokensAndKeyShapedWordsAndCapsTheLength() {
        assertThat(LlmRequirementsAnalyzer.redact(
                "key abc123 rejected; Authorization: bearer eyJhbGciOi.x-y_z " + "other sk-0123456789abcdef\n",
                "abc123"))
            .isEqualTo("key [redacted] rejected; Authorization: Bearer [redacted] other [redacted]");
        assertThat(LlmRequirementsAnalyzer.redact("y".repeat(10_000), KEY))
            .hasSize(LlmRequirementsAnalyzer.MAX_ERROR_LENGTH);
        assertThat(LlmRequirementsAnalyzer.redact(null, KEY)).isEqualTo("no reason given");
    }

}
