package io.scaffold.orchestrator.search;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Splits identifiers into the words they are made of, so that {@code LeaveRequestService}
 * is found by {@code leave}, {@code request} and {@code service}: camelCase and
 * PascalCase ({@code HTTPServer} → {@code HTTP Server}), snake_case, kebab-case, dotted
 * names and paths. Used on indexed text and on query text alike.
 */
final class Identifiers {

    private static final Pattern WORD_BOUNDARY_INSIDE = Pattern
        .compile("(?<=\\p{Ll})(?=\\p{Lu})|(?<=\\p{Lu})(?=\\p{Lu}\\p{Ll})|(?<=\\p{L})(?=\\p{N})|(?<=\\p{N})(?=\\p{L})");

    private static final Pattern SEPARATORS = Pattern.compile("[_./\\\\:-]+");

    private static final Pattern TOKEN = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N}_./\\\\:-]*");

    private Identifiers() {
    }

    /**
     * The parts of every compound identifier of the text, separated by spaces; words that
     * are not compound are left out (the original text keeps them).
     */
    static String parts(String text) {
        StringBuilder parts = new StringBuilder();
        Matcher token = TOKEN.matcher(text);
        while (token.find()) {
            String split = splitToken(token.group());
            if (!split.equals(token.group())) {
                parts.append(split).append(' ');
            }
        }
        return parts.toString().strip();
    }

    /**
     * The text with each identifier replaced by its parts, everything else (quotes,
     * operators) left where it is: for a query, whose structure must survive.
     */
    static String splitInPlace(String text) {
        Matcher token = TOKEN.matcher(text);
        StringBuilder out = new StringBuilder();
        while (token.find()) {
            token.appendReplacement(out, Matcher.quoteReplacement(splitToken(token.group())));
        }
        token.appendTail(out);
        return out.toString();
    }

    private static String splitToken(String token) {
        String spaced = SEPARATORS.matcher(token).replaceAll(" ");
        return WORD_BOUNDARY_INSIDE.matcher(spaced).replaceAll(" ").strip();
    }

}
