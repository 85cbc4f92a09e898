package io.scaffold.orchestrator.generation;

import io.scaffold.orchestrator.generation.view.ProjectView;
import io.scaffold.orchestrator.domain.DomainModel;

import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * Architecture: C4 context and container diagrams in Mermaid, architecture decision
 * records (stack, persistence, API style, error format, testing) and the non-functional
 * requirements.
 */
@Component
public final class ArchitectureGenerator implements PhaseGenerator {

    private static final String T = "architecture/";

    /** The ADRs every project gets, by id (the file name without {@code .md}). */
    public static final List<String> ADRS = List.of("0001-stack", "0002-persistence", "0003-api-style",
            "0004-error-format", "0005-testing");

    @Override
    public String phaseId() {
        return "architecture";
    }

    @Override
    public List<GeneratedFile> generate(DomainModel model, GenerationContext ctx) {
        Rendering files = new Rendering(ProjectView.of(model), ctx)
            .add(ProjectLayout.C4_CONTEXT, "diagram", T + "c4-context.md.ftl")
            .add(ProjectLayout.C4_CONTAINER, "diagram", T + "c4-container.md.ftl")
            .add(ProjectLayout.NON_FUNCTIONAL_REQUIREMENTS, "architecture", T + "non-functional-requirements.md.ftl");
        for (String adr : ADRS) {
            AdrRationale rationale = ctx.adrRationales().get(adr);
            files.add(ProjectLayout.ADR_DIR + "/" + adr + ".md", "architecture", T + "adr-" + adr + ".md.ftl",
                    rationale == null ? Map.of() : Map.of("rationale", rationale));
        }
        return files.files();
    }

}
