package io.scaffold.orchestrator.agents;

import io.scaffold.orchestrator.contract.JobTypes;
import io.scaffold.orchestrator.decisions.RunDecisions;
import io.scaffold.orchestrator.domain.DomainModel;
import io.scaffold.orchestrator.domain.decision.DecisionChange;
import io.scaffold.orchestrator.domain.decision.DecisionSource;
import io.scaffold.orchestrator.generation.GeneratedFile;
import io.scaffold.orchestrator.generation.GenerationContext;
import io.scaffold.orchestrator.llm.AgentRole;
import io.scaffold.orchestrator.llm.ModelAnswer;
import io.scaffold.orchestrator.llm.Provenance;
import io.scaffold.orchestrator.llm.ProvenanceLog;
import io.scaffold.orchestrator.llm.ProvenanceSource;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.BiFunction;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * What the agents that may think with a model add to a phase before its generator runs:
 * the domain analyst's and the reviser's decision changes (as MODEL assumptions, each
 * checked against the run's decisions; invalid ones are dropped and noted in the
 * artifacts), the architect's ADR rationales and the product owner's stories. Each answer
 * comes through the {@code llm.ModelAgents} port, so without a model (or after its
 * fallback) the deterministic path stands, and its provenance is recorded for the
 * artifacts it influenced.
 */
@Component
class ModelBackedAgents {

    private static final Logger log = LoggerFactory.getLogger(ModelBackedAgents.class);

    /**
     * The generation context an agent's answer extends, and where the answer came from.
     */
    record Thought(GenerationContext context, Optional<Provenance> provenance) {
    }

    private final DomainAnalyst analyst;

    private final Architect architect;

    private final ProductOwner productOwner;

    private final Reviser reviser;

    private final RunDecisions decisions;

    private final ProvenanceLog provenance;

    ModelBackedAgents(DomainAnalyst analyst, Architect architect, ProductOwner productOwner, Reviser reviser,
            RunDecisions decisions, ProvenanceLog provenance) {
        this.analyst = analyst;
        this.architect = architect;
        this.productOwner = productOwner;
        this.reviser = reviser;
        this.decisions = decisions;
        this.provenance = provenance;
    }

    /**
     * On rework with findings or an approver's comment: the reviser's decision changes.
     * @param notes where a dropped change is noted for the regenerated artifacts
     */
    Optional<Provenance> revise(UUID runId, Rework rework, List<String> notes) {
        if (rework.findings().isEmpty() && rework.comment() == null) {
            return Optional.empty();
        }
        return Optional
            .of(apply(runId, AgentRole.REVISER, reviser.revise(runId, rework.findings(), rework.comment()), notes));
    }

    /**
     * The domain analyst's decision changes, when {@code agent} is the domain analyst.
     */
    Optional<Provenance> analyseDomain(UUID runId, String agent, List<String> notes) {
        if (!JobTypes.AGENT_DOMAIN_ANALYST.equals(agent)) {
            return Optional.empty();
        }
        return Optional.of(apply(runId, AgentRole.DOMAIN_ANALYST,
                analyst.analyse(runId, decisions.effectiveModel(runId), decisions.current(runId)), notes));
    }

    /**
     * The architect's rationales or the product owner's stories in the context, when
     * {@code agent} is one of them.
     * @param generator the agent's generator: the architect reads the ADRs it writes
     */
    Thought write(UUID runId, String agent, DomainModel model, GenerationContext context,
            BiFunction<DomainModel, GenerationContext, List<GeneratedFile>> generator) {
        return switch (agent) {
            case JobTypes.AGENT_SOLUTION_ARCHITECT -> {
                var answer = architect.write(runId, model, context.decisions(),
                        Architect.adrs(generator.apply(model, context)));
                yield new Thought(context.withAdrRationales(answer.value()), Optional.of(answer.provenance()));
            }
            case JobTypes.AGENT_PRODUCT_OWNER -> {
                var answer = productOwner.write(runId, model, context.decisions());
                yield new Thought(context.withStories(answer.value()), Optional.of(answer.provenance()));
            }
            default -> new Thought(context, Optional.empty());
        };
    }

    void recordProvenance(UUID runId, String artifactPath, Provenance answered) {
        provenance.record(runId, artifactPath, answered);
    }

    /**
     * Applies what a model proposed as MODEL assumptions (never locked): each change is
     * validated alone, an invalid one is dropped and noted, one that changes nothing is
     * skipped.
     */
    private Provenance apply(UUID runId, AgentRole role, ModelAnswer<List<DecisionChange>> answer, List<String> notes) {
        if (answer.provenance().source() != ProvenanceSource.MODEL) {
            return answer.provenance();
        }
        List<DecisionChange> valid = new ArrayList<>();
        for (DecisionChange change : answer.value()) {
            try {
                decisions.validate(runId, List.of(change));
                if (decisions.changes(runId, change)) {
                    valid.add(change);
                }
            }
            catch (IllegalArgumentException e) {
                dropped(runId, role, notes, e.getMessage());
            }
        }
        try {
            decisions.apply(runId, valid, DecisionSource.MODEL, false, role.key());
        }
        catch (IllegalArgumentException e) {
            // each change is valid alone, together they are not (e.g. two entities
            // renamed alike)
            dropped(runId, role, notes, e.getMessage());
        }
        return answer.provenance();
    }

    private static void dropped(UUID runId, AgentRole role, List<String> notes, String problem) {
        log.warn("run {}: the {} proposed a decision change that was dropped: {}", runId, role.key(), problem);
        notes.add("The " + role.key() + " proposed a decision change that was dropped: " + problem);
    }

}
