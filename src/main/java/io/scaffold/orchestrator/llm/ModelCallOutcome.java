package io.scaffold.orchestrator.llm;

/** How one call to a model ended (column {@code model_calls.outcome}). */
public enum ModelCallOutcome {

    /** A usable answer. */
    OK,
    /** A usable answer in the repair round, after an invalid one. */
    REPAIRED,
    /** An answer that did not validate, bind or pass the agent's check. */
    INVALID,
    /**
     * The provider failed: an error status, a refused connection, an unreadable reply.
     */
    ERROR,
    /** The provider did not answer within the timeout. */
    TIMEOUT,
    /** Not sent: the provider's circuit breaker is open after repeated failures. */
    CIRCUIT_OPEN;

    /** Whether the call produced the answer. */
    public boolean answered() {
        return this == OK || this == REPAIRED;
    }

}
