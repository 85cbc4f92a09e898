package io.scaffold.orchestrator.llm;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Supplier;

/**
 * A {@link ModelAgents} for the agents' own tests: the "model" answers the JSON scripted
 * for the question's prompt template id, bound and checked as the real chain does; an
 * answer that does not bind or fails the check falls back to the deterministic path.
 * Questions without a script are answered deterministically.
 */
public class ScriptedAnswers implements ModelAgents {

    private static final ObjectMapper JSON = new ObjectMapper()
        .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, true);

    private final Map<String, String> replies = new ConcurrentHashMap<>();

    private final List<ModelQuestion<?>> asked = new CopyOnWriteArrayList<>();

    /** Scripts the reply to every question of a template. */
    public ScriptedAnswers reply(String templateId, String json) {
        replies.put(templateId, json);
        return this;
    }

    public void clear() {
        replies.clear();
        asked.clear();
    }

    /** The questions asked so far, in order. */
    public List<ModelQuestion<?>> asked() {
        return List.copyOf(asked);
    }

    @Override
    public <T> ModelAnswer<T> ask(ModelQuestion<T> question, Supplier<T> deterministic) {
        asked.add(question);
        String reply = replies.get(question.template().id());
        if (reply == null) {
            return new ModelAnswer<>(deterministic.get(), Provenance.deterministic(question.agent()));
        }
        String problem;
        try {
            T value = JSON.readValue(reply, question.answerType());
            List<String> problems = question.check().apply(value);
            if (problems.isEmpty()) {
                return new ModelAnswer<>(value, new Provenance(question.agent(), ProvenanceSource.MODEL, "scripted",
                        "scripted-model", UUID.randomUUID(), null));
            }
            problem = String.join("; ", problems);
        }
        catch (JsonProcessingException e) {
            problem = "the answer is not the expected JSON: " + e.getOriginalMessage();
        }
        return new ModelAnswer<>(deterministic.get(),
                new Provenance(question.agent(), ProvenanceSource.FALLBACK, null, null, null, problem));
    }

    @Override
    public boolean enabled(AgentRole agent) {
        return true;
    }

}
