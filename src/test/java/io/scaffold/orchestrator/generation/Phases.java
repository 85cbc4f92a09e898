package io.scaffold.orchestrator.generation;

import io.scaffold.orchestrator.domain.DomainModel;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Every phase generator, run in process order, as the process would. */
public final class Phases {

    public static final List<PhaseGenerator> ALL = List.of(new DomainAnalysisGenerator(), new ArchitectureGenerator(),
            new DataDesignGenerator(), new ApiDesignGenerator(), new ImplementationGenerator(),
            new VerificationGenerator(), new DeliveryGenerator());

    private Phases() {
    }

    public static List<GeneratedFile> generateAll(DomainModel model) {
        List<GeneratedFile> files = new ArrayList<>();
        ALL.forEach(g -> files.addAll(g.generate(model, GenerationContext.defaults())));
        return files;
    }

    public static Map<String, GeneratedFile> byPath(List<GeneratedFile> files) {
        return files.stream().collect(Collectors.toMap(GeneratedFile::path, Function.identity()));
    }

}
