package io.scaffold.orchestrator.artifacts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.scaffold.orchestrator.generation.GeneratedFile;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

class ArtifactTypeTest {

    /**
     * The generators name a file's type by label; every label they may use must be an
     * artifact type, and back.
     */
    @Test
    void theLabelsAreTheTypesGeneratorsMayUse() {
        assertThat(Arrays.stream(ArtifactType.values()).map(ArtifactType::label))
            .containsExactlyInAnyOrderElementsOf(GeneratedFile.TYPES);
    }

    @Test
    void aLabelReadsBackAsItsType() {
        for (ArtifactType type : ArtifactType.values()) {
            assertThat(ArtifactType.of(type.label())).isEqualTo(type);
        }
        assertThat(ArtifactType.API_CONTRACT.label()).isEqualTo("api-contract");
        assertThatThrownBy(() -> ArtifactType.of("API_CONTRACT")).isInstanceOf(IllegalArgumentException.class);
    }

}
