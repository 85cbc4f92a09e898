package io.scaffold.orchestrator.cli;

import io.scaffold.orchestrator.ScaffoldApplication;
import static org.assertj.core.api.Assertions.assertThat;

import io.scaffold.orchestrator.ScaffoldTestContext;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 7, why 7: bad input is {@code file:line:col} and exit 2 before anything is
 * stored, never a stack trace. The spec is read by the run's one reading (issue 8), so
 * these start the application.
 */
class ScaffoldCliInputTest {

    @BeforeAll
    static void workspace() {
        System.setProperty("scaffold.workspace", ScaffoldTestContext.workspace().toString());
    }

    @TempDir
    Path tmp;

    final ByteArrayOutputStream out = new ByteArrayOutputStream();

    final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @Test
    void aNumberOutOfRangeIsFileLineColumnAndExitTwo() throws Exception {
        Path spec = Files.writeString(tmp.resolve("shop.jdl"),
                "entity Product {\n  name String maxlength(99999999999)\n}\n");

        int exit = run(spec.toString(), "--out", tmp.resolve("out").toString());

        assertThat(exit).isEqualTo(ScaffoldCli.BAD_INPUT);
        assertThat(stderr()).startsWith("scaffold: shop.jdl:2:15: maximum length of field name of entity Product")
            .contains("how to fix")
            .doesNotContain("Exception", "\tat ");
        assertThat(tmp.resolve("out")).doesNotExist();
    }

    @Test
    void aSpecBeyondALimitIsExitTwo() throws Exception {
        Path spec = Files.writeString(tmp.resolve("huge.md"), "- Note: text\n" + "x".repeat(10_001) + "\n");

        assertThat(run(spec.toString())).isEqualTo(ScaffoldCli.BAD_INPUT);
        assertThat(stderr()).startsWith("scaffold: huge.md:2:10001: line 2 is longer than 10000 characters")
            .contains("scaffold.limits.line-length");
    }

    private int run(String... args) {
        return ScaffoldCli.run(ScaffoldApplication.class, args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), new ByteArrayInputStream(new byte[0]));
    }

    private String stderr() {
        return err.toString(StandardCharsets.UTF_8);
    }

}
