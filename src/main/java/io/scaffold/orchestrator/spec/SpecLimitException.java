package io.scaffold.orchestrator.spec;

/**
 * A spec that exceeds one of the {@link SpecLimits}; {@link #limit()} names it as its
 * configuration key ({@code spec-bytes}, {@code entities}, ...), so that a client can
 * tell which limit and how to raise it.
 */
public class SpecLimitException extends SpecException {

    private final String limit;

    public SpecLimitException(String file, int line, int column, String limit, String problem, String howToFix) {
        super(file, line, column, problem, howToFix);
        this.limit = limit;
    }

    /** The limit's key under {@code scaffold.limits}, e.g. {@code spec-bytes}. */
    public String limit() {
        return limit;
    }

    /** Whether the spec is refused for its size alone (HTTP 413 rather than 400). */
    public boolean tooLarge() {
        return limit.equals("spec-bytes");
    }

}
