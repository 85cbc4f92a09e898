package io.scaffold.orchestrator.api;

/**
 * Answered by {@link ProblemDetailsAdvice}: a request the API cannot act on as sent
 * (400).
 */
class InvalidRequestException extends RuntimeException {

    InvalidRequestException(String message) {
        super(message);
    }

}
