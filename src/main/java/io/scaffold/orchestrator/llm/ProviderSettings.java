package io.scaffold.orchestrator.llm;

/**
 * One provider's Spring AI properties ({@code spring.ai.<provider>.base-url},
 * {@code .api-key}, {@code .chat.options.model}, {@code .chat.options.temperature},
 * {@code .chat.options.max-tokens}), bound by {@link ModelAgentsConfiguration}; blank
 * values take the provider's defaults.
 */
record ProviderSettings(String baseUrl, String apiKey, Chat chat) {

    record Chat(Options options) {
    }

    record Options(String model, Double temperature, Integer maxTokens) {
    }

    String baseUrl(ProviderKind kind) {
        return baseUrl == null || baseUrl.isBlank() ? kind.defaultBaseUrl() : baseUrl.strip();
    }

    /** The key, or empty when none is set. */
    String key() {
        return apiKey == null ? "" : apiKey.strip();
    }

    String model(ProviderKind kind) {
        String model = options().model();
        return model == null || model.isBlank() ? kind.defaultModel() : model.strip();
    }

    double temperature() {
        return options().temperature() == null ? 0.0 : options().temperature();
    }

    int maxTokens() {
        return options().maxTokens() == null ? 4096 : options().maxTokens();
    }

    private Options options() {
        return chat == null || chat.options() == null ? new Options(null, null, null) : chat.options();
    }

}
