package io.scaffold.orchestrator;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.springframework.test.context.DynamicPropertyRegistry;

/** Shared settings for tests that start the application on the embedded runtime. */
public final class ScaffoldTestContext {

    private static final Path WORKSPACE;

    static {
        try {
            WORKSPACE = Files.createTempDirectory("scaffold-test-workspace");
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private ScaffoldTestContext() {
    }

    public static Path workspace() {
        return WORKSPACE;
    }

    public static void properties(DynamicPropertyRegistry registry) {
        registry.add("scaffold.workspace", WORKSPACE::toString);
    }

    /** A corpus file from the shared JHipster JDL samples next to the repository. */
    public static Path corpus(String name) {
        Path file = Path.of("..", "shared", "corpus", "jhipster-jdl-samples", name);
        if (!Files.isRegularFile(file)) {
            throw new IllegalStateException("corpus file " + file.toAbsolutePath() + " is missing: the tests expect "
                    + "the shared/ folder beside the repository");
        }
        return file;
    }

}
