package io.scaffold.orchestrator.api;

import io.scaffold.orchestrator.artifacts.Artifact;
import io.scaffold.orchestrator.artifacts.ArtifactStore;
import io.scaffold.orchestrator.artifacts.ArtifactType;
import io.scaffold.orchestrator.handover.Handover;
import io.scaffold.orchestrator.runs.Run;
import io.scaffold.orchestrator.runs.RunStatus;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
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
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The files a run produced: versions, contents, diffs, and the generated project as a
 * zip.
 */
@RestController
@RequestMapping("/api/v1/processes/{id}")
class ArtifactController {

    private final VisibleRuns visibleRuns;

    private final ArtifactStore artifacts;

    private final Handover handover;

    ArtifactController(VisibleRuns visibleRuns, ArtifactStore artifacts, Handover handover) {
        this.visibleRuns = visibleRuns;
        this.artifacts = artifacts;
        this.handover = handover;
    }

    record ArtifactView(UUID runId, String path, int version, ArtifactType type, String phaseId, String agent,
            String sha256, int sizeBytes, Instant createdAt) {

        static ArtifactView of(Artifact a) {
            return new ArtifactView(a.runId(), a.path(), a.version(), a.type(), a.phaseId(), a.agent(), a.sha256(),
                    a.sizeBytes(), a.createdAt());
        }
    }

    @GetMapping("/artifacts")
    @PreAuthorize("hasAuthority('artifact:read')")
    List<ArtifactView> artifacts(@PathVariable UUID id) {
        return artifacts.latest(visibleRuns.get(id).id()).stream().map(ArtifactView::of).toList();
    }

    @GetMapping("/artifacts/{*path}")
    @PreAuthorize("hasAuthority('artifact:read')")
    ResponseEntity<byte[]> artifact(@PathVariable UUID id, @PathVariable String path,
            @RequestParam(required = false) Integer version) {
        Run run = visibleRuns.get(id);
        String relative = path.startsWith("/") ? path.substring(1) : path;
        Artifact artifact = (version == null ? artifacts.latest(run.id(), relative)
                : artifacts.versions(run.id(), relative).stream().filter(a -> a.version() == version).findFirst())
            .orElseThrow(() -> new NotFoundException(
                    "run " + id + " has no artifact " + relative + (version == null ? "" : " version " + version)));
        byte[] content = artifacts.content(run.id(), relative, artifact.version()).orElseThrow();
        return ResponseEntity.ok()
            .contentType(MediaType.TEXT_PLAIN)
            .header(HttpHeaders.ETAG, '"' + artifact.sha256() + '"')
            .header("X-Artifact-Version", Integer.toString(artifact.version()))
            .body(content);
    }

    @GetMapping("/artifact-versions")
    @PreAuthorize("hasAuthority('artifact:read')")
    List<ArtifactView> versions(@PathVariable UUID id, @RequestParam String path) {
        List<Artifact> versions = artifacts.versions(visibleRuns.get(id).id(), path);
        if (versions.isEmpty()) {
            throw new NotFoundException("run " + id + " has no artifact " + path);
        }
        return versions.stream().map(ArtifactView::of).toList();
    }

    @GetMapping(value = "/artifact-diff", produces = "text/x-diff")
    @PreAuthorize("hasAuthority('artifact:read')")
    String diff(@PathVariable UUID id, @RequestParam String path, @RequestParam int from, @RequestParam int to) {
        Run run = visibleRuns.get(id);
        return LineDiff.unified(path + "@" + from, text(run, path, from), path + "@" + to, text(run, path, to));
    }

    @GetMapping("/download")
    @PreAuthorize("hasAuthority('artifact:download')")
    ResponseEntity<Resource> download(@PathVariable UUID id) {
        Run run = visibleRuns.get(id);
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

    private String text(Run run, String path, int version) {
        return artifacts.content(run.id(), path, version)
            .map(bytes -> new String(bytes, StandardCharsets.UTF_8))
            .orElseThrow(() -> new NotFoundException(
                    "run " + run.id() + " has no artifact " + path + " version " + version));
    }

}
