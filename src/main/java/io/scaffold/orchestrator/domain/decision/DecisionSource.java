package io.scaffold.orchestrator.domain.decision;

/** Where the chosen option of a {@link Decision} came from. */
public enum DecisionSource {

    /** The spec says so. */
    SPEC,
    /** Nothing said anything; the platform default applies. */
    DEFAULT,
    /**
     * A deterministic rule chose it (a naming rule, the schema.org vocabulary, a gate's
     * fix).
     */
    HEURISTIC,
    /** A language model chose it. */
    MODEL,
    /** A person chose it (a clarifying answer, an approver's change). */
    PERSON,
    /**
     * A person of the same organisation chose it for the same subject in an earlier run
     * (see {@link Decision#learnedFrom()}); an assumption until someone confirms it.
     */
    LEARNED

}
