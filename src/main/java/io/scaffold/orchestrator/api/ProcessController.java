package io.scaffold.orchestrator.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.scaffold.orchestrator.runs.FailureMessages;
import io.scaffold.orchestrator.api.ApiModels.Decision;
import io.scaffold.orchestrator.api.ApiModels.Page;
import io.scaffold.orchestrator.api.ApiModels.RunView;
import io.scaffold.orchestrator.api.ApiModels.StartRun;
import io.scaffold.orchestrator.api.ProblemDetailsAdvice.ConflictException;
import io.scaffold.orchestrator.api.ProblemDetailsAdvice.NotFoundException;
import io.scaffold.orchestrator.artifacts.Artifact;
import io.scaffold.orchestrator.artifacts.ArtifactStore;
import io.scaffold.orchestrator.gates.GateEvaluation;
import io.scaffold.orchestrator.gates.GateEvaluationRepository;
import io.scaffold.orchestrator.handover.Handover;
import io.scaffold.orchestrator.process.Approvals;
import io.scaffold.orchestrator.process.Approvals.PendingApproval;
import io.scaffold.orchestrator.process.IncidentFinder;
import io.scaffold.orchestrator.process.ScaffoldRuns;
import io.scaffold.orchestrator.process.StartRequest;
import io.scaffold.orchestrator.runs.EventType;
import io.scaffold.orchestrator.runs.PhaseRecord;
import io.scaffold.orchestrator.runs.Run;
import io.scaffold.orchestrator.runs.RunEvent;
import io.scaffold.orchestrator.runs.RunRepository;
import io.scaffold.orchestrator.runs.RunStatus;
import io.scaffold.orchestrator.security.CurrentUser;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.springframework.core.io.FileSystemResource;
import org.springframework.core.io.Resource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
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

/** Scaffold runs over REST: start, follow, inspect, download, cancel, retry, approve. */
@RestController
@RequestMapping("/api/v1/processes")
class ProcessController {

    private final ScaffoldRuns scaffoldRuns;
    private final RunRepository runs;
    private final ArtifactStore artifacts;
    private final GateEvaluationRepository gates;
    private final Approvals approvals;
    private final Handover handover;
    private final CurrentUser currentUser;
    private final ObjectMapper json;

    ProcessController(ScaffoldRuns scaffoldRuns, RunRepository runs, ArtifactStore artifacts,
                      GateEvaluationRepository gates, Approvals approvals, Handover handover,
                      CurrentUser currentUser, ObjectMapper json) {
        this.scaffoldRuns = scaffoldRuns;
        this.runs = runs;
        this.artifacts = artifacts;
        this.gates = gates;
        this.approvals = approvals;
        this.handover = handover;
        this.currentUser = currentUser;
        this.json = json;
    }

    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    @PreAuthorize("hasAuthority('process:create')")
    ResponseEntity<RunView> start(@RequestBody StartRun body) {
        if (body.specFileName() == null || body.specFileName().isBlank() || body.specContent() == null) {
            throw new IllegalArgumentException("specFileName and specContent are required");
        }
        return started(body.specFileName(), body.specContent(), body.automationLevel(), body.application());
    }

    @PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @PreAuthorize("hasAuthority('process:create')")
    ResponseEntity<RunView> startUpload(@RequestPart("spec") MultipartFile spec,
                                        @RequestParam(required = false) String automationLevel,
                                        @RequestParam(required = false) String application) throws IOException {
        String name = spec.getOriginalFilename() == null ? "spec" : Path.of(spec.getOriginalFilename()).getFileName().toString();
        return started(name, new String(spec.getBytes(), StandardCharsets.UTF_8), automationLevel, application);
    }

    private ResponseEntity<RunView> started(String fileName, String content, String automationLevel, String application) {
        Run run = scaffoldRuns.start(new StartRequest(fileName, content,
                automationLevel == null ? "full" : automationLevel.toLowerCase(Locale.ROOT), application,
                currentUser.organization(), currentUser.name(), null));
        return ResponseEntity.created(URI.create("/api/v1/processes/" + run.id())).body(RunView.of(run));
    }

