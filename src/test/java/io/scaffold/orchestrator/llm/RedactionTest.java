package io.scaffold.orchestrator.llm;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class RedactionTest {

    static final String KEY = "sk-live-4f9a1c2e8b7d6a5f3e2d1c0b";

    @Test
    void removesTheKeysTokensAndKeyShapedWords() {
        assertThat(Redaction.secrets(
                "key abc123xyz rejected; Authorization: bearer eyJhbGciOi.x-y_z "
                        + "other sk-0123456789abcdef, \"x-api-key\": \"anthropic-secret-1\" api_key=zzzzzzzz",
                List.of("abc123xyz")))
            .isEqualTo("key [redacted] rejected; Authorization: Bearer [redacted] other [redacted], "
                    + "\"x-api-key\": \"[redacted]\" api_key=[redacted]");
    }

    @Test
    void aReasonIsOneShortLine() {
        assertThat(Redaction.reason("failed:\n  " + KEY + "\n", List.of(KEY))).isEqualTo("failed: [redacted]");
        assertThat(Redaction.reason("y".repeat(10_000), List.of())).hasSize(Redaction.MAX_REASON_LENGTH);
        assertThat(Redaction.reason(null, List.of())).isEqualTo("no reason given");
    }

    @Test
    void theJsonOfAnAnswerIsFoundInsideAFence() {
        assertThat(StructuredAnswers.json("Here:\n```json\n{\"a\": 1}\n```\nDone.")).isEqualTo("{\"a\": 1}");
        assertThat(StructuredAnswers.json("  {\"a\": 1} ")).isEqualTo("{\"a\": 1}");
        assertThat(StructuredAnswers.json(null)).isEmpty();
    }

}
