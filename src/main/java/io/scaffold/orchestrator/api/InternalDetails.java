package io.scaffold.orchestrator.api;

import java.util.regex.Pattern;

/**
 * Takes what only the server's operators should see out of a message served over REST: Java stack frames (a failed
 * job's message is often a whole stack trace), exception class names, and SQL text (Spring's "SQL [...]";
 * PostgreSQL's details follow on later lines).
 */
final class InternalDetails {

    static final int MAX_LENGTH = 1000;
    // Linear patterns: no nested quantifiers over the message.
    private static final Pattern SQL = Pattern.compile("SQL \\[[^\\]]*(?:]|$)");
    private static final Pattern EXCEPTION_CLASS = Pattern.compile("^(?:[a-zA-Z_$][\\w$]*\\.)+[\\w$]*(?:Exception|Error): ");
    private static final Pattern FRAME_OR_CAUSE = Pattern.compile("^\\s*(?:at |\\.\\.\\. \\d+ more|Caused by: |Suppressed: )");

    private InternalDetails() {
    }

    /** The message's first line without SQL text, at most {@value #MAX_LENGTH} characters; null stays null. */
    static String strip(String message) {
        if (message == null) {
            return null;
        }
        String firstLine = message.lines().filter(line -> !line.isBlank() && !FRAME_OR_CAUSE.matcher(line).find())
                .findFirst().orElse("");
        String bounded = firstLine.length() <= MAX_LENGTH ? firstLine : firstLine.substring(0, MAX_LENGTH) + "…";
        return SQL.matcher(EXCEPTION_CLASS.matcher(bounded).replaceFirst("")).replaceAll("SQL [details in the server log]");
    }
}
