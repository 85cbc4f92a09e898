package io.scaffold.orchestrator.agents;

import java.util.List;

/**
 * The semantic checks the agents share: a model's text must be usable prose (present, one
 * line, bounded) before a template inserts it.
 */
final class AnswerChecks {

    private AnswerChecks() {
    }

    /** Adds a problem when {@code text} is empty, spans lines or exceeds {@code max}. */
    static void line(List<String> problems, String where, String text, int max) {
        if (text == null || text.isBlank()) {
            problems.add(where + " is empty; write it");
        }
        else if (text.strip().contains("\n")) {
            problems.add(where + " spans several lines; write it as one line");
        }
        else if (text.length() > max) {
            problems.add(where + " is longer than " + max + " characters; shorten it");
        }
    }

    /**
     * Adds a problem when the list is empty or longer than {@code max}, then checks each
     * item.
     */
    static void lines(List<String> problems, String where, List<String> items, int max, int maxLength) {
        if (items == null || items.isEmpty()) {
            problems.add(where + " is empty; give at least one");
            return;
        }
        if (items.size() > max) {
            problems.add(where + " has " + items.size() + " items; give at most " + max);
        }
        for (int i = 0; i < items.size(); i++) {
            line(problems, where + " item " + (i + 1), items.get(i), maxLength);
        }
        if (items.stream()
            .map(s -> s == null ? "" : s.strip().toLowerCase(java.util.Locale.ROOT))
            .distinct()
            .count() < items.size()) {
            problems.add(where + " lists an item twice; list each once");
        }
    }

}
