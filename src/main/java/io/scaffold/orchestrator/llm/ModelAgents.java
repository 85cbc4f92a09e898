package io.scaffold.orchestrator.llm;

import java.util.function.Supplier;

/**
 * The one way an agent asks a language model. Every question carries its deterministic
 * answer, so a model problem never fails or stalls a run: the deterministic path answers
 * and the provenance says why.
 */
public interface ModelAgents {

    /**
     * @param deterministic what the agent answers without a model; called only when no
     * model is configured for the agent or its model chain failed
     */
    <T> ModelAnswer<T> ask(ModelQuestion<T> question, Supplier<T> deterministic);

    /**
     * Whether a model is configured for the agent (else every answer is deterministic).
     */
    boolean enabled(AgentRole agent);

}
