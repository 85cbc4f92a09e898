package io.scaffold.orchestrator.generation;

import io.scaffold.orchestrator.domain.DomainModel;

import java.util.List;
import org.springframework.stereotype.Component;

/**
 * Architecture: C4 context and container diagrams in Mermaid, architecture decision records (stack,
 * persistence, API style, error format, testing) and the non-functional requirements.
 */
@Component
public final class ArchitectureGenerator implements PhaseGenerator {

    private static final String T = "architecture/";
    private static final List<String> ADRS = List.of("0001-stack", "0002-persistence", "0003-api-style",
            "0004-error-format", "0005-testing");

    @Override
    public String phaseId() {
        return "architecture";
    }

    @Override
    public List<GeneratedFile> generate(DomainModel model, GenerationContext ctx) {
        Rendering files = new Rendering(ProjectView.of(model, ctx).data())
                .add("docs/architecture/c4-context.md", "diagram", T + "c4-context.md.ftl")
                .add("docs/architecture/c4-container.md", "diagram", T + "c4-container.md.ftl")
                .add("docs/architecture/non-functional-requirements.md", "architecture", T + "non-functional-requirements.md.ftl");
        for (String adr : ADRS) {
            files.add("docs/architecture/adr/" + adr + ".md", "architecture", T + "adr-" + adr + ".md.ftl");
        }
        return files.files();
    }
}
