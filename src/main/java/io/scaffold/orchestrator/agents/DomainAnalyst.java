package io.scaffold.orchestrator.agents;

import io.scaffold.orchestrator.domain.DomainModel;
import io.scaffold.orchestrator.domain.decision.Decision;
import io.scaffold.orchestrator.domain.decision.DecisionChange;
import io.scaffold.orchestrator.domain.decision.DecisionKind;
import io.scaffold.orchestrator.llm.AgentRole;
import io.scaffold.orchestrator.llm.ModelAgents;
import io.scaffold.orchestrator.llm.ModelAnswer;
import io.scaffold.orchestrator.llm.ModelQuestion;
import io.scaffold.orchestrator.llm.PromptTemplate;
import io.scaffold.orchestrator.llm.Prompts;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * The domain analyst: which schema.org type each entity is, and the objectives and use
 * cases of this domain ("assign a ticket to an agent", "see my open tickets") rather than
 * create/read/update/delete for each entity. The model proposes; its answer becomes
 * decision changes that the generators build from. Without a model the derived decisions
 * stand.
 */
@Component
class DomainAnalyst {

    static final PromptTemplate TEMPLATE = Prompts.load("domain-analyst.domain");

    private static final int MAX_OBJECTIVES = 10;

    private static final int MAX_USE_CASES = 30;

    private static final int MAX_LINE = 200;

    /**
     * The model's answer.
     *
     * @param entityTypes one per entity: its schema.org type among the offered options
     */
    record DomainAnalysis(List<EntityType> entityTypes, List<String> objectives, List<String> useCases) {

        record EntityType(String entity, String schemaOrgType, String reason) {
        }

    }

    private final ModelAgents agents;

    DomainAnalyst(ModelAgents agents) {
        this.agents = agents;
    }

    /**
     * The decision changes the analysis proposes (possibly none): each states the model
     * that proposed it in its reason.
     */
    ModelAnswer<List<DecisionChange>> analyse(UUID runId, DomainModel model, List<Decision> decisions) {
        DomainBrief brief = DomainBrief.of(model, decisions);
        var question = new ModelQuestion<>(AgentRole.DOMAIN_ANALYST, runId, TEMPLATE, brief.json(Map.of()),
                DomainAnalysis.class, answer -> problems(answer, brief));
        ModelAnswer<DomainAnalysis> answer = agents.ask(question, () -> current(brief));
        String by = "the domain analyst (" + answer.provenance().describe() + ")";
        DomainAnalysis analysis = answer.value();
        List<DecisionChange> changes = new ArrayList<>();
        for (DomainAnalysis.EntityType type : analysis.entityTypes()) {
            changes.add(new DecisionChange(DecisionKind.SCHEMA_ORG_TYPE.idFor(type.entity()), type.schemaOrgType(),
                    by + ": " + type.reason()));
        }
        changes.add(new DecisionChange(DecisionKind.OBJECTIVES.idFor(DecisionKind.APPLICATION),
                String.join("\n", analysis.objectives()), by + " stated the objectives of this domain"));
        changes.add(new DecisionChange(DecisionKind.USE_CASES.idFor(DecisionKind.APPLICATION),
                String.join("\n", analysis.useCases()), by + " stated what the users of this domain do"));
        return new ModelAnswer<>(changes, answer.provenance());
    }

    /** Without a model: the analysis the run's decisions already hold. */
    private static DomainAnalysis current(DomainBrief brief) {
        return new DomainAnalysis(List.of(), brief.objectives(), brief.useCases());
    }

    static List<String> problems(DomainAnalysis answer, DomainBrief brief) {
        List<String> problems = new ArrayList<>();
        Map<String, List<String>> options = new HashMap<>();
        brief.entities().forEach(e -> options.put(e.name(), e.schemaOrgOptions()));
        Set<String> typed = new HashSet<>();
        for (DomainAnalysis.EntityType type : answer.entityTypes() == null ? List.<DomainAnalysis.EntityType>of()
                : answer.entityTypes()) {
            List<String> offered = options.get(type.entity());
            if (offered == null) {
                problems.add("entityTypes names '" + type.entity() + "', which is not an entity; use one of "
                        + options.keySet());
            }
            else if (!typed.add(type.entity())) {
                problems.add("entityTypes lists " + type.entity() + " twice; give one type per entity");
            }
            else if (!offered.contains(type.schemaOrgType())) {
                problems.add("'" + type.schemaOrgType() + "' is not among the schema.org types offered for "
                        + type.entity() + ": choose one of " + offered);
            }
            AnswerChecks.line(problems, "the reason for " + type.entity() + "'s type", type.reason(), MAX_LINE);
        }
        AnswerChecks.lines(problems, "objectives", answer.objectives(), MAX_OBJECTIVES, MAX_LINE);
        AnswerChecks.lines(problems, "useCases", answer.useCases(), MAX_USE_CASES, MAX_LINE);
        return problems;
    }

}
