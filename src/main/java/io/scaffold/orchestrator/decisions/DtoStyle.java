package io.scaffold.orchestrator.decisions;

/** The options of a {@code DTO_STYLE} decision: how the API exposes an entity. */
public enum DtoStyle {

    /**
     * The API exchanges the entity's own API records (they are always generated), copied
     * by a hand-written mapper.
     */
    NO,
    /**
     * The API records are mapped by a MapStruct mapper generated at compile time (JDL
     * {@code dto * with mapstruct}).
     */
    MAPSTRUCT;

    boolean dto() {
        return this == MAPSTRUCT;
    }

}
