package io.scaffold.orchestrator.generation;

import io.scaffold.orchestrator.domain.DomainModel;

import java.util.List;
import org.springframework.stereotype.Component;

/**
 * Data design: the PostgreSQL schema as a Flyway migration and the ER diagram. Every foreign key column is
 * indexed on every attempt, so a "missing index" finding is answered by regeneration itself; findings are
 * listed in the ER document.
 */
@Component
public final class DataDesignGenerator implements PhaseGenerator {

    public static final String MIGRATION_PATH = "src/main/resources/db/migration/V1__create_schema.sql";

    @Override
    public String phaseId() {
        return "data-design";
    }

    @Override
    public List<GeneratedFile> generate(DomainModel model, GenerationContext ctx) {
        return new Rendering(ProjectView.of(model, ctx).data())
                .add(MIGRATION_PATH, "migration", "data-design/V1__create_schema.sql.ftl")
                .add("docs/data/er-diagram.md", "diagram", "data-design/er-diagram.md.ftl")
                .files();
    }
}
