package io.scaffold.orchestrator.generation.encoding;

/**
 * The inside of a Java string literal that evaluates to exactly the given text. Line
 * terminators and other control characters become escape sequences: named or octal ones,
 * never <code>&#92;u000a</code>, which javac would turn into a real line break before
 * reading the literal. Bidirectional controls, Unicode line separators and other
 * invisible characters become <code>&#92;uXXXX</code>, so the source shows what the
 * string holds.
 */
public final class JavaString {

    private JavaString() {
    }

    public static String literal(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '\\' -> out.append("\\\\");
                case '"' -> out.append("\\\"");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                case '\b' -> out.append("\\b");
                case '\f' -> out.append("\\f");
                default -> {
                    if (c < 0x20 || c == 0x7F) {
                        out.append(String.format("\\%03o", (int) c));
                    }
                    else if (Character.isHighSurrogate(c) && i + 1 < text.length()
                            && Character.isLowSurrogate(text.charAt(i + 1))) {
                        out.append(c).append(text.charAt(++i));
                    }
                    else if (c >= 0x80 && invisible(c)) {
                        out.append(String.format("\\u%04x", (int) c));
                    }
                    else {
                        out.append(c);
                    }
                }
            }
        }
        return out.toString();
    }

    private static boolean invisible(char c) {
        int type = Character.getType(c);
        return UntrustedText.isLineBreak(c) || UntrustedText.isBidiControl(c) || UntrustedText.isNonCharacter(c)
                || type == Character.CONTROL || type == Character.FORMAT;
    }

}
