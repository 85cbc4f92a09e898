package io.scaffold.orchestrator.handover;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.scaffold.orchestrator.artifacts.Artifact;
import io.scaffold.orchestrator.artifacts.ArtifactStore;
import io.scaffold.orchestrator.artifacts.ArtifactType;
import io.scaffold.orchestrator.artifacts.Workspace;
import io.scaffold.orchestrator.contract.Phase;
import io.scaffold.orchestrator.decisions.DecisionVersion;
import io.scaffold.orchestrator.decisions.RunDecisions;
import io.scaffold.orchestrator.gates.GateEvaluation;
import io.scaffold.orchestrator.gates.GateEvaluationRepository;
import io.scaffold.orchestrator.gates.GateWaiverRepository;
import io.scaffold.orchestrator.llm.ModelCallLog;
import io.scaffold.orchestrator.llm.Provenance;
import io.scaffold.orchestrator.llm.ProvenanceLog;
import io.scaffold.orchestrator.llm.ProvenanceSource;
import io.scaffold.orchestrator.runs.PhaseRecord;
import io.scaffold.orchestrator.runs.PhaseRepository;
import io.scaffold.orchestrator.runs.PhaseStatus;
import io.scaffold.orchestrator.runs.Run;
import io.scaffold.orchestrator.runs.RunRepository;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.springframework.stereotype.Service;

/**
 * Phase 9: the run report and lessons are written into the project, the project is
 * archived as a zip, and published to the run's output directory in one atomic move, so
 * the output directory is either absent or complete. The published project is exactly the
 * run's artifacts: what a build or a tool left in the workspace (such as {@code target/})
 * is not part of it.
 */
@Service
public class Handover {

    public static final String REPORT = "docs/scaffold/report.json";

    public static final String LESSONS = "docs/scaffold/lessons.json";
    static final String PHASE = Phase.HANDOVER.id();

    private final RunRepository runs;

    private final PhaseRepository phases;

    private final GateEvaluationRepository gates;

    private final ArtifactStore artifacts;

    private final GateWaiverRepository waivers;

    private final Workspace workspace;

    private final RunDecisions decisions;

    private final ObjectMapper json;

    private final ProvenanceLog provenance;

    private final ModelCallLog modelCalls;

    Handover(RunRepository runs, PhaseRepository phases, GateEvaluationRepository gates, GateWaiverRepository waivers,
            ArtifactStore artifacts, Workspace workspace, RunDecisions decisions, ObjectMapper json,
            ProvenanceLog provenance, ModelCallLog modelCalls) {
        this.provenance = provenance;
        this.modelCalls = modelCalls;
        this.runs = runs;
        this.phases = phases;
        this.gates = gates;
        this.artifacts = artifacts;
        this.waivers = waivers;
        this.workspace = workspace;
        this.decisions = decisions;
        this.json = json;
    }

    public Path handover(UUID runId, String agent) {
        Run run = runs.find(runId).orElseThrow(() -> new IllegalStateException("no run " + runId));
        Instant now = Instant.now();
        RunReport report = report(run, now);
        artifacts.save(runId, REPORT, write(report), ArtifactType.DOCUMENTATION, PHASE, agent);
        artifacts.save(runId, LESSONS, write(lessons(report)), ArtifactType.DOCUMENTATION, PHASE, agent);
        List<String> files = artifacts.latest(runId).stream().map(Artifact::path).toList();
        Path zip = zip(runId, run.applicationName(), files);
        if (run.outputDir() != null && !alreadyPublished(Path.of(run.outputDir()), runId)) {
            publish(workspace.projectDir(runId), files, Path.of(run.outputDir()));
        }
        return zip;
    }

    /**
     * The report of a run as it stands; handover marks its own phase completed at
     * {@code now}.
     */
    public RunReport report(Run run, Instant now) {
        List<RunReport.Phase> phases = this.phases.forRun(run.id())
            .stream()
            .map(p -> p.phaseId().equals(PHASE) && p.completedAt() == null
                    ? new PhaseRecord(p.phaseId(), p.name(), PhaseStatus.COMPLETED, p.startedAt(), now) : p)
            .map(p -> new RunReport.Phase(p.phaseId(), p.name(), p.status().name(), p.startedAt(), p.completedAt(),
                    p.durationMs()))
            .toList();
        List<RunReport.Gate> gateEntries = gates.forRun(run.id()).stream().map(Handover::gate).toList();
        Map<String, Provenance> producedBy = provenance.forRun(run.id());
        List<RunReport.ArtifactEntry> artifactEntries = artifacts.latest(run.id())
            .stream()
            .filter(a -> !a.path().equals(REPORT) && !a.path().equals(LESSONS))
            .map(a -> artifact(a, producedBy.get(a.path())))
            .toList();
        RunReport.ModelCalls calls = new RunReport.ModelCalls(
                modelCalls.counts(run.id())
                    .stream()
                    .map(c -> new RunReport.CallCount(c.agent().key(), c.provider(), c.outcome().name(), c.calls()))
                    .toList(),
                producedBy.entrySet()
                    .stream()
                    .filter(e -> e.getValue().source() == ProvenanceSource.FALLBACK)
                    .map(e -> new RunReport.Fallback(e.getKey(), e.getValue().agent().key(), e.getValue().reason()))
                    .toList());
        String status = run.status().finished() ? run.status().name() : "COMPLETED";
        return new RunReport(run.id().toString(), status, run.processInstanceKey(), run.applicationName(),
                run.specFile(), run.automationLevel(), run.createdAt(), now, phases, gateEntries, artifactEntries,
                decisions.currentVersions(run.id()).stream().map(Handover::decision).toList(),
                waivers.forRun(run.id())
                    .stream()
                    .map(w -> new RunReport.Waiver(w.gateId(), w.attempt(), w.reason(), w.expiresAt(), w.grantedBy(),
                            w.grantedAt()))
                    .toList(),
                calls);
    }

