package io.scaffold.orchestrator.generation.encoding;

/**
 * A YAML double-quoted scalar (quotes included) that reads back as exactly the given
 * text, in block and flow context, with YAML 1.1 (SnakeYAML) and 1.2 parsers alike: only
 * escapes both define are used ({@code \/}, which JSON escaping produces after {@code <},
 * is not one of them), and line breaks, NEL and the Unicode line and paragraph separators
 * are escaped because YAML folds them. Bidirectional controls and other invisible
 * characters are escaped too. Unpaired surrogates, which YAML cannot carry, are dropped.
 */
public final class YamlScalar {

    private YamlScalar() {
    }

    public static String quoted(String text) {
        String value = text == null ? "" : text;
        StringBuilder out = new StringBuilder(value.length() + 16).append('"');
        value.codePoints().forEach(c -> {
            switch (c) {
                case '\\' -> out.append("\\\\");
                case '"' -> out.append("\\\"");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                case 0 -> out.append("\\0");
                default -> {
                    int type = Character.getType(c);
                    if (c >= Character.MIN_SURROGATE && c <= Character.MAX_SURROGATE) {
                        return; // unpaired: codePoints() joins the pairs
                    }
                    if (type == Character.CONTROL || type == Character.FORMAT || UntrustedText.isLineBreak(c)
                            || UntrustedText.isNonCharacter(c)) {
                        out.append(String.format("\\u%04X", c));
                    }
                    else {
                        out.appendCodePoint(c);
                    }
                }
            }
        });
        return out.append('"').toString();
    }

}
