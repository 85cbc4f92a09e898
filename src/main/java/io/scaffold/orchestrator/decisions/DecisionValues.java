package io.scaffold.orchestrator.decisions;

import io.scaffold.orchestrator.domain.decision.Decision;
import io.scaffold.orchestrator.domain.decision.DecisionKind;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * What a decision's value may be, kind by kind, and its one spelling: a value is checked
 * and normalised here before it is compared or stored, so {@code " pagination "} and
 * {@code PAGINATION} are the same choice and a retried change stores nothing.
 */
final class DecisionValues {

    /** The largest {@code varchar} length PostgreSQL accepts. */
    static final int MAX_STRING_LENGTH = 10_485_760;

    private static final Pattern ENTITY_NAME = Pattern.compile("[A-Z][A-Za-z0-9]{0,99}");

    private static final Pattern TABLE_NAME = Pattern.compile("[a-z][a-z0-9_]{0,62}");

    private static final Pattern ENUM_CONSTANT = Pattern.compile("[A-Za-z][A-Za-z0-9_]{0,99}");

    private DecisionValues() {
    }

    /**
     * The normalised value of a change to {@code decision}.
     * @param others the run's other current decisions (names and tables must stay
     * distinct)
     * @throws IllegalArgumentException saying what is wrong with the value and what it
     * may be
     */
    static String normalised(Decision decision, String value, Collection<Decision> others) {
        String where = "decision " + decision.id() + ": ";
        DecisionKind kind = decision.kind();
        if (kind.listValued()) {
            List<String> items = value.lines().map(String::strip).filter(s -> !s.isEmpty()).toList();
            if (items.isEmpty()) {
                throw new IllegalArgumentException(where + "the value is empty; give at least one item, one per line");
            }
            if (kind == DecisionKind.ENUM_VALUES) {
                checkEnumConstants(where, items);
            }
            return String.join("\n", items);
        }
        String v = value.strip();
        return switch (kind) {
            case STRING_LENGTH -> length(where, v);
            case ENTITY_NAME -> distinct(where, v, ENTITY_NAME, "an entity name: a capital letter, then letters and "
                    + "digits, at most 100 characters, e.g. LoanRequest", decision, others);
            case TABLE_NAME -> distinct(where, v, TABLE_NAME,
                    "a table name: a lower-case letter, then lower-case "
                            + "letters, digits and underscores, at most 63 characters, e.g. loan_requests",
                    decision, others);
            default -> option(where, v, decision.options());
        };
    }

    private static String option(String where, String value, List<String> options) {
        return options.stream()
            .filter(o -> o.equalsIgnoreCase(value))
            .findFirst()
            .orElseThrow(() -> new IllegalArgumentException(
                    where + "'" + value + "' is not one of its options " + options + "; choose one of them"));
    }

    private static String length(String where, String value) {
        try {
            int length = Integer.parseInt(value);
            if (length >= 1 && length <= MAX_STRING_LENGTH) {
                return Integer.toString(length);
            }
        }
        catch (NumberFormatException e) {
            // reported below with the range
        }
        throw new IllegalArgumentException(
                where + "'" + value + "' is not a length; give a whole number from 1 to " + MAX_STRING_LENGTH);
    }

    private static String distinct(String where, String value, Pattern pattern, String what, Decision decision,
            Collection<Decision> others) {
        if (!pattern.matcher(value).matches()) {
            throw new IllegalArgumentException(where + "'" + value + "' is not " + what);
        }
        others.stream()
            .filter(o -> o.kind() == decision.kind() && !o.id().equals(decision.id())
                    && o.chosen().equalsIgnoreCase(value))
            .findFirst()
            .ifPresent(o -> {
                throw new IllegalArgumentException(where + "'" + value + "' is already taken by " + o.id()
                        + "; choose a name no other entity has");
            });
        return value;
    }

    private static void checkEnumConstants(String where, List<String> items) {
        Set<String> seen = new HashSet<>();
        for (String item : items) {
            if (!ENUM_CONSTANT.matcher(item).matches()) {
                throw new IllegalArgumentException(where + "'" + item + "' is not an enum constant; use a letter, then "
                        + "letters, digits and underscores, one constant per line, e.g. IN_PROGRESS");
            }
            if (!seen.add(item.toUpperCase(Locale.ROOT))) {
                throw new IllegalArgumentException(where + "'" + item + "' is listed twice; list each constant once");
            }
        }
    }

}
