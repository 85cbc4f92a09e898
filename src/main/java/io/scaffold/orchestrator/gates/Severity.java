package io.scaffold.orchestrator.gates;

/** How much a {@link Finding} matters. */
public enum Severity {

    /**
     * The output is objectively broken: it does not build, apply, run or keep a secret.
     */
    BLOCKER,
    /** A real defect a reviewer would send back. */
    MAJOR,
    /** Worth fixing; a team could ship with it. */
    MINOR,
    /** Noted for the record. */
    INFO

}
