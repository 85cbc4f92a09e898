package io.scaffold.orchestrator.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.scaffold.orchestrator.runs.EventType;
import io.scaffold.orchestrator.runs.FailureMessages;
import io.scaffold.orchestrator.runs.JobExecution;
import io.scaffold.orchestrator.runs.JobExecutionRepository;
import io.scaffold.orchestrator.runs.PhaseRecord;
import io.scaffold.orchestrator.runs.PhaseRepository;
import io.scaffold.orchestrator.runs.PhaseStatus;
import io.scaffold.orchestrator.runs.RunEvent;
import io.scaffold.orchestrator.runs.RunEventLog;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import org.springframework.http.MediaType;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * What happened in a run: its phases, its event log (also live) and the jobs the workers
 * handled.
 */
@RestController
@RequestMapping("/api/v1/processes/{id}")
class RunHistoryController {

    private final VisibleRuns visibleRuns;

    private final PhaseRepository phases;

    private final RunEventLog events;

    private final JobExecutionRepository jobs;

    private final ObjectMapper json;

    private final RunEventStreams streams;

    RunHistoryController(VisibleRuns visibleRuns, PhaseRepository phases, RunEventLog events,
            JobExecutionRepository jobs, ObjectMapper json, RunEventStreams streams) {
        this.streams = streams;
        this.visibleRuns = visibleRuns;
        this.phases = phases;
        this.events = events;
        this.jobs = jobs;
        this.json = json;
    }

    record PhaseView(String phaseId, String name, PhaseStatus status, Instant startedAt, Instant completedAt,
            Long durationMs) {

        static PhaseView of(PhaseRecord phase) {
            return new PhaseView(phase.phaseId(), phase.name(), phase.status(), phase.startedAt(), phase.completedAt(),
                    phase.durationMs());
        }
    }

    /**
     * @param payload a JSON object, as text
     */
    record EventView(long id, UUID runId, EventType type, String payload, Instant occurredAt) {

        /**
         * The failure texts of events ("error" of an incident, "reason" of a failed run)
         * as served elsewhere.
         */
        static EventView of(RunEvent event, ObjectMapper json) {
            if (event.type() != EventType.IncidentRaised && event.type() != EventType.ProcessFailed) {
                return new EventView(event.id(), event.runId(), event.type(), event.payload(), event.occurredAt());
            }
            try {
                ObjectNode payload = (ObjectNode) json.readTree(event.payload());
                for (String field : List.of("error", "reason")) {
                    if (payload.path(field).isTextual()) {
                        payload.put(field, FailureMessages.redact(payload.get(field).asText()));
                    }
                }
                return new EventView(event.id(), event.runId(), event.type(), json.writeValueAsString(payload),
                        event.occurredAt());
            }
            catch (JsonProcessingException e) {
                throw new IllegalStateException("event " + event.id() + " holds no JSON object", e);
            }
        }
    }

    /**
     * @param outcome RUNNING, SUCCEEDED, BPMN_ERROR or FAILED
     */
    record TaskView(long jobKey, String jobType, String phaseId, int attempt, String outcome, String error,
            Instant startedAt, Long durationMs) {

        static TaskView of(JobExecution job) {
            return new TaskView(job.jobKey(), job.jobType(), job.phaseId(), job.attempt(), job.outcome(), job.error(),
                    job.startedAt(), job.durationMs());
        }
    }

    @GetMapping("/phases")
    @PreAuthorize("hasAuthority('process:read')")
    List<PhaseView> phases(@PathVariable UUID id) {
        return phases.forRun(visibleRuns.get(id).id()).stream().map(PhaseView::of).toList();
    }

    @GetMapping("/events")
    @PreAuthorize("hasAuthority('process:read')")
    List<EventView> events(@PathVariable UUID id) {
        return events.forRun(visibleRuns.get(id).id()).stream().map(event -> EventView.of(event, json)).toList();
    }

    /**
     * The run's events as Server-Sent Events, each as soon as it is recorded: those later
     * than {@code after} (or the {@code Last-Event-ID} header) first, a comment line as
     * heartbeat every 15 s, and the stream ends after the run's final event.
     */
    @GetMapping(path = "/stream", produces = MediaType.TEXT_EVENT_STREAM_VALUE)
    @PreAuthorize("hasAuthority('process:read')")
    @Operation(summary = "The run's events, live, as Server-Sent Events",
            description = "One message per recorded event: id = the event's sequence number, event = "
                    + RunEventStreams.EVENT_NAME + ", data = the event as one item of GET /events. "
                    + "?after=<sequence> or the Last-Event-ID header replays the later stored events first; "
                    + "a comment line every 15 s keeps the connection open; the stream ends after "
                    + "ProcessCompleted, ProcessFailed or ProcessCancelled.",
            responses = @ApiResponse(responseCode = "200",
                    content = @Content(mediaType = MediaType.TEXT_EVENT_STREAM_VALUE,
                            schema = @Schema(implementation = EventView.class))))
    SseEmitter stream(@PathVariable UUID id, @RequestParam(required = false) Long after,
            @RequestHeader(name = "Last-Event-ID", required = false) Long lastEventId) {
        long from = after != null ? after : lastEventId != null ? lastEventId : 0;
        return streams.open(visibleRuns.get(id).id(), from);
    }

    @GetMapping("/tasks")
    @PreAuthorize("hasAuthority('process:read')")
    List<TaskView> tasks(@PathVariable UUID id) {
        return jobs.forRun(visibleRuns.get(id).id()).stream().map(TaskView::of).toList();
    }

}
