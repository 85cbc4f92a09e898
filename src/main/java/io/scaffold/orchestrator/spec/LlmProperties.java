package io.scaffold.orchestrator.spec;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The language model that reads free-text requirements ({@code scaffold.llm.*}; defaults
 * in application.yml).
 *
 * @param enabled whether free text goes to the model (else the deterministic
 * {@link FreeTextAnalyzer} reads it)
 * @param baseUrl an OpenAI-compatible API
 * @param apiKey its key
 * @param model the model's name
 */
@ConfigurationProperties("scaffold.llm")
record LlmProperties(boolean enabled, String baseUrl, String apiKey, String model) {
}
