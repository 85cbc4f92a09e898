package io.scaffold.orchestrator.generation;

import io.scaffold.orchestrator.generation.view.ProjectView;
import io.scaffold.orchestrator.domain.DomainModel;

import java.util.List;
import org.springframework.stereotype.Component;

/**
 * Data design: the PostgreSQL schema as a Flyway migration and the ER diagram. Every
 * foreign key column is indexed on every attempt, so a "missing index" finding is
 * answered by regeneration itself; findings are listed in the ER document.
 */
@Component
public final class DataDesignGenerator implements PhaseGenerator {

    @Override
    public String phaseId() {
        return "data-design";
    }

    @Override
    public List<GeneratedFile> generate(DomainModel model, GenerationContext ctx) {
        return new Rendering(ProjectView.of(model), ctx)
            .add(ProjectLayout.SCHEMA_MIGRATION, "migration", "data-design/V1__create_schema.sql.ftl")
            .add(ProjectLayout.ER_DIAGRAM, "diagram", "data-design/er-diagram.md.ftl")
            .files();
    }

}
