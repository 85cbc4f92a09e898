package io.scaffold.orchestrator.api;

import io.scaffold.orchestrator.process.ScaffoldRuns;
import io.scaffold.orchestrator.process.StartRequest;
import io.scaffold.orchestrator.runs.FailureMessages;
import io.scaffold.orchestrator.runs.Run;
import io.scaffold.orchestrator.runs.RunRepository;
import io.scaffold.orchestrator.runs.RunStatus;
import io.scaffold.orchestrator.security.CurrentUser;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/** Scaffold runs over REST: start, list, follow, cancel, resume. */
@RestController
@RequestMapping("/api/v1/processes")
class RunController {

    private final ScaffoldRuns scaffoldRuns;

    private final RunRepository runs;

    private final VisibleRuns visibleRuns;

    private final CurrentUser currentUser;

    RunController(ScaffoldRuns scaffoldRuns, RunRepository runs, VisibleRuns visibleRuns, CurrentUser currentUser) {
        this.scaffoldRuns = scaffoldRuns;
        this.runs = runs;
        this.visibleRuns = visibleRuns;
        this.currentUser = currentUser;
    }

    /**
     * Start a run from a spec sent as JSON.
     *
     * @param specFileName the spec's file name; its extension selects the format (.jdl,
     * .jh, .yaml, .yml, .json, .md, .txt)
     * @param specContent the spec itself
     * @param automationLevel full (default), partial or manual
     * @param application for a multi-application JDL: the application to generate
     */
    record StartRun(String specFileName, String specContent, String automationLevel, String application) {
    }

    record RunView(UUID id, RunStatus status, String application, String spec, String specFormat,
            String automationLevel, Long processInstanceKey, String organization, String createdBy, Instant createdAt,
            Instant completedAt, String failureReason) {

        static RunView of(Run run) {
            return new RunView(run.id(), run.status(), run.applicationName(), run.specFile(), run.specFormat(),
                    run.automationLevel(), run.processInstanceKey(), run.organization(), run.createdBy(),
                    run.createdAt(), run.completedAt(), FailureMessages.redact(run.failureReason()));
        }
    }

    record Page<T>(List<T> items, int page, int size, long total) {
    }

    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    @PreAuthorize("hasAuthority('process:create')")
    ResponseEntity<RunView> start(@RequestBody StartRun body) {
        if (body.specFileName() == null || body.specFileName().isBlank() || body.specContent() == null) {
            throw new InvalidRequestException("specFileName and specContent are required");
        }
        return started(body.specFileName(), body.specContent(), body.automationLevel(), body.application());
    }

    @PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @PreAuthorize("hasAuthority('process:create')")
    ResponseEntity<RunView> startUpload(@RequestPart("spec") MultipartFile spec,
            @RequestParam(required = false) String automationLevel, @RequestParam(required = false) String application)
            throws IOException {
        String name = spec.getOriginalFilename() == null ? "spec"
                : Path.of(spec.getOriginalFilename()).getFileName().toString();
        return started(name, new String(spec.getBytes(), StandardCharsets.UTF_8), automationLevel, application);
    }

    private ResponseEntity<RunView> started(String fileName, String content, String automationLevel,
            String application) {
        String organization = currentUser.organization();
        Run run;
        try {
            run = scaffoldRuns.start(new StartRequest(fileName, content,
                    automationLevel == null ? "full" : automationLevel.toLowerCase(Locale.ROOT), application,
                    organization, currentUser.name(), null));
        }
        catch (IllegalArgumentException e) { // how StartRequest and ScaffoldRuns refuse a
                                             // request's fields
            throw new InvalidRequestException(e.getMessage());
        }
        return ResponseEntity.created(URI.create("/api/v1/processes/" + run.id())).body(RunView.of(run));
    }

    @GetMapping
    @PreAuthorize("hasAuthority('process:read')")
    Page<RunView> list(@RequestParam(required = false) RunStatus status, @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "20") int size) {
        if (page < 0 || size < 1 || size > 200) {
            throw new InvalidRequestException("page must be >= 0 and size between 1 and 200");
        }
        String org = currentUser.organizationFilter();
        List<RunView> items = runs.list(org, status, page, size).stream().map(RunView::of).toList();
        return new Page<>(items, page, size, runs.count(org, status));
    }

    @GetMapping("/{id}")
    @PreAuthorize("hasAuthority('process:read')")
    RunView get(@PathVariable UUID id) {
        return RunView.of(visibleRuns.get(id));
    }

    @PostMapping("/{id}/cancel")
    @PreAuthorize("hasAuthority('process:update')")
    RunView cancel(@PathVariable UUID id) {
        visibleRuns.get(id);
        if (!scaffoldRuns.cancel(id)) {
            throw new ConflictException("run " + id + " has already ended");
        }
        return RunView.of(runs.find(id).orElseThrow());
    }

    /**
     * Continues an INTERRUPTED run (the server stopped while it ran) with a new process
     * instance from its last completed phase; 409 when the run is not INTERRUPTED.
     */
    @PostMapping("/{id}/resume")
    @PreAuthorize("hasAuthority('process:update')")
    RunView resume(@PathVariable UUID id) {
        visibleRuns.get(id);
        try {
            return RunView.of(scaffoldRuns.resume(id, currentUser.name()));
        }
        catch (ScaffoldRuns.RunNotInterruptedException e) {
            throw new ConflictException(e.getMessage());
        }
    }

}
