package io.scaffold.orchestrator.llm;

import java.util.function.Supplier;

/** Agents without a model (the default, {@code scaffold.llm.enabled=false}). */
public final class DeterministicAgents implements ModelAgents {

    @Override
    public <T> ModelAnswer<T> ask(ModelQuestion<T> question, Supplier<T> deterministic) {
        return new ModelAnswer<>(deterministic.get(), Provenance.deterministic(question.agent()));
    }

    @Override
    public boolean enabled(AgentRole agent) {
        return false;
    }

}
