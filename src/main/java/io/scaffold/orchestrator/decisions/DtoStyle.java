package io.scaffold.orchestrator.decisions;

/** The options of a {@code DTO_STYLE} decision: how the API exposes an entity. */
public enum DtoStyle {

    /**
     * The API exchanges the entity's own API record, as the generator always writes it.
     */
    NO,
    /**
     * The spec asked for DTOs mapped with MapStruct (JDL {@code dto * with mapstruct}).
     */
    MAPSTRUCT;

    boolean dto() {
        return this == MAPSTRUCT;
    }

}
