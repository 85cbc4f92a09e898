package io.scaffold.orchestrator.llm;

import java.util.Arrays;

/**
 * The model providers, each configured with Spring AI's own properties under
 * {@code spring.ai.<key>}: {@code base-url}, {@code api-key} (not for Ollama) and
 * {@code chat.options.model}; named by key in {@code scaffold.llm.chain}.
 */
public enum ProviderKind {

    /** OpenAI and compatible servers (vLLM, LM Studio, llama.cpp server). */
    OPENAI("openai", "https://api.openai.com", "gpt-4o-mini", true),
    ANTHROPIC("anthropic", "https://api.anthropic.com", "claude-3-5-haiku-latest", true),
    OLLAMA("ollama", "http://localhost:11434", "llama3.1", false);

    private final String key;

    private final String defaultBaseUrl;

    private final String defaultModel;

    private final boolean needsKey;

    ProviderKind(String key, String defaultBaseUrl, String defaultModel, boolean needsKey) {
        this.key = key;
        this.defaultBaseUrl = defaultBaseUrl;
        this.defaultModel = defaultModel;
        this.needsKey = needsKey;
    }

    public String key() {
        return key;
    }

    String defaultBaseUrl() {
        return defaultBaseUrl;
    }

    String defaultModel() {
        return defaultModel;
    }

    boolean needsKey() {
        return needsKey;
    }

    /** The provider a chain names, e.g. {@code openai}. */
    public static ProviderKind fromKey(String key) {
        String wanted = key.strip().toLowerCase(java.util.Locale.ROOT);
        return Arrays.stream(values())
            .filter(kind -> kind.key.equals(wanted))
            .findFirst()
            .orElseThrow(() -> new IllegalArgumentException(
                    "unknown model provider '" + key + "' in scaffold.llm chain; providers: "
                            + Arrays.stream(values()).map(ProviderKind::key).toList()));
    }

}
