package io.scaffold.orchestrator.api;

import io.scaffold.orchestrator.process.Approvals;
import io.scaffold.orchestrator.process.ScaffoldRuns;
import io.scaffold.orchestrator.spec.SpecException;
import io.scaffold.orchestrator.spec.SpecLimitException;
import java.net.URI;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/** Every error of the API as RFC 9457 problem details. */
@RestControllerAdvice
class ProblemDetailsAdvice extends ResponseEntityExceptionHandler {

    private static final String TYPES = "https://scaffold.io/problems/";

    @ExceptionHandler(SpecException.class)
    ProblemDetail badSpec(SpecException e) {
        ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, "invalid-spec", "The spec cannot be read", e.problem());
        problem.setProperty("file", e.file());
        problem.setProperty("line", e.line());
        problem.setProperty("column", e.column());
        problem.setProperty("howToFix", e.howToFix());
        return problem;
    }

    /** A spec beyond a limit: 413 for its size, 400 otherwise; {@code limit} names the scaffold.limits key. */
    @ExceptionHandler(SpecLimitException.class)
    ProblemDetail specBeyondLimit(SpecLimitException e) {
        ProblemDetail problem = badSpec(e);
        problem.setStatus(e.tooLarge() ? HttpStatus.PAYLOAD_TOO_LARGE.value() : HttpStatus.BAD_REQUEST.value());
        problem.setType(URI.create(TYPES + "spec-limit-exceeded"));
        problem.setTitle("The spec exceeds a limit");
        problem.setProperty("limit", "scaffold.limits." + e.limit());
        return problem;
    }

    @ExceptionHandler(IllegalArgumentException.class)
    ProblemDetail badRequest(IllegalArgumentException e) {
        return problem(HttpStatus.BAD_REQUEST, "bad-request", "The request is not valid", e.getMessage());
    }

    @ExceptionHandler(ScaffoldRuns.RunNotFoundException.class)
    ProblemDetail notFound(ScaffoldRuns.RunNotFoundException e) {
        return problem(HttpStatus.NOT_FOUND, "not-found", "Not found", e.getMessage());
    }

    @ExceptionHandler(NotFoundException.class)
    ProblemDetail notFound(NotFoundException e) {
        return problem(HttpStatus.NOT_FOUND, "not-found", "Not found", e.getMessage());
    }

    @ExceptionHandler(ConflictException.class)
    ProblemDetail conflict(ConflictException e) {
        return problem(HttpStatus.CONFLICT, "conflict", "The run is not in a state that allows this", e.getMessage());
    }

    @ExceptionHandler(ScaffoldRuns.RunStartException.class)
    ProblemDetail notStarted(ScaffoldRuns.RunStartException e) {
        return problem(HttpStatus.SERVICE_UNAVAILABLE, "run-not-started", "The run could not be started", e.getMessage());
    }

    @ExceptionHandler(Approvals.ApprovalsUnavailableException.class)
    ProblemDetail approvalsUnavailable(Approvals.ApprovalsUnavailableException e) {
        return problem(HttpStatus.SERVICE_UNAVAILABLE, "approvals-unavailable", "Approvals cannot be listed here",
                e.getMessage());
    }

    private static ProblemDetail problem(HttpStatus status, String type, String title, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setType(URI.create(TYPES + type));
        problem.setTitle(title);
        return problem;
    }

    static class NotFoundException extends RuntimeException {
        NotFoundException(String message) {
            super(message);
        }
    }

    static class ConflictException extends RuntimeException {
        ConflictException(String message) {
            super(message);
        }
    }
}