    @GetMapping
    @PreAuthorize("hasAuthority('process:read')")
    Page<RunView> list(@RequestParam(required = false) RunStatus status,
                       @RequestParam(defaultValue = "0") int page,
                       @RequestParam(defaultValue = "20") int size) {
        if (page < 0 || size < 1 || size > 200) {
            throw new IllegalArgumentException("page must be >= 0 and size between 1 and 200");
        }
        String org = currentUser.organizationFilter();
        List<RunView> items = runs.list(org, status, page, size).stream().map(RunView::of).toList();
        return new Page<>(items, page, size, runs.count(org, status));
    }

    @GetMapping("/{id}")
    @PreAuthorize("hasAuthority('process:read')")
    RunView get(@PathVariable UUID id) {
        return RunView.of(visible(id));
    }

    @GetMapping("/{id}/phases")
    @PreAuthorize("hasAuthority('process:read')")
    List<PhaseRecord> phases(@PathVariable UUID id) {
        return runs.phases(visible(id).id());
    }

    @GetMapping("/{id}/events")
    @PreAuthorize("hasAuthority('process:read')")
    List<RunEvent> events(@PathVariable UUID id) {
        return runs.events(visible(id).id()).stream().map(this::withoutInternals).toList();
    }

    /** The failure texts of events ("error" of an incident, "reason" of a failed run) as served elsewhere. */
    private RunEvent withoutInternals(RunEvent event) {
        if (event.type() != EventType.IncidentRaised && event.type() != EventType.ProcessFailed) {
            return event;
        }
        try {
            ObjectNode payload = (ObjectNode) json.readTree(event.payload());
            for (String field : List.of("error", "reason")) {
                if (payload.path(field).isTextual()) {
                    payload.put(field, FailureMessages.redact(payload.get(field).asText()));
                }
            }
            return new RunEvent(event.id(), event.runId(), event.type(), json.writeValueAsString(payload),
                    event.occurredAt());
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("event " + event.id() + " holds no JSON object", e);
        }
    }

    @GetMapping("/{id}/tasks")
    @PreAuthorize("hasAuthority('process:read')")
    List<Map<String, Object>> tasks(@PathVariable UUID id) {
        return runs.tasks(visible(id).id());
    }

    @GetMapping("/{id}/gates")
    @PreAuthorize("hasAuthority('process:read')")
    List<GateEvaluation> gates(@PathVariable UUID id) {
        return gates.forRun(visible(id).id());
    }

    @GetMapping("/{id}/artifacts")
    @PreAuthorize("hasAuthority('artifact:read')")
    List<Artifact> artifacts(@PathVariable UUID id) {
        return artifacts.latest(visible(id).id());
    }

    @GetMapping("/{id}/artifacts/{*path}")
    @PreAuthorize("hasAuthority('artifact:read')")
    ResponseEntity<byte[]> artifact(@PathVariable UUID id, @PathVariable String path,
                                    @RequestParam(required = false) Integer version) {
        Run run = visible(id);
        String relative = path.startsWith("/") ? path.substring(1) : path;
        Artifact artifact = (version == null ? artifacts.latest(run.id(), relative)
                : artifacts.versions(run.id(), relative).stream().filter(a -> a.version() == version).findFirst())
                .orElseThrow(() -> new NotFoundException("run " + id + " has no artifact " + relative
                        + (version == null ? "" : " version " + version)));
        byte[] content = artifacts.content(run.id(), relative, artifact.version()).orElseThrow();
        return ResponseEntity.ok()
                .contentType(MediaType.TEXT_PLAIN)
                .header(HttpHeaders.ETAG, '"' + artifact.sha256() + '"')
                .header("X-Artifact-Version", Integer.toString(artifact.version()))
                .body(content);
    }

    @GetMapping("/{id}/artifact-versions")
    @PreAuthorize("hasAuthority('artifact:read')")
    List<Artifact> versions(@PathVariable UUID id, @RequestParam String path) {
        List<Artifact> versions = artifacts.versions(visible(id).id(), path);
        if (versions.isEmpty()) {
            throw new NotFoundException("run " + id + " has no artifact " + path);
        }
        return versions;
    }

