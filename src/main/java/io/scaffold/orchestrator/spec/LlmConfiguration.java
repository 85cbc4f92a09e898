package io.scaffold.orchestrator.spec;

import org.springframework.ai.openai.OpenAiChatModel;
import org.springframework.ai.openai.OpenAiChatOptions;
import org.springframework.ai.openai.api.OpenAiApi;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * With {@code scaffold.llm.enabled=true} the requirements agent reads free text with a language model through
 * Spring AI (any OpenAI-compatible endpoint); without it the deterministic {@link FreeTextAnalyzer} does.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "scaffold.llm.enabled", havingValue = "true")
class LlmConfiguration {

    @Bean
    RequirementsAnalyzer llmRequirementsAnalyzer(@Value("${scaffold.llm.base-url}") String baseUrl,
                                                 @Value("${scaffold.llm.api-key}") String apiKey,
                                                 @Value("${scaffold.llm.model}") String model) {
        if (apiKey.isBlank()) {
            throw new IllegalStateException("scaffold.llm.enabled is true but no API key is set: "
                    + "set SPRING_AI_OPENAI_API_KEY, or SCAFFOLD_LLM_ENABLED=false for the deterministic analyser");
        }
        OpenAiApi api = OpenAiApi.builder().baseUrl(baseUrl).apiKey(apiKey).build();
        OpenAiChatModel chat = OpenAiChatModel.builder()
                .openAiApi(api)
                .defaultOptions(OpenAiChatOptions.builder().model(model).temperature(0.0).build())
                .build();
        return new LlmRequirementsAnalyzer(chat, model);
    }
}
