package io.scaffold.orchestrator.spec;

/**
 * An input that cannot become a domain model. The message names the file, the 1-based
 * line and column (0 when not applicable) and how to fix it, e.g. <pre>
 * bug-tracker.jdl:12:5: expected '}' to close entity Ticket, found 'relationship'
 *   how to fix: add '}' after the last field of Ticket
 * </pre>
 */
public class SpecException extends RuntimeException {

    private final String file;

    private final int line;

    private final int column;

    private final String problem;

    private final String howToFix;

    public SpecException(String file, int line, int column, String problem, String howToFix) {
        this(file, line, column, problem, howToFix, null);
    }

    public SpecException(String file, int line, int column, String problem, String howToFix, Throwable cause) {
        super(format(file, line, column, problem, howToFix), cause);
        this.file = file;
        this.line = line;
        this.column = column;
        this.problem = problem;
        this.howToFix = howToFix;
    }

    private static String format(String file, int line, int column, String problem, String howToFix) {
        StringBuilder message = new StringBuilder(file);
        if (line > 0) {
            message.append(':').append(line).append(':').append(column);
        }
        message.append(": ").append(problem);
        if (howToFix != null && !howToFix.isBlank()) {
            message.append("\n  how to fix: ").append(howToFix);
        }
        return message.toString();
    }

    public String file() {
        return file;
    }

    public int line() {
        return line;
    }

    public int column() {
        return column;
    }

    /** The problem alone, without location or fix. */
    public String problem() {
        return problem;
    }

    public String howToFix() {
        return howToFix;
    }

}
