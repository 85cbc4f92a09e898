package io.scaffold.orchestrator.llm;

/** Where an agent's answer came from. */
public enum ProvenanceSource {

    /** A model answered (possibly after one repair round). */
    MODEL,
    /** No model is configured for the agent: deterministic code answered. */
    DETERMINISTIC,
    /**
     * A model is configured but every provider of the agent's chain failed (error,
     * timeout, open circuit, invalid answer after repair): deterministic code answered.
     */
    FALLBACK

}
