package io.scaffold.orchestrator.spec;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpServer;
import io.scaffold.orchestrator.domain.DomainModel;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.ai.openai.OpenAiChatModel;
import org.springframework.ai.openai.OpenAiChatOptions;
import org.springframework.ai.openai.api.OpenAiApi;
import org.springframework.retry.support.RetryTemplate;

/**
 * The LLM requirements analyser through Spring AI's real OpenAI client, against a local
 * HTTP server that speaks the OpenAI chat completions API (a hosted model cannot be
 * reached from here).
 */
class LlmRequirementsAnalyzerTest {

    static final String REQUIREMENTS = """
            # Plant shop
            Customers order plants. Each plant has a name and a price.
            """;
    static final String VALID = """
            {"application": {"name": "plant-shop", "basePackage": "com.example.plants"},
             "objectives": ["Customers can order plants online"],
             "entities": {
               "Plant": {"fields": {"name": {"type": "String", "required": true},
                                    "price": {"type": "BigDecimal", "required": true, "min": 0}}},
               "Customer": {"fields": {"email": {"type": "String", "required": true, "unique": true}}},
               "PlantOrder": {"fields": {"placedOn": {"type": "LocalDate", "required": true}}}},
             "relationships": [{"kind": "ManyToOne", "from": "PlantOrder", "to": "Customer", "required": true},
                               {"kind": "ManyToMany", "from": "PlantOrder", "fromField": "plants", "to": "Plant"}],
             "openQuestions": ["Can an order hold several of the same plant?"]}
            """;

    final ObjectMapper json = new ObjectMapper();

    final Deque<String> answers = new ArrayDeque<>();

    final List<JsonNode> requests = new ArrayList<>();

    final List<String> authorizations = new ArrayList<>();

    HttpServer server;

    LlmRequirementsAnalyzer analyzer;

    @BeforeEach
    void openAiCompatibleServer() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/v1/chat/completions", exchange -> {
            requests.add(json.readTree(exchange.getRequestBody()));
            authorizations.add(exchange.getRequestHeaders().getFirst("Authorization"));
            byte[] body = json.writeValueAsBytes(Map.of("id", "chatcmpl-" + requests.size(), "object",
                    "chat.completion", "created", 1_700_000_000, "model", "test-model", "choices",
                    List.of(Map.of("index", 0, "finish_reason", "stop", "message",
                            Map.of("role", "assistant", "content", answers.removeFirst()))),
                    "usage", Map.of("prompt_tokens", 10, "completion_tokens", 10, "total_tokens", 20)));
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        server.start();
        OpenAiApi api = OpenAiApi.builder()
            .baseUrl("http://127.0.0.1:" + server.getAddress().getPort())
            .apiKey("test-key")
            .build();
        OpenAiChatModel chat = OpenAiChatModel.builder()
            .openAiApi(api)
            .defaultOptions(OpenAiChatOptions.builder().model("test-model").temperature(0.0).build())
            .retryTemplate(RetryTemplate.builder().maxAttempts(1).build())
            .build();
        analyzer = new LlmRequirementsAnalyzer(chat, "test-model", "test-key");
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    @Test
    void turnsTheModelsAnswerIntoAValidatedDomainModel() {
        answers.add("Here it is:\n```json\n" + VALID + "```");

        DomainModel model = analyzer.analyze(REQUIREMENTS, "plants.md");

        assertThat(model.entities()).extracting(e -> e.name().className()).contains("Plant", "Customer", "PlantOrder");
        assertThat(model.openQuestions()).contains("Can an order hold several of the same plant?");
        assertThat(model.source().format()).isEqualTo(DomainModel.Source.Format.TEXT);
        assertThat(model.assumptions()).anyMatch(a -> a.contains("language model test-model"));

        JsonNode request = requests.getFirst();
        assertThat(request.path("model").asText()).isEqualTo("test-model");
        assertThat(request.path("messages").get(0).path("role").asText()).isEqualTo("system");
        assertThat(request.path("messages").get(0).path("content").asText()).contains("JSON Schema", "\"entities\"");
        assertThat(request.path("messages").get(1).path("content").asText()).isEqualTo(REQUIREMENTS);
        assertThat(authorizations.getFirst()).isEqualTo("Bearer test-key");
    }

    @Test
    void sendsAnInvalidAnswerBackOnceToBeCorrected() {
        answers.add(
                "{\"application\": {\"name\": \"plant-shop\"}, \"entities\": {\"Plant\": {\"fields\": {\"name\": {\"type\": \"Strin\"}}}}}");
        answers.add(VALID);

        DomainModel model = analyzer.analyze(REQUIREMENTS, "plants.md");

        assertThat(model.entities()).hasSize(3);
        assertThat(requests).hasSize(2);
        JsonNode retry = requests.get(1).path("messages");
        assertThat(retry.get(retry.size() - 1).path("content").asText()).startsWith("That document is not valid:");
    }

    @Test
    void refusesWhenTheModelNeverAnswersWithAValidDomain() {
        answers.add("I am not sure what you mean.");
        answers.add("{\"entities\": {}}");

        assertThatThrownBy(() -> analyzer.analyze(REQUIREMENTS, "plants.md")).isInstanceOf(SpecException.class)
            .hasMessageContaining("plants.md")
            .hasMessageContaining("test-model could not turn the requirements into a valid domain after 2 attempts")
            .hasMessageContaining("how to fix");
        assertThat(requests).hasSize(2);
    }

    @Test
    void emptyRequirementsNeverReachTheModel() {
        assertThatThrownBy(() -> analyzer.analyze("  \n", "empty.md")).isInstanceOf(SpecException.class)
            .hasMessageContaining("empty.md");
        assertThat(requests).isEmpty();
    }

}
