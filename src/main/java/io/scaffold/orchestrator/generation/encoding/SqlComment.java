package io.scaffold.orchestrator.generation.encoding;

/**
 * Text for the rest of a SQL {@code --} line comment: one line, so it cannot end the
 * comment, and without {@code ${}, which Flyway would take for a placeholder anywhere in
 * a migration, comments included, and then fail on (or fill in). Never used inside block
 * comments.
 */
public final class SqlComment {

    private SqlComment() {
    }

    public static String line(String text) {
        return UntrustedText.oneLine(text).replace("${", "$ {");
    }

}
