package io.scaffold.orchestrator.generation.encoding;

import java.util.Locale;

/**
 * Text for XML character data or an attribute value: markup characters as entities,
 * characters XML 1.0 forbids even as references (control characters, non-characters)
 * dropped, bidirectional controls as character references. {@code ${} is broken up
 * because Maven interpolates POM text after parsing, where no escape helps.
 */
public final class XmlText {

    private XmlText() {
    }

    public static String escape(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(text.length() + 16);
        text.replace("${", "$ {").codePoints().forEach(c -> {
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&apos;");
                case '\t', '\n', '\r' -> out.append("&#").append(c).append(';');
                default -> {
                    if (UntrustedText.isBidiControl(c) || (c >= 0x7F && UntrustedText.isControl(c)) || c == 0x2028
                            || c == 0x2029) {
                        out.append("&#x").append(Integer.toHexString(c).toUpperCase(Locale.ROOT)).append(';');
                    }
                    else if (!UntrustedText.isControl(c) && !UntrustedText.isNonCharacter(c)) {
                        out.appendCodePoint(c);
                    }
                }
            }
        });
        return out.toString();
    }

}
