package io.scaffold.orchestrator.generation.encoding;

/**
 * Text for a double-quoted Mermaid label, e.g. the description of a C4
 * {@code System(...)}: one line, so the diagram keeps one statement per line, with every
 * character Mermaid or the surrounding Markdown fence could read as syntax written as a
 * Mermaid entity code ({@code #quot;}, {@code #35;}): quotes, {@code %%} directives,
 * braces, statement separators, HTML and backticks.
 */
public final class MermaidLabel {

    private MermaidLabel() {
    }

    public static String text(String text) {
        return UntrustedText.oneLine(text, (line, i) -> switch (line.charAt(i)) {
            case '"' -> "#quot;";
            case '<' -> "#lt;";
            case '>' -> "#gt;";
            case '#', '%', '&', ';', '{', '}', '`', '\\' -> "#" + (int) line.charAt(i) + ";";
            default -> null;
        });
    }

}
