package io.scaffold.orchestrator.agents;

import io.scaffold.orchestrator.artifacts.Artifact;
import io.scaffold.orchestrator.artifacts.ArtifactStore;
import io.scaffold.orchestrator.artifacts.ArtifactType;
import io.scaffold.orchestrator.artifacts.DomainModels;
import io.scaffold.orchestrator.contract.JobTypes;
import io.scaffold.orchestrator.contract.Phase;
import io.scaffold.orchestrator.decisions.DecisionDerivation;
import io.scaffold.orchestrator.decisions.DecisionVersion;
import io.scaffold.orchestrator.decisions.RunDecisions;
import io.scaffold.orchestrator.domain.DomainModel;
import io.scaffold.orchestrator.domain.decision.DecisionChange;
import io.scaffold.orchestrator.domain.decision.DecisionSource;
import io.scaffold.orchestrator.gates.Finding;
import io.scaffold.orchestrator.generation.GeneratedFile;
import io.scaffold.orchestrator.generation.GenerationContext;
import io.scaffold.orchestrator.runs.JobExecutions.ExpectedFailure;
import io.scaffold.orchestrator.runs.Run;
import io.scaffold.orchestrator.runs.RunRepository;
import io.scaffold.orchestrator.llm.Provenance;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.BiFunction;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;

/**
 * What the agents do, without Zeebe: each agent turns the run's effective domain model
 * into artifacts. The deterministic generators do the work; on rework the agent applies
 * the decision changes the findings propose or an approver asked for, so the regenerated
 * output differs where they do.
 */
@Service
public class PhaseAgents {

    private final RunRepository runs;

    private final ArtifactStore artifacts;

    private final DomainModels models;

    private final RunDecisions decisions;

    private final ModelBackedAgents thinking;

    private final DecisionDerivation derivation = new DecisionDerivation();

    private final GenerationContext platform = GenerationContext.defaults();

    PhaseAgents(RunRepository runs, ArtifactStore artifacts, DomainModels models, RunDecisions decisions,
            ModelBackedAgents thinking) {
        this.runs = runs;
        this.artifacts = artifacts;
        this.models = models;
        this.decisions = decisions;
        this.thinking = thinking;
    }

    /**
     * Intake: accepts the domain model stored when the run started (the spec is read only
     * then), after checking that it is the reading of this run's own input, and stores
     * the decisions it embodies as the run's first decision set unless the run has one.
     */
    public DomainModel analyzeRequirements(UUID runId) {
        Run run = runs.find(runId).orElseThrow(() -> new IllegalStateException("no run " + runId));
        DomainModel model = models.load(runId);
        if (!model.source().file().equals(run.specFile())) {
            throw new ExpectedFailure("the stored domain model was read from " + model.source().file()
                    + ", not from this run's input " + run.specFile());
        }
        decisions.initialise(runId, derivation.derive(model), JobTypes.AGENT_REQUIREMENTS_ANALYZER);
        return model;
    }

    /**
     * Runs an agent's generator on the run's effective model (the stored model with the
     * current decisions applied) and stores what it produced as artifacts of the phase.
     * On rework the agent first applies what the automation level allows: in full
     * automation the decision changes its findings propose (as heuristic assumptions),
     * always the changes an approver asked for (as the person's, locked). Of a phase with
     * several agents, each takes only the findings about its own files (see
     * {@link ReworkRouting}) and stores nothing when all of them are another agent's and
     * no approver asked for changes. A retried job applies nothing twice.
     * @param phaseAgents the generator of each agent of the phase, by agent job type
     * @throws ExpectedFailure when an approver's change cannot be applied (unknown,
     * locked, invalid value)
     */
    public List<Artifact> generate(UUID runId, Phase phase, String agent, Rework rework,
            Map<String, BiFunction<DomainModel, GenerationContext, List<GeneratedFile>>> phaseAgents) {
        List<Finding> findings = rework.findings();
        Optional<List<Finding>> routed = findings.isEmpty() || phaseAgents.size() == 1 ? Optional.of(findings)
                : ReworkRouting.findingsFor(agent, filesByAgent(decisions.effectiveModel(runId), phaseAgents),
                        findings);
        if (routed.isEmpty() && rework.decisionChanges().isEmpty()) {
            return List.of();
        }
        Rework mine = rework.withFindings(routed.orElse(List.of()));
        List<DecisionChange> proposals = mine.proposals()
            .stream()
            .filter(change -> decisions.changes(runId, change))
            .toList();
        decisions.apply(runId, proposals, DecisionSource.HEURISTIC, false, agent);
        try {
            decisions.apply(runId, mine.decisionChanges(), DecisionSource.PERSON, true, mine.requestedBy());
        }
        catch (IllegalArgumentException e) {
            throw new ExpectedFailure("the approver's decision changes cannot be applied: " + e.getMessage());
        }
        List<String> notes = new ArrayList<>(mine.notes());
        List<Provenance> provenance = new ArrayList<>();
        thinking.revise(runId, mine, notes).ifPresent(provenance::add);
        if (rework.firstAttempt()) {
            thinking.analyseDomain(runId, agent, notes).ifPresent(provenance::addFirst);
        }
        DomainModel model = decisions.effectiveModel(runId);
        List<DecisionVersion> current = decisions.currentVersions(runId);
        GenerationContext context = platform.withFindings(notes)
            .withDecisions(current.stream().map(DecisionVersion::decision).toList(),
                    current.stream().filter(v -> v.version() > 1).map(DecisionVersion::decision).toList());
        var generator = phaseAgents.get(agent);
        ModelBackedAgents.Thought thought = thinking.write(runId, agent, model, context, generator);
        thought.provenance().ifPresent(provenance::addFirst);
        List<Artifact> stored = generator.apply(model, thought.context())
            .stream()
            .map(f -> artifacts.save(runId, f.path(), f.content(), ArtifactType.of(f.type()), phase.id(), agent))
            .toList();
        if (!provenance.isEmpty()) {
            stored.forEach(a -> thinking.recordProvenance(runId, a.path(), provenance.getFirst()));
        }
        return stored;
    }

    private Map<String, Set<String>> filesByAgent(DomainModel model,
            Map<String, BiFunction<DomainModel, GenerationContext, List<GeneratedFile>>> phaseAgents) {
        Map<String, Set<String>> files = new HashMap<>();
        phaseAgents.forEach((agent, generator) -> files.put(agent,
                generator.apply(model, platform).stream().map(GeneratedFile::path).collect(Collectors.toSet())));
        return files;
    }

}
