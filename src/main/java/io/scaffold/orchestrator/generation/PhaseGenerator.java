package io.scaffold.orchestrator.generation;

import io.scaffold.orchestrator.domain.DomainModel;

import java.util.List;

/**
 * Turns a domain model into the files of one phase of the scaffold process.
 * Implementations are deterministic.
 */
public interface PhaseGenerator {

    /** The phase id of the process contract, e.g. {@code data-design}. */
    String phaseId();

    /**
     * Files sorted by path; the same model and context always give byte-identical files.
     */
    List<GeneratedFile> generate(DomainModel model, GenerationContext ctx);

}
