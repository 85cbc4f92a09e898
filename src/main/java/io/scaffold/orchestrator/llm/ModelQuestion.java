package io.scaffold.orchestrator.llm;

import java.util.List;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Function;

/**
 * What an agent asks a model: the answer must be JSON that binds to {@code answerType} (a
 * record) and passes {@code check}; an answer that does not gets one repair round, then
 * the deterministic path takes over.
 *
 * @param agent who asks
 * @param runId the run the answer influences, or null before a run exists (intake)
 * @param template the system prompt
 * @param input the user message: the material to work on (requirements, a domain summary,
 * generated code), untrusted
 * @param answerType the record the answer binds to; its JSON schema is sent to the model
 * @param check semantic problems of a bound answer, each a sentence the model can act on
 * (empty when the answer is usable)
 */
public record ModelQuestion<T>(AgentRole agent, UUID runId, PromptTemplate template, String input, Class<T> answerType,
        Function<T, List<String>> check) {

    public ModelQuestion {
        Objects.requireNonNull(agent, "agent");
        Objects.requireNonNull(template, "template");
        Objects.requireNonNull(input, "input");
        Objects.requireNonNull(answerType, "answerType");
        Objects.requireNonNull(check, "check");
    }

    /** A question whose bound answer needs no further check. */
    public static <T> ModelQuestion<T> of(AgentRole agent, UUID runId, PromptTemplate template, String input,
            Class<T> answerType) {
        return new ModelQuestion<>(agent, runId, template, input, answerType, answer -> List.of());
    }

}
