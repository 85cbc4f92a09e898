package io.scaffold.orchestrator.runs;

import io.camunda.client.api.response.ActivatedJob;
import io.camunda.client.exception.BpmnError;
import io.camunda.client.exception.CamundaError;
import io.camunda.client.exception.JobError;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;
import org.springframework.stereotype.Component;
import org.springframework.boot.context.properties.EnableConfigurationProperties;

/**
 * Runs the work of one job for a worker and records it: one {@code agent_tasks} row per
 * job (a retry updates it), the {@code scaffold.agent.task.duration} timer, and the
 * failure policy. An {@link ExpectedFailure} becomes the BPMN error {@code AGENT_FAILED}
 * (the model decides what happens); any other exception fails the job with exponential
 * backoff so that Zeebe retries it and raises an incident when the retries are used up.
 * What the job failure, the incident and the run's records say about an exception comes
 * from {@link FailureMessages}: no SQL, no stack frames.
 */
@Component
@EnableConfigurationProperties(JobProperties.class)
public class JobExecutions {

    public static final String AGENT_FAILED = "AGENT_FAILED";

    private static final Logger log = LoggerFactory.getLogger(JobExecutions.class);

    private final JobExecutionRepository jobs;

    private final RunEventLog events;

    private final MeterRegistry meters;

    private final Duration retryBackoff;

    JobExecutions(JobExecutionRepository jobs, RunEventLog events, MeterRegistry meters, JobProperties properties) {
        this.jobs = jobs;
        this.events = events;
        this.meters = meters;
        this.retryBackoff = properties.retryBackoff();
    }

    public <T> T run(ActivatedJob job, String phaseId, Supplier<T> work) {
        UUID runId = runId(job);
        MDC.put("runId", runId.toString());
        MDC.put("processInstanceKey", Long.toString(job.getProcessInstanceKey()));
        long start = System.nanoTime();
        int attempt = jobs.started(job.getKey(), runId, job.getType(), phaseId, Instant.now());
        try {
            T result = work.get();
            finish(job, "SUCCEEDED", null, start);
            return result;
        }
        catch (ExpectedFailure e) {
            finish(job, "BPMN_ERROR", e.getMessage(), start);
            // The catching event sub-process reads what went wrong from these variables.
            throw CamundaError.bpmnError(AGENT_FAILED, e.getMessage(),
                    Map.of("errorCode", AGENT_FAILED, "errorMessage", e.getMessage()));
        }
        catch (BpmnError e) {
            finish(job, "BPMN_ERROR", e.getMessage(), start);
            throw e;
        }
        catch (RuntimeException e) {
            String message = FailureMessages.describe(job.getType(), e);
            finish(job, "FAILED", message, start);
            int retriesLeft = Math.max(job.getRetries() - 1, 0);
            Duration backoff = retryBackoff.multipliedBy(1L << Math.min(attempt - 1, 6));
            log.warn("{} failed (attempt {}, {} retries left, next in {}): {}", job.getType(), attempt, retriesLeft,
                    backoff, message);
            if (retriesLeft == 0) {
                events.append(runId, job.getKey() + "#" + attempt,
                        new RunEventData.IncidentRaised(job.getType(), phaseId, message), Instant.now());
            }
            throw new PlainJobError(job.getType() + " failed: " + message, retriesLeft,
                    retriesLeft > 0 ? backoff : Duration.ZERO);
        }
        finally {
            MDC.remove("runId");
            MDC.remove("processInstanceKey");
        }
    }

    public static UUID runId(ActivatedJob job) {
        Object runId = job.getVariable("runId");
        if (runId == null) {
            throw new IllegalStateException("job " + job.getType() + " has no runId variable");
        }
        return UUID.fromString(runId.toString());
    }

    private void finish(ActivatedJob job, String outcome, String error, long startNanos) {
        long nanos = System.nanoTime() - startNanos;
        jobs.finished(runId(job), job.getKey(), outcome, error, nanos / 1_000_000);
        Timer.builder("scaffold.agent.task.duration")
            .description("Time a worker spends on one job")
            .tag("type", job.getType())
            .tag("outcome", outcome)
            .register(meters)
            .record(Duration.ofNanos(nanos));
    }

    /**
     * The client fails a job with the printed stack trace of the {@link JobError} as the
     * error message, and that becomes the incident text: this one prints as its message
     * alone, and carries no cause.
     */
    private static final class PlainJobError extends JobError {

        PlainJobError(String message, int retries, Duration backoff) {
            super(message, null, retries, backoff, null);
        }

        @Override
        public synchronized Throwable fillInStackTrace() {
            return this;
        }

        @Override
        public String toString() {
            return getMessage();
        }

    }

    /**
     * A failure the process model handles (bad input, an agent that cannot do its work):
     * no retry.
     */
    public static class ExpectedFailure extends RuntimeException {

        public ExpectedFailure(String message) {
            super(message);
        }

    }

}
