package io.scaffold.orchestrator.generation.encoding;

/**
 * Text for a double-quoted Mermaid label, e.g. the description of a C4 {@code System(...)}: one line, so the
 * diagram keeps one statement per line, with every character Mermaid or the surrounding Markdown fence could read
 * as syntax written as a Mermaid entity code ({@code #quot;}, {@code #35;}): quotes, {@code %%} directives,
 * braces, statement separators, HTML and backticks.
 */
public final class MermaidLabel {

    private MermaidLabel() {
    }

    public static String text(String text) {
        String line = UntrustedText.oneLine(text);
        StringBuilder out = new StringBuilder(line.length() + 16);
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            switch (c) {
                case '"' -> out.append("#quot;");
                case '<' -> out.append("#lt;");
                case '>' -> out.append("#gt;");
                case '#', '%', '&', ';', '{', '}', '`', '\\' -> out.append('#').append((int) c).append(';');
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
