package io.scaffold.orchestrator.gates;

import io.scaffold.orchestrator.domain.decision.DecisionChange;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * One thing a gate criterion found in the generated output.
 *
 * @param ruleId stable id of the rule that found it, upper-case words joined by hyphens,
 * e.g. {@code DATA-FK-INDEX}
 * @param criterion the criterion that scored it, e.g. {@code foreign-keys-indexed}
 * @param file project-relative path it is about, or {@code null} when about no file
 * @param line 1-based line in {@code file}, or {@code null}
 * @param message what is wrong, in a sentence
 * @param suggestedAction what to do about it, in a sentence
 * @param proposedChange the decision change that fixes it, or {@code null} when no
 * decision does
 */
public record Finding(String ruleId, String criterion, Severity severity, String file, Integer line, String message,
        String suggestedAction, DecisionChange proposedChange) {

    private static final Pattern RULE_ID = Pattern.compile("[A-Z][A-Z0-9]*(-[A-Z0-9]+)+");

    public Finding {
        if (ruleId == null || !RULE_ID.matcher(ruleId).matches()) {
            throw new IllegalArgumentException("rule id '" + ruleId + "' must look like DATA-FK-INDEX");
        }
        Objects.requireNonNull(criterion, "criterion");
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(message, "message");
        Objects.requireNonNull(suggestedAction, "suggestedAction");
        if (line != null && file == null) {
            throw new IllegalArgumentException("finding " + ruleId + " has a line but no file");
        }
    }

    /** Where it is, as {@code file:line}, {@code file} or empty. */
    public String location() {
        return file == null ? "" : line == null ? file : file + ":" + line;
    }

    /** One line for terminals and logs: {@code DATA-FK-INDEX major file:12: message}. */
    public String describe() {
        String where = location();
        return ruleId + " " + severity.name().toLowerCase(java.util.Locale.ROOT) + " "
                + (where.isEmpty() ? "" : where + ": ") + message;
    }

}
