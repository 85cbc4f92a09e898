package io.scaffold.orchestrator.spec;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * The shared JHipster JDL samples, found relative to the project root where tests run.
 */
final class Corpus {

    static final Path DIR = Path.of("../shared/corpus/jhipster-jdl-samples");

    private Corpus() {
    }

    static Path dir() {
        if (!Files.isDirectory(DIR)) {
            throw new IllegalStateException("JDL corpus not found at " + DIR.toAbsolutePath()
                    + ": the tests expect ../shared/corpus/jhipster-jdl-samples next to the project");
        }
        return DIR;
    }

    static Path file(String name) {
        return dir().resolve(name);
    }

    static List<Path> jdlFiles() {
        try (Stream<Path> files = Files.list(dir())) {
            return files.filter(p -> p.toString().endsWith(".jdl") || p.toString().endsWith(".jh")).sorted().toList();
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String read(String name) {
        try {
            return Files.readString(file(name));
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

}
