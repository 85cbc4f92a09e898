package io.scaffold.orchestrator.artifacts;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Arrays;
import java.util.Locale;

/**
 * What kind of file an artifact is; stored and served as its label (e.g.
 * {@code api-contract}).
 */
public enum ArtifactType {

    REQUIREMENTS, ARCHITECTURE, MIGRATION, DIAGRAM, API_CONTRACT, SOURCE, TEST, CONFIG, ACCEPTANCE, DELIVERY,
    DOCUMENTATION;

    @JsonValue
    public String label() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /**
     * The type of a label, as generators name it and the {@code artifacts.type} column
     * holds it.
     */
    public static ArtifactType of(String label) {
        return Arrays.stream(values())
            .filter(t -> t.label().equals(label))
            .findFirst()
            .orElseThrow(() -> new IllegalArgumentException("unknown artifact type '" + label + "'"));
    }

}
