package io.scaffold.orchestrator.generation.encoding;

/**
 * Character classes every encoder treats alike: line breaks, other control characters,
 * bidirectional controls ("Trojan Source": they make a file display differently from what
 * compilers and parsers read) and code points no text file should carry (unpaired
 * surrogates, U+FFFE, U+FFFF).
 */
final class UntrustedText {

    private UntrustedText() {
    }

    /**
     * Line breaks of Java, YAML, Markdown or Unicode, and the vertical whitespace that
     * editors show as one.
     */
    static boolean isLineBreak(int c) {
        return c == '\n' || c == '\r' || c == 0x0B || c == 0x0C || c == 0x85 || c == 0x2028 || c == 0x2029;
    }

    /** Embedding, override and isolate controls and the implicit direction marks. */
    static boolean isBidiControl(int c) {
        return c == 0x061C || c == 0x200E || c == 0x200F || (c >= 0x202A && c <= 0x202E)
                || (c >= 0x2066 && c <= 0x2069);
    }

    static boolean isControl(int c) {
        return Character.getType(c) == Character.CONTROL;
    }

    static boolean isNonCharacter(int c) {
        return (c >= Character.MIN_SURROGATE && c <= Character.MAX_SURROGATE) || c == 0xFFFE || c == 0xFFFF;
    }

    /**
     * The text as one line of plain characters: every line break and tab becomes a space;
     * other control characters, bidirectional controls and non-characters are dropped.
     * Null is the empty string.
     */
    static String oneLine(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints().forEach(c -> {
            if (isLineBreak(c) || c == '\t') {
                out.append(' ');
            }
            else if (!isControl(c) && !isBidiControl(c) && !isNonCharacter(c)) {
                out.appendCodePoint(c);
            }
        });
        return out.toString();
    }

    /**
     * What to write for the character at {@code index} of {@code line}; null to write the
     * character itself.
     */
    @FunctionalInterface
    interface Replacement {

        String at(String line, int index);

    }

    /**
     * {@link #oneLine(String)} with each of its characters written as {@code replacement}
     * says.
     */
    static String oneLine(String text, Replacement replacement) {
        String line = oneLine(text);
        StringBuilder out = new StringBuilder(line.length() + 16);
        for (int i = 0; i < line.length(); i++) {
            String replaced = replacement.at(line, i);
            if (replaced == null) {
                out.append(line.charAt(i));
            }
            else {
                out.append(replaced);
            }
        }
        return out.toString();
    }

}
