package io.scaffold.orchestrator.spec;

import io.scaffold.orchestrator.domain.DomainModel;

/**
 * Turns free-text requirements ({@code .md}, {@code .txt}) into a domain model.
 * {@link FreeTextAnalyzer} is the deterministic implementation; an LLM-backed one can
 * take its place behind this interface.
 */
public interface RequirementsAnalyzer {

    /**
     * @param text the requirements
     * @param fileName the file they came from, for messages and the model's source
     * @throws SpecException when no domain can be extracted
     */
    DomainModel analyze(String text, String fileName);

}
