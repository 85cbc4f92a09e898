package io.scaffold.orchestrator.llm;

import java.util.Objects;

/** An agent's answer and where it came from. */
public record ModelAnswer<T>(T value, Provenance provenance) {

    public ModelAnswer {
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(provenance, "provenance");
    }

}
