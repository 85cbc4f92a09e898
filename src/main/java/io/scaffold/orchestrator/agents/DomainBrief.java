package io.scaffold.orchestrator.agents;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.scaffold.orchestrator.domain.DomainModel;
import io.scaffold.orchestrator.domain.Entity;
import io.scaffold.orchestrator.domain.decision.Decision;
import io.scaffold.orchestrator.domain.decision.DecisionKind;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The domain as the agents show it to a model: the application, its entities with their
 * fields and the schema.org types each may take, relationships, enums, objectives and use
 * cases. Rendered as JSON, the user message of a question.
 */
record DomainBrief(String application, String description, List<EntityBrief> entities, List<String> relationships,
        List<String> enums, List<String> objectives, List<String> useCases) {

    private static final ObjectMapper JSON = new ObjectMapper();

    /**
     * @param schemaOrgOptions the schema.org types the run's decision offers
     */
    record EntityBrief(String name, String documentation, List<String> fields, List<String> schemaOrgOptions) {
    }

    static DomainBrief of(DomainModel model, List<Decision> decisions) {
        Map<String, Decision> byId = decisions.stream().collect(Collectors.toMap(Decision::id, Function.identity()));
        List<EntityBrief> entities = ownEntities(model).stream()
            .map(e -> new EntityBrief(e.name().original(), e.documentation() == null ? "" : e.documentation(),
                    e.fields()
                        .stream()
                        .map(f -> f.name().original() + ": " + (f.enumName() != null ? f.enumName() : f.type().name())
                                + (f.required() ? " (required)" : "") + (f.unique() ? " (unique)" : ""))
                        .toList(),
                    schemaOrgOptions(byId, e)))
            .toList();
        return new DomainBrief(model.name(), model.description(), entities,
                model.relationships()
                    .stream()
                    .map(r -> r.from() + "." + r.fromField().original() + " " + r.kind() + " " + r.to())
                    .toList(),
                model.enums()
                    .stream()
                    .map(e -> e.name().original() + ": "
                            + String.join(", ", e.values().stream().map(v -> v.constant()).toList()))
                    .toList(),
                model.objectives(), model.useCases());
    }

    static List<Entity> ownEntities(DomainModel model) {
        return model.entities().stream().filter(e -> !e.builtIn()).toList();
    }

    private static List<String> schemaOrgOptions(Map<String, Decision> byId, Entity entity) {
        Decision decision = byId.get(DecisionKind.SCHEMA_ORG_TYPE.idFor(entity.name().original()));
        return decision == null ? List.of(entity.schemaOrgType()) : decision.options();
    }

    /** The brief as the JSON a model reads, with {@code more} added at the top level. */
    String json(Map<String, ?> more) {
        Map<String, Object> value = JSON.convertValue(this,
                JSON.getTypeFactory().constructMapType(java.util.LinkedHashMap.class, String.class, Object.class));
        value.putAll(more);
        try {
            return JSON.writerWithDefaultPrettyPrinter().writeValueAsString(value);
        }
        catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot render the domain brief of " + application, e);
        }
    }

}
