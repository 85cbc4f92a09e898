package io.scaffold.orchestrator.runs;

import io.scaffold.orchestrator.spec.SpecException;
import java.sql.SQLException;
import java.util.UUID;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;

/**
 * The one place where an exception becomes the failure message a user sees: job failures,
 * incidents, events and problem details. Users see the exception's own first line, never
 * its cause chain or stack frames; a database failure shows no SQL. The full detail is
 * logged with a reference that the message names. {@link #redact(String)} applies the
 * same rules to messages that others wrote (the engine's incidents, rows stored before),
 * where they are served.
 */
public final class FailureMessages {

    /**
     * Long enough for a precise message, short enough for a table cell and an incident.
     */
    static final int MAX_LENGTH = 500;

    private static final Logger log = LoggerFactory.getLogger(FailureMessages.class);

    // Linear patterns: no nested quantifiers over the message.
    private static final Pattern SQL = Pattern.compile("SQL \\[[^\\]]*(?:]|$)");

    private static final Pattern EXCEPTION_CLASS = Pattern
        .compile("^(?:[a-zA-Z_$][\\w$]*\\.)+[\\w$]*(?:Exception|Error): ");

    private static final Pattern FRAME_OR_CAUSE = Pattern
        .compile("^\\s*(?:at |\\.\\.\\. \\d+ more|Caused by: |Suppressed: )");

    private FailureMessages() {
    }

    /**
     * Logs {@code failure} in full and returns what a user may see of it.
     * @param what what failed, e.g. {@code agent.solution-architect}
     */
    public static String describe(String what, Throwable failure) {
        if (failure instanceof SpecException || failure instanceof JobExecutions.ExpectedFailure) {
            return cap(failure.getMessage()); // written for users, and they need every
                                              // line of it
        }
        String reference = UUID.randomUUID().toString().substring(0, 8);
        log.warn("{} failed (reference {})", what, reference, failure);
        String message = fromDatabase(failure)
                ? "a database operation failed (" + failure.getClass().getSimpleName() + ")" : firstLine(failure);
        return cap(message) + " [reference " + reference + " in the server log]";
    }

    private static boolean fromDatabase(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof DataAccessException || t instanceof SQLException) {
                return true;
            }
        }
        return false;
    }

    private static String firstLine(Throwable failure) {
        String message = failure.getMessage();
        if (message == null || message.isBlank()) {
            return "internal error (" + failure.getClass().getSimpleName() + ")";
        }
        int newline = message.indexOf('\n');
        return newline < 0 ? message : message.substring(0, newline);
    }

    private static String cap(String message) {
        String m = String.valueOf(message);
        return m.length() <= MAX_LENGTH ? m : m.substring(0, MAX_LENGTH - 3) + "...";
    }

    /**
     * A message written elsewhere, as a user may see it: its first line that is not a
     * stack frame, without an exception class name or SQL text (Spring's
     * {@code SQL [...]}), at most {@value #MAX_LENGTH} characters; null stays null.
     */
    public static String redact(String message) {
        if (message == null) {
            return null;
        }
        String firstLine = message.lines()
            .filter(line -> !line.isBlank() && !FRAME_OR_CAUSE.matcher(line).find())
            .findFirst()
            .orElse("");
        // Cut before matching: the patterns recurse per dotted segment.
        String bounded = cap(firstLine);
        return cap(SQL.matcher(EXCEPTION_CLASS.matcher(bounded).replaceFirst(""))
            .replaceAll("SQL [details in the server log]"));
    }

}