    @GetMapping(value = "/{id}/artifact-diff", produces = "text/x-diff")
    @PreAuthorize("hasAuthority('artifact:read')")
    String diff(@PathVariable UUID id, @RequestParam String path, @RequestParam int from, @RequestParam int to) {
        Run run = visible(id);
        String a = text(run, path, from);
        String b = text(run, path, to);
        return LineDiff.unified(path + "@" + from, a, path + "@" + to, b);
    }

    @GetMapping("/{id}/download")
    @PreAuthorize("hasAuthority('artifact:download')")
    ResponseEntity<Resource> download(@PathVariable UUID id) {
        Run run = visible(id);
        Path zip = handover.zipOf(run);
        if (run.status() != RunStatus.COMPLETED || !Files.isRegularFile(zip)) {
            throw new ConflictException("run " + id + " is " + run.status() + ": the archive exists once it completed");
        }
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType("application/zip"))
                .header(HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment().filename(zip.getFileName().toString()).build().toString())
                .body(new FileSystemResource(zip));
    }

    @PostMapping("/{id}/cancel")
    @PreAuthorize("hasAuthority('process:update')")
    RunView cancel(@PathVariable UUID id) {
        visible(id);
        if (!scaffoldRuns.cancel(id)) {
            throw new ConflictException("run " + id + " has already ended");
        }
        return RunView.of(runs.find(id).orElseThrow());
    }

    @PostMapping("/{id}/retry")
    @PreAuthorize("hasAuthority('process:update')")
    Map<String, Object> retry(@PathVariable UUID id) {
        Run run = visible(id);
        int resolved = scaffoldRuns.retry(run.id());
        if (resolved == 0) {
            throw new ConflictException("run " + id + " has no failed phase to retry");
        }
        return Map.of("resolvedIncidents", resolved);
    }

    @GetMapping("/{id}/incidents")
    @PreAuthorize("hasAuthority('process:read')")
    List<IncidentFinder.Incident> incidents(@PathVariable UUID id) {
        return scaffoldRuns.incidents(visible(id).id()).stream()
                .map(i -> new IncidentFinder.Incident(i.key(), i.errorType(), FailureMessages.redact(i.errorMessage()),
                        i.elementId(), i.jobKey()))
                .toList();
    }

    @GetMapping("/{id}/approvals")
    @PreAuthorize("hasAuthority('process:read')")
    List<PendingApproval> approvals(@PathVariable UUID id) {
        return approvals.open(visible(id).id());
    }

    @PostMapping("/{id}/approvals/{userTaskKey}")
    @PreAuthorize("hasAuthority('process:update')")
    ResponseEntity<Void> decide(@PathVariable UUID id, @PathVariable long userTaskKey, @RequestBody Decision body) {
        Run run = visible(id);
        PendingApproval pending = approvals.open(run.id()).stream()
                .filter(a -> a.userTaskKey() == userTaskKey)
                .findFirst()
                .orElseThrow(() -> new NotFoundException("run " + id + " has no open approval " + userTaskKey));
        approvals.decide(pending, run.createdBy(), body.decision(), body.comment(), new Approvals.Approver(
                currentUser.name(), currentUser.roles(), currentUser.admin(), currentUser.identified()));
        return ResponseEntity.noContent().build();
    }

    private String text(Run run, String path, int version) {
        return artifacts.content(run.id(), path, version)
                .map(bytes -> new String(bytes, StandardCharsets.UTF_8))
                .orElseThrow(() -> new NotFoundException("run " + run.id() + " has no artifact " + path + " version " + version));
    }

    /** A run of the caller's organisation; other organisations' runs do not exist for the caller. */
    private Run visible(UUID id) {
        Run run = runs.find(id).orElseThrow(() -> new ScaffoldRuns.RunNotFoundException(id));
        String org = currentUser.organizationFilter();
        if (org != null && !org.equals(run.organization())) {
            throw new ScaffoldRuns.RunNotFoundException(id);
        }
        return run;
    }
}
