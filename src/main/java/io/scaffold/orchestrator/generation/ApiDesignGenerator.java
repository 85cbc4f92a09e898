package io.scaffold.orchestrator.generation;

import io.scaffold.orchestrator.domain.DomainModel;

import java.util.List;
import org.springframework.stereotype.Component;

/**
 * API design: the OpenAPI 3.1 contract with CRUD per entity, paging where the entity is paginated, request and
 * response schemas carrying the validation constraints, and RFC 9457 problem details for 400, 404 and 409.
 */
@Component
public final class ApiDesignGenerator implements PhaseGenerator {

    public static final String CONTRACT_PATH = "src/main/resources/openapi.yaml";

    @Override
    public String phaseId() {
        return "api-design";
    }

    @Override
    public List<GeneratedFile> generate(DomainModel model, GenerationContext ctx) {
        return new Rendering(ProjectView.of(model, ctx).data())
                .add(CONTRACT_PATH, "api-contract", "api-design/openapi.yaml.ftl")
                .files();
    }
}
