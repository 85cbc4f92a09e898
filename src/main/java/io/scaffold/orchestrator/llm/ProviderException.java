package io.scaffold.orchestrator.llm;

/**
 * A provider answered with an error status; the message holds the start of what it said,
 * redacted.
 */
final class ProviderException extends RuntimeException {

    private final int status;

    ProviderException(int status, String message) {
        super(message);
        this.status = status;
    }

    int status() {
        return status;
    }

    /** Too many requests or a server error: worth another attempt after a wait. */
    boolean transientFailure() {
        return status == 429 || status >= 500;
    }

}
