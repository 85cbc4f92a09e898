package io.scaffold.orchestrator.handover;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Zip entries of the handover archive unpack inside the application's folder, whatever
 * the file names hold.
 */
class ZipEntryNameTest {

    @Test
    void backslashesDotDotAndAbsolutePathsCannotLeaveTheApplicationsFolder() {
        assertThat(Handover.entryName("shop", "docs/scaffold/input/..\\..\\evil.jdl"))
            .isEqualTo("shop/docs/scaffold/input/.._.._evil.jdl");
        assertThat(Handover.entryName("shop", "/etc/passwd")).isEqualTo("shop/etc/passwd");
        assertThat(Handover.entryName("shop", "docs/../../x")).isEqualTo("shop/docs/x");
        assertThat(Handover.entryName("shop", "src/main/java/App.java")).isEqualTo("shop/src/main/java/App.java");
    }

}
