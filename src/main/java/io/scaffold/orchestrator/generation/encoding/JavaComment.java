package io.scaffold.orchestrator.generation.encoding;

/**
 * Text for a Java comment, in particular Javadoc: one line that cannot end the comment or change the code
 * around it. javac turns unicode escapes (<code>&#92;u002a/</code>, which this comment cannot write literally
 * either) into characters before it sees comments, so no backslash survives; {@code *}{@code /} and
 * {@code /}{@code *} are broken up; Javadoc tags ({@code @}) and HTML ({@code <}, {@code &}) become character
 * references that the Javadoc shows as the original characters.
 */
public final class JavaComment {

    private JavaComment() {
    }

    public static String text(String text) {
        String line = UntrustedText.oneLine(text);
        StringBuilder out = new StringBuilder(line.length() + 16);
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            switch (c) {
                case '\\' -> out.append("&#92;");
                case '@' -> out.append("&#64;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '*' -> out.append(besideSlash(line, i) ? "&#42;" : "*");
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    private static boolean besideSlash(String line, int i) {
        return (i > 0 && line.charAt(i - 1) == '/') || (i + 1 < line.length() && line.charAt(i + 1) == '/');
    }
}
