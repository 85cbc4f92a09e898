package io.scaffold.orchestrator.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.scaffold.orchestrator.spec.SpecException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * Issue 7, why 7: the spec file name becomes an artifact path and a zip entry; it must be
 * a plain name.
 */
class StartRequestTest {

    @Test
    void aSpecFileNameIsAPlainNameWithoutControlCharactersSeparatorsOrDotDot() {
        for (String bad : new String[] { "shop\u0000.jdl", "..\\..\\evil.jdl", "a\\b.jdl", "dir/shop.jdl",
                "../shop.jdl", "shop..jdl", "shop\n.jdl", "shop\u202e.jdl", "x".repeat(201) + ".jdl", " " }) {
            assertThatThrownBy(() -> request(bad)).as(bad)
                .isInstanceOf(SpecException.class)
                .satisfies(e -> assertThat(((SpecException) e).file()).doesNotContain("\u0000", "\n", "\u202e")
                    .hasSizeLessThanOrEqualTo(63))
                .hasMessageContaining("how to fix");
        }
        assertThatThrownBy(() -> request("shop\u0000.jdl"))
            .hasMessageStartingWith("shop?.jdl: the spec file name contains control");
        assertThat(request("my shop-2.jdl").specFileName()).isEqualTo("my shop-2.jdl");
    }

    @Test
    void everyTextFitsItsColumn() {
        assertThatThrownBy(() -> new StartRequest("a.jdl", "entity A", "full", null, "o".repeat(101), "me", null))
            .isInstanceOf(IllegalArgumentException.class)
            .hasMessage("organization is longer than 100 characters");
        assertThatThrownBy(() -> new StartRequest("a.jdl", "entity A", "full", null, "org", "u".repeat(201), null))
            .isInstanceOf(IllegalArgumentException.class)
            .hasMessage("createdBy is longer than 200 characters");
        assertThatThrownBy(() -> new StartRequest("a.jdl", "entity A", "full", "a".repeat(201), "org", "me", null))
            .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(
                () -> new StartRequest("a.jdl", "entity A", "full", null, "org", "me", Path.of("/" + "d".repeat(1000))))
            .isInstanceOf(IllegalArgumentException.class);
    }

    private static StartRequest request(String specFileName) {
        return new StartRequest(specFileName, "entity A { name String }", "full", null, "org", "me", null);
    }

}
