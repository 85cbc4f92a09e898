package io.scaffold.orchestrator.agents;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.scaffold.orchestrator.decisions.RunDecisions;
import io.scaffold.orchestrator.domain.decision.Decision;
import io.scaffold.orchestrator.domain.decision.DecisionChange;
import io.scaffold.orchestrator.gates.Finding;
import io.scaffold.orchestrator.llm.AgentRole;
import io.scaffold.orchestrator.llm.ModelAgents;
import io.scaffold.orchestrator.llm.ModelAnswer;
import io.scaffold.orchestrator.llm.ModelQuestion;
import io.scaffold.orchestrator.llm.PromptTemplate;
import io.scaffold.orchestrator.llm.Prompts;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * The reviser: on rework, turns the gate's findings and an approver's comment into
 * proposed decision changes, besides the changes the findings propose themselves. Every
 * proposal is checked against the run's decisions ({@link RunDecisions#validate}); the
 * model gets one repair round for invalid ones. Without a model it proposes nothing.
 */
@Component
class Reviser {

    static final PromptTemplate TEMPLATE = Prompts.load("reviser.decision-changes");

    private static final int MAX_CHANGES = 20;

    private static final ObjectMapper JSON = new ObjectMapper();

    /** The model's answer. */
    record Revision(List<Proposal> changes) {

        /**
         * @param decisionId e.g. {@code field-required:Ticket.title}
         */
        record Proposal(String decisionId, String value, String reason) {
        }

    }

    /** What the reviser was shown, as JSON for the model. */
    private record Material(List<String> findings, String approverComment, List<DecisionBrief> decisions) {
    }

    private record DecisionBrief(String id, String question, List<String> options, String chosen, boolean locked) {
    }

    private final ModelAgents agents;

    private final RunDecisions decisions;

    Reviser(ModelAgents agents, RunDecisions decisions) {
        this.agents = agents;
        this.decisions = decisions;
    }

    /**
     * The decision changes the model proposes for the rework, each naming the model in
     * its reason; empty when the rework carries no findings and no comment.
     */
    ModelAnswer<List<DecisionChange>> revise(UUID runId, List<Finding> findings, String comment) {
        List<Decision> current = decisions.current(runId);
        Material material = new Material(findings.stream().map(Finding::describe).toList(),
                comment == null ? "" : comment,
                current.stream()
                    .map(d -> new DecisionBrief(d.id(), d.question(), d.options(), d.chosen(), d.locked()))
                    .toList());
        var question = new ModelQuestion<>(AgentRole.REVISER, runId, TEMPLATE, json(material), Revision.class,
                answer -> problems(runId, answer));
        ModelAnswer<Revision> answer = agents.ask(question, () -> new Revision(List.of()));
        String by = "the reviser (" + answer.provenance().describe() + ")";
        List<DecisionChange> changes = answer.value()
            .changes()
            .stream()
            .map(p -> new DecisionChange(p.decisionId(), String.valueOf(p.value()), by + ": " + p.reason()))
            .toList();
        return new ModelAnswer<>(changes, answer.provenance());
    }

    private List<String> problems(UUID runId, Revision answer) {
        List<String> problems = new ArrayList<>();
        List<Revision.Proposal> proposals = answer.changes() == null ? List.of() : answer.changes();
        if (proposals.size() > MAX_CHANGES) {
            problems.add("propose at most " + MAX_CHANGES + " changes, not " + proposals.size());
        }
        Map<String, Revision.Proposal> byId = new LinkedHashMap<>();
        for (Revision.Proposal proposal : proposals) {
            if (byId.put(proposal.decisionId(), proposal) != null) {
                problems.add("decision " + proposal.decisionId() + " is changed twice; change each once");
            }
            AnswerChecks.line(problems, "the reason for changing " + proposal.decisionId(), proposal.reason(), 300);
            try {
                decisions.validate(runId,
                        List.of(new DecisionChange(proposal.decisionId(), String.valueOf(proposal.value()), "")));
            }
            catch (IllegalArgumentException e) {
                problems.add(e.getMessage());
            }
        }
        return problems;
    }

    private static String json(Material material) {
        try {
            return JSON.writerWithDefaultPrettyPrinter().writeValueAsString(material);
        }
        catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot render the reviser's material", e);
        }
    }

}
