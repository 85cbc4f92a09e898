package io.scaffold.orchestrator.api;

/**
 * Answered by {@link ProblemDetailsAdvice}: a run whose state does not allow the request
 * (409).
 */
class ConflictException extends RuntimeException {

    ConflictException(String message) {
        super(message);
    }

}
