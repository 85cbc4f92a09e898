package io.scaffold.orchestrator.generation;

import io.scaffold.orchestrator.generation.view.ProjectView;
import io.scaffold.orchestrator.domain.DomainModel;

import java.util.List;
import org.springframework.stereotype.Component;

/**
 * API design: the OpenAPI 3.1 contract with CRUD per entity, paging where the entity is
 * paginated, request and response schemas carrying the validation constraints, and RFC
 * 9457 problem details for 400, 404 and 409.
 */
@Component
public final class ApiDesignGenerator implements PhaseGenerator {

    @Override
    public String phaseId() {
        return "api-design";
    }

    @Override
    public List<GeneratedFile> generate(DomainModel model, GenerationContext ctx) {
        return new Rendering(ProjectView.of(model), ctx)
            .add(ProjectLayout.OPENAPI_CONTRACT, "api-contract", "api-design/openapi.yaml.ftl")
            .files();
    }

}
