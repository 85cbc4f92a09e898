package io.scaffold.orchestrator.spec;

import org.springframework.ai.openai.OpenAiChatModel;
import org.springframework.ai.openai.OpenAiChatOptions;
import org.springframework.ai.openai.api.OpenAiApi;
import org.springframework.ai.retry.NonTransientAiException;
import org.springframework.ai.retry.TransientAiException;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.http.client.ClientHttpResponse;
import org.springframework.web.client.ResponseErrorHandler;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import org.springframework.boot.context.properties.EnableConfigurationProperties;

/**
 * With {@code scaffold.llm.enabled=true} the requirements agent reads free text with a
 * language model through Spring AI (any OpenAI-compatible endpoint); without it the
 * deterministic {@link FreeTextAnalyzer} does.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "scaffold.llm.enabled", havingValue = "true")
@EnableConfigurationProperties(LlmProperties.class)
class LlmConfiguration {

    @Bean
    RequirementsAnalyzer llmRequirementsAnalyzer(LlmProperties llm) {
        String apiKey = llm.apiKey();
        String model = llm.model();
        if (apiKey.isBlank()) {
            throw new IllegalStateException("scaffold.llm.enabled is true but no API key is set: "
                    + "set SPRING_AI_OPENAI_API_KEY, or SCAFFOLD_LLM_ENABLED=false for the deterministic analyser");
        }
        OpenAiApi api = OpenAiApi.builder()
            .baseUrl(llm.baseUrl())
            .apiKey(apiKey)
            .responseErrorHandler(new RedactingErrorHandler(apiKey))
            .build();
        OpenAiChatModel chat = OpenAiChatModel.builder()
            .openAiApi(api)
            .defaultOptions(OpenAiChatOptions.builder().model(model).temperature(0.0).build())
            .build();
        return new LlmRequirementsAnalyzer(chat, model, apiKey);
    }

    /**
     * Spring AI's default handler puts the provider's whole error body into the
     * exception, which its retry listener logs: some providers echo the API key there.
     * This one keeps the start of the body, redacted.
     */
    record RedactingErrorHandler(String apiKey) implements ResponseErrorHandler {

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
            String message = response.getStatusCode().value() + " - " + LlmRequirementsAnalyzer.redact(body, apiKey);
            if (response.getStatusCode().is4xxClientError()) {
                throw new NonTransientAiException(message);
            }
            throw new TransientAiException(message);
        }
    }

}
