package io.scaffold.orchestrator.gates;

/**
 * Scores one gate criterion from the real files of a generated project. Bad output is a
 * low score with findings, never an exception; an exception means the validator itself
 * could not run (e.g. the database server did not start).
 */
public interface CriterionValidator {

    /** The criterion name as used in the gate policy DMN. */
    String criterion();

    CriterionScore score(GateSubject subject);

}
