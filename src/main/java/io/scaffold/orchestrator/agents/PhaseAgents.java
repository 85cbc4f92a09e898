package io.scaffold.orchestrator.agents;

import io.scaffold.orchestrator.artifacts.Artifact;
import io.scaffold.orchestrator.artifacts.ArtifactStore;
import io.scaffold.orchestrator.artifacts.DomainModels;
import io.scaffold.orchestrator.domain.DomainModel;
import io.scaffold.orchestrator.generation.GeneratedFile;
import io.scaffold.orchestrator.generation.GenerationContext;
import io.scaffold.orchestrator.runs.JobExecutions.ExpectedFailure;
import io.scaffold.orchestrator.runs.Run;
import io.scaffold.orchestrator.runs.RunRepository;
import io.scaffold.orchestrator.process.ScaffoldRuns;
import io.scaffold.orchestrator.spec.SpecException;
import io.scaffold.orchestrator.spec.SpecOptions;
import io.scaffold.orchestrator.spec.SpecReader;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import java.util.function.BiFunction;
import org.springframework.stereotype.Service;

/**
 * What the agents do, without Zeebe: each agent turns the run's domain model into artifacts. The
 * deterministic generators do the work; on rework the gate's findings are handed to them.
 */
@Service
public class PhaseAgents {

    private final SpecReader specReader;
    private final RunRepository runs;
    private final ArtifactStore artifacts;
    private final DomainModels models;
    private final GenerationContext platform = GenerationContext.defaults();

    PhaseAgents(SpecReader specReader, RunRepository runs, ArtifactStore artifacts, DomainModels models) {
        this.specReader = specReader;
        this.runs = runs;
        this.artifacts = artifacts;
        this.models = models;
    }

    /** Intake: reads the run's input (stored when the run started) into the domain model artifact. */
    public DomainModel analyzeRequirements(UUID runId, String application, String agent) {
        Run run = runs.find(runId).orElseThrow(() -> new IllegalStateException("no run " + runId));
        String specPath = ScaffoldRuns.SPEC_DIR + Path.of(run.specFile()).getFileName();
        String spec = artifacts.latestText(runId, specPath)
                .orElseThrow(() -> new IllegalStateException("run " + runId + " has no input " + specPath));
        try {
            DomainModel model = specReader.read(run.specFile(), spec, new SpecOptions(application));
            models.save(runId, model, agent);
            return model;
        } catch (SpecException e) {
            throw new ExpectedFailure(e.getMessage());
        }
    }

    /** Runs a generator on the run's model and stores what it produced as artifacts of the phase. */
    public List<Artifact> generate(UUID runId, String phaseId, String agent, List<String> findings,
                                   BiFunction<DomainModel, GenerationContext, List<GeneratedFile>> generator) {
        DomainModel model = models.load(runId);
        List<GeneratedFile> files = generator.apply(model, platform.withFindings(findings));
        return files.stream()
                .map(f -> artifacts.save(runId, f.path(), f.content(), f.type(), phaseId, agent))
                .toList();
    }
}
