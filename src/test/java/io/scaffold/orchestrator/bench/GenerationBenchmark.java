package io.scaffold.orchestrator.bench;

import io.scaffold.orchestrator.domain.DomainModel;
import io.scaffold.orchestrator.generation.ApiDesignGenerator;
import io.scaffold.orchestrator.generation.ArchitectureGenerator;
import io.scaffold.orchestrator.generation.DataDesignGenerator;
import io.scaffold.orchestrator.generation.DeliveryGenerator;
import io.scaffold.orchestrator.generation.DomainAnalysisGenerator;
import io.scaffold.orchestrator.generation.GeneratedFile;
import io.scaffold.orchestrator.generation.GenerationContext;
import io.scaffold.orchestrator.generation.ImplementationGenerator;
import io.scaffold.orchestrator.generation.PhaseGenerator;
import io.scaffold.orchestrator.generation.VerificationGenerator;
import io.scaffold.orchestrator.spec.SpecOptions;
import io.scaffold.orchestrator.spec.SpecReader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.springframework.util.FileSystemUtils;

/**
 * Benchmark of the generation engine (run by {@code bench/generation.sh}, not a test):
 * input file to every file of the project written, by calling the generators directly, as
 * the agents do, without the process around them.
 *
 * <p>
 * {@code GenerationBenchmark WARMUP REPETITIONS OUT_DIR SPEC...}: for each spec, WARMUP
 * untimed generations, then REPETITIONS timed ones, each into a fresh folder; prints one
 * line per spec ({@code spec files first_ms median_ms min_ms}) and leaves the last
 * project in {@code OUT_DIR/<spec name>}.
 */
public final class GenerationBenchmark {

    static final List<PhaseGenerator> GENERATORS = List.of(new DomainAnalysisGenerator(), new ArchitectureGenerator(),
            new DataDesignGenerator(), new ApiDesignGenerator(), new ImplementationGenerator(),
            new VerificationGenerator(), new DeliveryGenerator());

    private GenerationBenchmark() {
    }

    public static void main(String[] args) throws IOException {
        int warmup = Integer.parseInt(args[0]);
        int repetitions = Integer.parseInt(args[1]);
        Path out = Path.of(args[2]);
        for (int i = 3; i < args.length; i++) {
            Path spec = Path.of(args[i]);
            Path project = out.resolve(spec.getFileName().toString().replaceFirst("\\.[^.]+$", ""));
            double first = Double.NaN;
            int files = 0;
            double[] timed = new double[repetitions];
            for (int run = 0; run < warmup + repetitions; run++) {
                FileSystemUtils.deleteRecursively(project);
                long start = System.nanoTime();
                files = generate(spec, project);
                double ms = (System.nanoTime() - start) / 1e6;
                if (run == 0) {
                    first = ms;
                }
                if (run >= warmup) {
                    timed[run - warmup] = ms;
                }
            }
            double min = Arrays.stream(timed).min().orElse(Double.NaN);
            System.out.printf("%s %d %.1f %.1f %.1f%n", spec.getFileName(), files, first, Percentiles.median(timed),
                    min);
        }
    }

    /**
     * What a scaffold run's agents do, in process order: read the input, run every
     * generator, write the files.
     */
    private static int generate(Path spec, Path project) throws IOException {
        DomainModel model = new SpecReader().read(spec, SpecOptions.DEFAULTS);
        GenerationContext context = GenerationContext.defaults();
        List<GeneratedFile> files = new ArrayList<>();
        GENERATORS.forEach(generator -> files.addAll(generator.generate(model, context)));
        Files.createDirectories(project);
        GeneratedFile.writeAll(project, files);
        return files.size();
    }

}
