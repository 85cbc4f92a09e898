package io.scaffold.orchestrator.llm;

import java.util.Objects;

/**
 * A versioned system prompt: the id and version are recorded with every call so an answer
 * can be traced to the exact instructions that produced it.
 *
 * @param id e.g. {@code domain-analyst.use-cases}
 * @param version raised whenever the instructions change meaning
 * @param instructions the system prompt
 */
public record PromptTemplate(String id, int version, String instructions) {

    public PromptTemplate {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(instructions, "instructions");
        if (version < 1) {
            throw new IllegalArgumentException("a prompt template's version starts at 1: " + id);
        }
    }

}
