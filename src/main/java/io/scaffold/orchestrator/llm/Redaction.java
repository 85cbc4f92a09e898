package io.scaffold.orchestrator.llm;

import java.util.Collection;
import java.util.regex.Pattern;

/**
 * What a provider or a model said, safe to store and log: without the configured API
 * keys, bearer tokens or anything shaped like a key (some providers echo the key back in
 * their errors, and a prompt may quote one).
 */
public final class Redaction {

    /** Enough of a provider's error to tell what went wrong. */
    public static final int MAX_REASON_LENGTH = 300;

    private static final Pattern BEARER = Pattern.compile("(?i)\\bbearer\\s++[A-Za-z0-9._~+/=-]++");

    /** The shapes of OpenAI- and Anthropic-style keys, whichever key the text holds. */
    private static final Pattern KEY_LIKE = Pattern.compile("\\bsk-[A-Za-z0-9_-]{8,}+");

    /** {@code api_key=...}, {@code "x-api-key": "..."} and the like. */
    private static final Pattern KEY_ASSIGNMENT = Pattern
        .compile("(?i)\\b((?:x-)?api[_-]?key\"?\\s*+[:=]\\s*+\"?)[A-Za-z0-9._~+/=-]{6,}+");

    private Redaction() {
    }

    /** The text with every secret and key-like string replaced by {@code [redacted]}. */
    public static String secrets(String text, Collection<String> secrets) {
        if (text == null) {
            return null;
        }
        String redacted = text;
        for (String secret : secrets) {
            if (secret != null && !secret.isBlank()) {
                redacted = redacted.replace(secret, "[redacted]");
            }
        }
        redacted = BEARER.matcher(redacted).replaceAll("Bearer [redacted]");
        redacted = KEY_ASSIGNMENT.matcher(redacted).replaceAll("$1[redacted]");
        return KEY_LIKE.matcher(redacted).replaceAll("[redacted]");
    }

    /**
     * A reason for reports and logs: redacted, on one line, at most
     * {@value #MAX_REASON_LENGTH} characters.
     */
    public static String reason(String text, Collection<String> secrets) {
        if (text == null || text.isBlank()) {
            return "no reason given";
        }
        String redacted = secrets(text, secrets).replaceAll("\\s++", " ").strip();
        return redacted.length() <= MAX_REASON_LENGTH ? redacted : redacted.substring(0, MAX_REASON_LENGTH - 3) + "...";
    }

}
