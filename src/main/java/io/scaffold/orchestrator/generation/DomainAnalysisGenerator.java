package io.scaffold.orchestrator.generation;

import io.scaffold.orchestrator.generation.view.ProjectView;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.scaffold.orchestrator.domain.DomainModel;
import io.scaffold.orchestrator.generation.encoding.JsonText;

import java.util.List;
import org.springframework.stereotype.Component;

/**
 * Domain analysis: the domain model as Markdown and as stable JSON, the schema.org
 * mapping, assumptions and open questions, objectives and use cases, and the run's
 * decisions. Rework findings are listed among the open questions.
 */
@Component
public final class DomainAnalysisGenerator implements PhaseGenerator {

    private static final String T = "domain-analysis/";

    // Records serialise in component order and lists keep theirs, so the JSON is stable;
    // the indenter is fixed
    // to '\n' so that it does not depend on the platform.
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS);

    private static final DefaultPrettyPrinter PRETTY = new DefaultPrettyPrinter()
        .withObjectIndenter(new DefaultIndenter("  ", "\n"))
        .withArrayIndenter(new DefaultIndenter("  ", "\n"));

    @Override
    public String phaseId() {
        return "domain-analysis";
    }

    @Override
    public List<GeneratedFile> generate(DomainModel model, GenerationContext ctx) {
        return new Rendering(ProjectView.of(model), ctx)
            .add(ProjectLayout.DOMAIN_MODEL_DOC, "requirements", T + "domain-model.md.ftl")
            .addVerbatim(new GeneratedFile(ProjectLayout.DOMAIN_MODEL_JSON, json(model), "requirements"))
            .add(ProjectLayout.SCHEMA_ORG_MAPPING, "requirements", T + "schema-org-mapping.md.ftl")
            .add(ProjectLayout.OPEN_QUESTIONS, "requirements", T + "open-questions.md.ftl")
            .add(ProjectLayout.OBJECTIVES_AND_USE_CASES, "requirements", T + "objectives-and-use-cases.md.ftl")
            .add(ProjectLayout.DECISIONS, "requirements", T + "decisions.md.ftl")
            .files();
    }

    static String json(DomainModel model) {
        try {
            return JSON.writer(PRETTY).with(JsonText.ESCAPES).writeValueAsString(model) + "\n";
        }
        catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot render the domain model of " + model.name() + " as JSON", e);
        }
    }

}
