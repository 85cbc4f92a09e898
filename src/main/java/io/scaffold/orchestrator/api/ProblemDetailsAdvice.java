package io.scaffold.orchestrator.api;

import io.scaffold.orchestrator.runs.FailureMessages;
import io.scaffold.orchestrator.process.Approvals;
import io.scaffold.orchestrator.process.ScaffoldRuns;
import io.scaffold.orchestrator.spec.SpecException;
import io.scaffold.orchestrator.spec.SpecLimitException;
import java.net.URI;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.web.servlet.MultipartProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.util.unit.DataSize;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * Every error of the API as RFC 9457 problem details. Each status has its own exception
 * type (a run that does not exist or is not the caller's: 404; the caller may not: 403;
 * the run's state forbids it: 409; the request as sent cannot be acted on: 400), so an
 * IllegalArgumentException from deep inside is a fault of the server, not of the caller.
 * Unexpected errors answer a generic message with an id; their detail (which may hold SQL
 * or stack frames) goes to the server log under that id only.
 */
@RestControllerAdvice
@EnableConfigurationProperties({ ApiProperties.class, MultipartProperties.class })
class ProblemDetailsAdvice extends ResponseEntityExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ProblemDetailsAdvice.class);

    private static final String TYPES = "https://scaffold.io/problems/";

    private final DataSize maxUpload;

    private final DataSize maxBody;

    ProblemDetailsAdvice(MultipartProperties multipart, ApiProperties properties) {
        this.maxUpload = multipart.getMaxRequestSize();
        this.maxBody = properties.maxRequestBody();
    }

    @ExceptionHandler(SpecException.class)
    ProblemDetail badSpec(SpecException e) {
        ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, "invalid-spec", "The spec cannot be read", e.problem());
        problem.setProperty("file", e.file());
        problem.setProperty("line", e.line());
        problem.setProperty("column", e.column());
        problem.setProperty("howToFix", e.howToFix());
        return problem;
    }

    /**
     * A spec beyond a limit: 413 for its size, 400 otherwise; {@code limit} names the
     * scaffold.limits key.
     */
    @ExceptionHandler(SpecLimitException.class)
    ProblemDetail specBeyondLimit(SpecLimitException e) {
        ProblemDetail problem = badSpec(e);
        problem.setStatus(e.tooLarge() ? HttpStatus.PAYLOAD_TOO_LARGE.value() : HttpStatus.BAD_REQUEST.value());
        problem.setType(URI.create(TYPES + "spec-limit-exceeded"));
        problem.setTitle("The spec exceeds a limit");
        problem.setProperty("limit", "scaffold.limits." + e.limit());
        return problem;
    }

    @ExceptionHandler(InvalidRequestException.class)
    ProblemDetail badRequest(InvalidRequestException e) {
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
        return problem(HttpStatus.SERVICE_UNAVAILABLE, "run-not-started", "The run could not be started",
                e.getMessage());
    }

    @ExceptionHandler(Approvals.ApprovalsUnavailableException.class)
    ProblemDetail approvalsUnavailable(Approvals.ApprovalsUnavailableException e) {
        return problem(HttpStatus.SERVICE_UNAVAILABLE, "approvals-unavailable", "Approvals cannot be listed here",
                e.getMessage());
    }

    @ExceptionHandler(Approvals.NotAnApproverException.class)
    ProblemDetail notAnApprover(Approvals.NotAnApproverException e) {
        return problem(HttpStatus.FORBIDDEN, "not-an-approver", "You may not answer this approval", e.getMessage());
    }

    /**
     * Changes requested with a comment alone: understood, but nothing here can act on it
     * (422, not 400: the request is well formed).
     */
    @ExceptionHandler(Approvals.CommentCannotBeAppliedException.class)
    ProblemDetail commentCannotBeApplied(Approvals.CommentCannotBeAppliedException e) {
        return problem(HttpStatus.UNPROCESSABLE_ENTITY, "comment-cannot-be-applied",
                "A comment alone cannot be applied", e.getMessage());
    }

    /**
     * Refusals of method security and a token without organisation: the caller is known
     * but may not do this.
     */
    @ExceptionHandler(AccessDeniedException.class)
    ProblemDetail forbidden(AccessDeniedException e) {
        return problem(HttpStatus.FORBIDDEN, "forbidden", "Forbidden", e.getMessage());
    }

    /** A multipart body that cannot be parsed (a broken boundary, a truncated part). */
    @ExceptionHandler(MultipartException.class)
    ProblemDetail badMultipart(MultipartException e) {
        return problem(HttpStatus.BAD_REQUEST, "bad-multipart", "The multipart request cannot be read",
                "the multipart body cannot be parsed (" + FailureMessages.redact(e.getMostSpecificCause().getMessage())
                        + "): send multipart/form-data with a matching boundary and a part named 'spec'");
    }

    @Override
    protected ResponseEntity<Object> handleMaxUploadSizeExceededException(MaxUploadSizeExceededException e,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        return ResponseEntity.status(HttpStatus.PAYLOAD_TOO_LARGE)
            .body(tooLarge("upload", maxUpload, "spring.servlet.multipart.max-file-size / max-request-size"));
    }

    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException e,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof RequestBodyLimitFilter.BodyTooLargeException) {
                return ResponseEntity.status(HttpStatus.PAYLOAD_TOO_LARGE)
                    .body(tooLarge("request body", maxBody, "scaffold.api.max-request-body"));
            }
        }
        return ResponseEntity.badRequest()
            .body(problem(HttpStatus.BAD_REQUEST, "unreadable-body", "The request body cannot be read",
                    "the body is not the JSON this endpoint expects: "
                            + FailureMessages.redact(e.getMostSpecificCause().getMessage())));
    }

    static ProblemDetail tooLarge(String what, DataSize limit, String property) {
        ProblemDetail problem = problem(HttpStatus.PAYLOAD_TOO_LARGE, "too-large", "The request is too large",
                "the " + what + " is larger than the limit of " + limit.toKilobytes() + " KB (" + property + ")");
        problem.setProperty("limitBytes", limit.toBytes());
        return problem;
    }

    /**
     * Anything else is a fault of the server: logged with an id, answered without
     * internals.
     */
    @ExceptionHandler(Exception.class)
    ProblemDetail unexpected(Exception e) {
        String id = UUID.randomUUID().toString();
        log.error("Unexpected error {} answering a request", id, e);
        ProblemDetail problem = problem(HttpStatus.INTERNAL_SERVER_ERROR, "internal-error", "Internal error",
                "the server failed to answer this request; the operators find the cause in its log under error id "
                        + id);
        problem.setProperty("errorId", id);
        return problem;
    }

    private static ProblemDetail problem(HttpStatus status, String type, String title, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setType(URI.create(TYPES + type));
        problem.setTitle(title);
        return problem;
    }

}
