package io.scaffold.orchestrator.generation.encoding;

/**
 * Text for a Java comment, in particular Javadoc: one line that cannot end the comment or
 * change the code around it. javac turns unicode escapes (<code>&#92;u002a/</code>, which
 * this comment cannot write literally either) into characters before it sees comments, so
 * no backslash survives; {@code *}{@code /} and {@code /}{@code *} are broken up; Javadoc
 * tags ({@code @}) and HTML ({@code <}, {@code &}) become character references that the
 * Javadoc shows as the original characters.
 */
public final class JavaComment {

    private JavaComment() {
    }

    public static String text(String text) {
        return UntrustedText.oneLine(text, (line, i) -> switch (line.charAt(i)) {
            case '\\' -> "&#92;";
            case '@' -> "&#64;";
            case '<' -> "&lt;";
            case '>' -> "&gt;";
            case '&' -> "&amp;";
            case '*' -> besideSlash(line, i) ? "&#42;" : null;
            default -> null;
        });
    }

    private static boolean besideSlash(String line, int i) {
        return (i > 0 && line.charAt(i - 1) == '/') || (i + 1 < line.length() && line.charAt(i + 1) == '/');
    }

}
