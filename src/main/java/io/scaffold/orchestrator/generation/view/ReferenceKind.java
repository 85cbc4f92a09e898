package io.scaffold.orchestrator.generation.view;

/** Kinds of navigation field an entity can have. */
public enum ReferenceKind {

    MANY_TO_ONE, ONE_TO_ONE, ONE_TO_ONE_INVERSE, ONE_TO_MANY, MANY_TO_MANY, MANY_TO_MANY_INVERSE

}
