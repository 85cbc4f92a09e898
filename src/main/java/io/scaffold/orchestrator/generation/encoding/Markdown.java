package io.scaffold.orchestrator.generation.encoding;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Text for a Markdown (CommonMark with GitHub tables) document: shown as written, never
 * as markup. One line, so it cannot start a block; HTML characters as entities, so no raw
 * HTML; inline markup characters and table cell separators backslash-escaped; a leading
 * block marker (heading, list, quote, thematic break) escaped too.
 */
public final class Markdown {

    private static final String ESCAPED = "\\`*_[]|~";

    private static final Pattern ORDERED_LIST_START = Pattern.compile("^(\\d+)([.)])");

    private Markdown() {
    }

    /** Inline text, e.g. a list item, a table cell or a paragraph of its own. */
    public static String inline(String text) {
        // stripped first, so that the first character written is the one that could start
        // a block
        String escaped = UntrustedText.oneLine(UntrustedText.oneLine(text).strip(), (line, i) -> {
            char c = line.charAt(i);
            if ((ESCAPED.indexOf(c) >= 0 && !intrawordUnderscore(line, i)) || (i == 0 && "#+-=".indexOf(c) >= 0)) {
                return "\\" + c;
            }
            return switch (c) {
                case '<' -> "&lt;";
                case '>' -> "&gt;";
                case '&' -> "&amp;";
                default -> null;
            };
        });
        Matcher ordered = ORDERED_LIST_START.matcher(escaped);
        return ordered.find() ? ordered.replaceFirst("$1\\\\$2") : escaped;
    }

    /**
     * CommonMark never reads {@code _} between two letters or digits as emphasis:
     * {@code project_id} stays as is.
     */
    private static boolean intrawordUnderscore(String line, int i) {
        return line.charAt(i) == '_' && i > 0 && i + 1 < line.length() && Character.isLetterOrDigit(line.charAt(i - 1))
                && Character.isLetterOrDigit(line.charAt(i + 1));
    }

    /**
     * A complete code span showing the text literally: delimited by more backticks than
     * the text contains in a row. In a table cell ({@code tableCell}) the cell separator
     * {@code |} is escaped, as tables require even inside code.
     */
    public static String code(String text, boolean tableCell) {
        String line = UntrustedText.oneLine(text);
        int longestRun = 0;
        int run = 0;
        for (int i = 0; i < line.length(); i++) {
            run = line.charAt(i) == '`' ? run + 1 : 0;
            longestRun = Math.max(longestRun, run);
        }
        String fence = "`".repeat(longestRun + 1);
        boolean pad = line.isEmpty() || line.startsWith("`") || line.endsWith("`");
        String content = tableCell ? line.replace("|", "\\|") : line;
        return fence + (pad ? " " : "") + content + (pad ? " " : "") + fence;
    }

}
