package io.scaffold.orchestrator.api;

/**
 * Answered by {@link ProblemDetailsAdvice}: a resource of a visible run that does not
 * exist (404).
 */
class NotFoundException extends RuntimeException {

    NotFoundException(String message) {
        super(message);
    }

}
