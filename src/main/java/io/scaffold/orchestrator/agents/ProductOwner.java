package io.scaffold.orchestrator.agents;

import io.scaffold.orchestrator.domain.DomainModel;
import io.scaffold.orchestrator.domain.decision.Decision;
import io.scaffold.orchestrator.generation.UserStory;
import io.scaffold.orchestrator.llm.AgentRole;
import io.scaffold.orchestrator.llm.ModelAgents;
import io.scaffold.orchestrator.llm.ModelAnswer;
import io.scaffold.orchestrator.llm.ModelQuestion;
import io.scaffold.orchestrator.llm.PromptTemplate;
import io.scaffold.orchestrator.llm.Prompts;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * The product owner: user stories with acceptance criteria for the PRD and the tickets,
 * one per use case of the domain. Without a model the templates' entity stories stand
 * alone.
 */
@Component
class ProductOwner {

    static final PromptTemplate TEMPLATE = Prompts.load("product-owner.stories");

    private static final int MAX_STORIES = 30;

    private static final int MAX_CRITERIA = 8;

    private static final int MAX_LINE = 300;

    /** The model's answer. */
    record Stories(List<UserStory> stories) {
    }

    private final ModelAgents agents;

    ProductOwner(ModelAgents agents) {
        this.agents = agents;
    }

    ModelAnswer<List<UserStory>> write(UUID runId, DomainModel model, List<Decision> decisions) {
        var question = new ModelQuestion<>(AgentRole.PRODUCT_OWNER, runId, TEMPLATE,
                DomainBrief.of(model, decisions).json(Map.of()), Stories.class, ProductOwner::problems);
        ModelAnswer<Stories> answer = agents.ask(question, () -> new Stories(List.of()));
        return new ModelAnswer<>(answer.value().stories(), answer.provenance());
    }

    static List<String> problems(Stories answer) {
        List<String> problems = new ArrayList<>();
        List<UserStory> stories = answer.stories() == null ? List.of() : answer.stories();
        if (stories.isEmpty() || stories.size() > MAX_STORIES) {
            problems.add("write 1 to " + MAX_STORIES + " stories, not " + stories.size());
        }
        for (int i = 0; i < stories.size(); i++) {
            UserStory story = stories.get(i);
            String where = "story " + (i + 1);
            AnswerChecks.line(problems, where + " title", story.title(), MAX_LINE);
            AnswerChecks.line(problems, where + " role", story.role(), MAX_LINE);
            AnswerChecks.line(problems, where + " goal", story.goal(), MAX_LINE);
            AnswerChecks.line(problems, where + " benefit", story.benefit(), MAX_LINE);
            AnswerChecks.lines(problems, where + " acceptanceCriteria", story.acceptanceCriteria(), MAX_CRITERIA,
                    MAX_LINE);
        }
        return problems;
    }

}
