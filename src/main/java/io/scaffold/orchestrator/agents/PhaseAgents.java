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

    private final RunRepository runs;
    private final ArtifactStore artifacts;
    private final DomainModels models;
    private final GenerationContext platform = GenerationContext.defaults();

    PhaseAgents(RunRepository runs, ArtifactStore artifacts, DomainModels models) {
        this.runs = runs;
        this.artifacts = artifacts;
        this.models = models;
    }

    /**
     * Intake: accepts the domain model stored when the run started (the spec is read only then), after checking that
     * it is the reading of this run's own input.
     */
    public DomainModel analyzeRequirements(UUID runId) {
        Run run = runs.find(runId).orElseThrow(() -> new IllegalStateException("no run " + runId));
        DomainModel model = models.load(runId);
        if (!model.source().file().equals(run.specFile())) {
            throw new ExpectedFailure("the stored domain model was read from " + model.source().file()
                    + ", not from this run's input " + run.specFile());
        }
        return model;
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