    private static RunReport.DecisionEntry decision(DecisionVersion v) {
        var d = v.decision();
        return new RunReport.DecisionEntry(d.id(), d.question(), d.chosen(), d.options(), d.source().name(),
                d.rationale(), d.assumption(), d.locked(), v.version(), v.changedBy());
    }

    /**
     * What later runs can learn from this one: gate scores, rework counts and durations.
     */
    private static Map<String, Object> lessons(RunReport report) {
        Map<String, Object> lessons = new LinkedHashMap<>();
        lessons.put("application", report.application());
        Map<String, Object> gateLessons = new LinkedHashMap<>();
        for (RunReport.Gate g : report.gates()) {
            gateLessons.put(g.gateId(),
                    Map.of("attempts", g.attempt(), "finalScore", g.score(), "reworks", g.attempt() - 1));
        }
        lessons.put("gates", gateLessons);
        Map<String, Object> durations = new LinkedHashMap<>();
        report.phases().forEach(p -> durations.put(p.id(), p.durationMs()));
        lessons.put("phaseDurationsMs", durations);
        return lessons;
    }

    private static RunReport.Gate gate(GateEvaluation e) {
        return new RunReport.Gate(e.gateId(), e.phaseId(), e.score(), e.threshold(), e.verdict(), e.reason(),
                e.attempt(), e.decision(), e.decidedBy(), e.comment(), e.label(),
                e.criteria()
                    .stream()
                    .map(c -> new RunReport.Criterion(c.name(), c.weight(), c.score(),
                            c.findings().stream().map(RunReport.ReportedFinding::of).toList()))
                    .toList());
    }

    /**
     * @param producedBy the recorded provenance, or null: deterministic
     */
    private static RunReport.ArtifactEntry artifact(Artifact a, Provenance producedBy) {
        return new RunReport.ArtifactEntry(a.path(), a.type().label(), a.phaseId(), a.agent(), a.version(), a.sha256(),
                producedBy == null ? "deterministic" : producedBy.describe());
    }

    private String write(Object value) {
        try {
            return json.writerWithDefaultPrettyPrinter().writeValueAsString(value) + "\n";
        }
        catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * The zip of the project, entries sorted so that the same project gives the same
     * archive.
     */
    private Path zip(UUID runId, String applicationName, List<String> files) {
        Path project = workspace.projectDir(runId);
        Path zip = workspace.runDir(runId).resolve(applicationName + ".zip");
        Path tmp = zip.resolveSibling(zip.getFileName() + ".tmp");
        try (OutputStream out = Files.newOutputStream(tmp); ZipOutputStream archive = new ZipOutputStream(out)) {
            for (String file : files.stream().sorted().toList()) {
                ZipEntry entry = new ZipEntry(entryName(applicationName, file));
                entry.setTime(0);
                archive.putNextEntry(entry);
                Files.copy(project.resolve(file), archive);
                archive.closeEntry();
            }
        }
        catch (IOException e) {
            throw new UncheckedIOException("cannot archive " + project, e);
        }
        try {
            Files.move(tmp, zip, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        }
        catch (IOException e) {
            throw new UncheckedIOException("cannot write " + zip, e);
        }
        return zip;
    }

    /**
     * The archive path of a project file, safe to unpack anywhere: backslashes (a
     * separator on Windows) become {@code _}, and empty, {@code .} and {@code ..}
     * segments are dropped, so no entry is absolute or leaves the application's folder. A
     * spec's file name, for one, is user text.
     */
    static String entryName(String applicationName, String file) {
        return Arrays.stream((applicationName + "/" + file).replace('\\', '_').split("/"))
            .filter(segment -> !segment.isEmpty() && !segment.equals(".") && !segment.equals(".."))
            .collect(Collectors.joining("/"));
    }

    public Path zipOf(Run run) {
        return workspace.runDir(run.id()).resolve(run.applicationName() + ".zip");
    }

    /** A retried handover finds its own earlier publication in place. */
    private boolean alreadyPublished(Path target, UUID runId) {
        Path report = target.resolve(REPORT);
        try {
            return Files.isRegularFile(report)
                    && runId.toString().equals(json.readTree(report.toFile()).path("runId").asText());
        }
        catch (IOException e) {
            return false;
        }
    }

    /**
     * Copies the project's files next to the target, then moves them into place: a reader
     * sees all or nothing.
     */
    static void publish(Path project, List<String> files, Path target) {
        try {
            Path parent = target.toAbsolutePath().getParent();
            Files.createDirectories(parent);
            if (Files.isDirectory(target)) {
                try (Stream<Path> entries = Files.list(target)) {
                    if (entries.findAny().isPresent()) {
                        throw new IllegalStateException("output directory " + target + " is not empty");
                    }
                }
                Files.delete(target);
            }
            Path staging = Files.createTempDirectory(parent, "." + target.getFileName() + ".partial-");
            for (String file : files) {
                Path copy = staging.resolve(file);
                Files.createDirectories(copy.getParent());
                Files.copy(project.resolve(file), copy, StandardCopyOption.COPY_ATTRIBUTES);
            }
            Files.move(staging, target, StandardCopyOption.ATOMIC_MOVE);
        }
        catch (IOException e) {
            throw new UncheckedIOException("cannot publish the project to " + target, e);
        }
    }

}
