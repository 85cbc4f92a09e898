package io.scaffold.orchestrator.generation.encoding;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Text for a Markdown (CommonMark with GitHub tables) document: shown as written, never as markup. One line, so
 * it cannot start a block; HTML characters as entities, so no raw HTML; inline markup characters and table cell
 * separators backslash-escaped; a leading block marker (heading, list, quote, thematic break) escaped too.
 */
public final class Markdown {

    private static final String ESCAPED = "\\`*_[]|~";
    private static final Pattern ORDERED_LIST_START = Pattern.compile("^(\\d+)([.)])");

    private Markdown() {
    }

    /** Inline text, e.g. a list item, a table cell or a paragraph of its own. */
    public static String inline(String text) {
        String line = UntrustedText.oneLine(text).strip();
        StringBuilder out = new StringBuilder(line.length() + 16);
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if ((ESCAPED.indexOf(c) >= 0 && !intrawordUnderscore(line, i)) || (i == 0 && "#+-=".indexOf(c) >= 0)) {
                out.append('\\').append(c);
            } else if (c == '<') {
                out.append("&lt;");
            } else if (c == '>') {
                out.append("&gt;");
            } else if (c == '&') {
                out.append("&amp;");
            } else {
                out.append(c);
            }
        }
        Matcher ordered = ORDERED_LIST_START.matcher(out);
        return ordered.find() ? ordered.replaceFirst("$1\\\\$2") : out.toString();
    }

    /** CommonMark never reads {@code _} between two letters or digits as emphasis: {@code project_id} stays as is. */
    private static boolean intrawordUnderscore(String line, int i) {
        return line.charAt(i) == '_' && i > 0 && i + 1 < line.length()
                && Character.isLetterOrDigit(line.charAt(i - 1)) && Character.isLetterOrDigit(line.charAt(i + 1));
    }

    /**
     * A complete code span showing the text literally: delimited by more backticks than the text contains in a
     * row. In a table cell ({@code tableCell}) the cell separator {@code |} is escaped, as tables require even
     * inside code.
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
