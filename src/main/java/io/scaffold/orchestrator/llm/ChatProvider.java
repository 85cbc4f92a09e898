package io.scaffold.orchestrator.llm;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import org.springframework.ai.anthropic.AnthropicChatModel;
import org.springframework.ai.anthropic.AnthropicChatOptions;
import org.springframework.ai.anthropic.api.AnthropicApi;
import org.springframework.ai.chat.messages.Message;
import org.springframework.ai.chat.metadata.Usage;
import org.springframework.ai.chat.model.ChatModel;
import org.springframework.ai.chat.model.ChatResponse;
import org.springframework.ai.chat.prompt.Prompt;
import org.springframework.ai.ollama.OllamaChatModel;
import org.springframework.ai.ollama.api.OllamaApi;
import org.springframework.ai.ollama.api.OllamaChatOptions;
import org.springframework.ai.ollama.management.ModelManagementOptions;
import org.springframework.ai.ollama.management.PullModelStrategy;
import org.springframework.ai.openai.OpenAiChatModel;
import org.springframework.ai.openai.OpenAiChatOptions;
import org.springframework.ai.openai.api.OpenAiApi;
import org.springframework.http.HttpMethod;
import org.springframework.http.client.ClientHttpResponse;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.retry.support.RetryTemplate;
import org.springframework.web.client.ResponseErrorHandler;
import org.springframework.web.client.RestClient;

/**
 * One configured provider: a Spring AI chat model built here, so nothing connects at
 * start-up, with the attempt timeout on its HTTP client, without Spring AI's own retries
 * (the {@link ChainedModelAgents} retry, record and count each attempt), and with its
 * circuit breaker.
 */
final class ChatProvider {

    /**
     * The system prompt's first line: names the prompt template, so that a call can be
     * traced (and a scripted test server can answer by template).
     */
    static final String TEMPLATE_LINE = "template: %s v%d";

    /** What the model said and what it counted. */
    record Reply(String text, Integer inputTokens, Integer outputTokens) {
    }

    private final ProviderKind kind;

    private final String model;

    private final ChatModel chat;

    private final List<String> secrets;

    private final CircuitBreaker breaker;

    private ChatProvider(ProviderKind kind, String model, ChatModel chat, List<String> secrets,
            CircuitBreaker breaker) {
        this.kind = kind;
        this.model = model;
        this.chat = chat;
        this.secrets = secrets;
        this.breaker = breaker;
    }

    static ChatProvider create(ProviderKind kind, ProviderSettings settings, LlmProperties llm, Clock clock) {
        String apiKey = settings.key();
        if (kind.needsKey() && apiKey.isBlank()) {
            throw new IllegalStateException("scaffold.llm.enabled is true and a chain names " + kind.key()
                    + " but no API key is set: set spring.ai." + kind.key() + ".api-key (SPRING_AI_" + kind.name()
                    + "_API_KEY), remove " + kind.key()
                    + " from scaffold.llm.chain, or SCAFFOLD_LLM_ENABLED=false for the deterministic agents");
        }
        List<String> secrets = apiKey.isBlank() ? List.of() : List.of(apiKey);
        String model = settings.model(kind);
        String baseUrl = settings.baseUrl(kind);
        RestClient.Builder http = RestClient.builder().requestFactory(requestFactory(llm.timeout()));
        ResponseErrorHandler errors = new RedactingErrorHandler(secrets);
        RetryTemplate once = RetryTemplate.builder().maxAttempts(1).build();
        ChatModel chat = switch (kind) {
            case OPENAI -> OpenAiChatModel.builder()
                .openAiApi(OpenAiApi.builder()
                    .baseUrl(baseUrl)
                    .apiKey(apiKey)
                    .restClientBuilder(http)
                    .responseErrorHandler(errors)
                    .build())
                .defaultOptions(OpenAiChatOptions.builder()
                    .model(model)
                    .temperature(settings.temperature())
                    .maxTokens(settings.maxTokens())
                    .build())
                .retryTemplate(once)
                .build();
            case ANTHROPIC -> AnthropicChatModel.builder()
                .anthropicApi(AnthropicApi.builder()
                    .baseUrl(baseUrl)
                    .apiKey(apiKey)
                    .restClientBuilder(http)
                    .responseErrorHandler(errors)
                    .build())
                .defaultOptions(AnthropicChatOptions.builder()
                    .model(model)
                    .temperature(settings.temperature())
                    .maxTokens(settings.maxTokens())
                    .build())
                .retryTemplate(once)
                .build();
            case OLLAMA -> OllamaChatModel.builder()
                .ollamaApi(OllamaApi.builder()
                    .baseUrl(baseUrl)
                    .restClientBuilder(http)
                    .responseErrorHandler(errors)
                    .build())
                .defaultOptions(OllamaChatOptions.builder().model(model).temperature(settings.temperature()).build())
                .modelManagementOptions(
                        ModelManagementOptions.builder().pullModelStrategy(PullModelStrategy.NEVER).build())
                .retryTemplate(once)
                .build();
        };
        CircuitBreaker breaker = new CircuitBreaker(llm.circuitBreaker().failureThreshold(),
                llm.circuitBreaker().openFor(), clock);
        return new ChatProvider(kind, model, chat, secrets, breaker);
    }

    private static JdkClientHttpRequestFactory requestFactory(Duration timeout) {
        JdkClientHttpRequestFactory factory = new JdkClientHttpRequestFactory(
                HttpClient.newBuilder().connectTimeout(timeout).build());
        factory.setReadTimeout(timeout);
        return factory;
    }

    ProviderKind kind() {
        return kind;
    }

    String model() {
        return model;
    }

    List<String> secrets() {
        return secrets;
    }

    CircuitBreaker breaker() {
        return breaker;
    }

    Reply call(List<Message> conversation) {
        ChatResponse response = chat.call(new Prompt(conversation));
        if (response == null || response.getResult() == null || response.getResult().getOutput() == null) {
            throw new ProviderException(200, kind.key() + " answered without a message");
        }
        Usage usage = response.getMetadata() == null ? null : response.getMetadata().getUsage();
        return new Reply(response.getResult().getOutput().getText(), usage == null ? null : usage.getPromptTokens(),
                usage == null ? null : usage.getCompletionTokens());
    }

    /**
     * Spring AI's default handler puts the provider's whole error body into the
     * exception, which gets logged: some providers echo the API key there. This one keeps
     * the start of the body, redacted.
     */
    private record RedactingErrorHandler(List<String> secrets) implements ResponseErrorHandler {

        @Override
        public boolean hasError(ClientHttpResponse response) throws IOException {
            return response.getStatusCode().isError();
        }

        @Override
        public void handleError(URI url, HttpMethod method, ClientHttpResponse response) throws IOException {
            String body;
            try (InputStream in = response.getBody()) {
                body = new String(in.readNBytes(4096), StandardCharsets.UTF_8);
            }
            int status = response.getStatusCode().value();
            throw new ProviderException(status, status + " - " + Redaction.reason(body, secrets));
        }

    }

}
