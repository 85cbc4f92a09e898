package io.scaffold.orchestrator.decisions;

import io.scaffold.orchestrator.domain.DomainModel;
import io.scaffold.orchestrator.domain.Entity;
import io.scaffold.orchestrator.domain.EntityOptions;
import io.scaffold.orchestrator.domain.EnumType;
import io.scaffold.orchestrator.domain.Field;
import io.scaffold.orchestrator.domain.FieldType;
import io.scaffold.orchestrator.domain.Name;
import io.scaffold.orchestrator.domain.Names;
import io.scaffold.orchestrator.domain.Relationship;
import io.scaffold.orchestrator.domain.decision.Decision;
import io.scaffold.orchestrator.domain.decision.DecisionKind;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The effective domain model: the stored model with a run's decisions applied. Decisions
 * name their subjects by the names the spec gave, so every decision is applied to the
 * model as read, and the renames ({@link DecisionKind#ENTITY_NAME}) last.
 */
public final class DecisionApplication {

    private DecisionApplication() {
    }

    public static DomainModel apply(DomainModel model, List<Decision> decisions) {
        if (decisions.isEmpty()) {
            return model;
        }
        Map<String, Decision> byId = new HashMap<>();
        decisions.forEach(d -> byId.put(d.id(), d));
        Chosen chosen = new Chosen(byId);
        List<Entity> entities = model.entities().stream().map(e -> entity(e, chosen)).toList();
        List<EnumType> enums = model.enums().stream().map(e -> enumType(e, chosen)).toList();
        List<Relationship> relationships = model.relationships().stream().map(r -> relationship(r, chosen)).toList();
        Map<String, String> renamed = new HashMap<>();
        model.entities()
            .forEach(e -> chosen.value(DecisionKind.ENTITY_NAME, e.name().original())
                .filter(name -> !name.equals(e.name().original()))
                .ifPresent(name -> renamed.put(e.name().original(), name)));
        entities = entities.stream().map(e -> named(e, renamed, chosen)).toList();
        relationships = relationships.stream()
            .map(r -> new Relationship(r.kind(), renamed.getOrDefault(r.from(), r.from()), r.fromField(),
                    r.displayField(), renamed.getOrDefault(r.to(), r.to()), r.toField(), r.required(),
                    r.documentation()))
            .toList();
        return new DomainModel(model.name(), model.basePackage(), model.description(), entities, enums, relationships,
                chosen.items(DecisionKind.OBJECTIVES, DecisionKind.APPLICATION, model.objectives()),
                chosen.items(DecisionKind.USE_CASES, DecisionKind.APPLICATION, model.useCases()), model.assumptions(),
                model.openQuestions(), model.ignoredFeatures(), model.source(),
                chosen.value(DecisionKind.SECURED, DecisionKind.APPLICATION)
                    .map(Boolean::parseBoolean)
                    .orElse(model.secured()));
    }

    private static Entity entity(Entity entity, Chosen chosen) {
        String name = entity.name().original();
        List<Field> fields = entity.fields().stream().map(f -> field(name, f, chosen)).toList();
        EntityOptions o = entity.options();
        EntityOptions options = new EntityOptions(
                chosen.value(DecisionKind.PAGINATION, name)
                    .map(EntityOptions.Pagination::valueOf)
                    .orElse(o.pagination()),
                chosen.value(DecisionKind.DTO_STYLE, name).map(DtoStyle::valueOf).map(DtoStyle::dto).orElse(o.dto()),
                o.service(), o.serviceImpl(), o.filter(), o.search(), o.readOnly());
        return new Entity(entity.name(), entity.documentation(), fields, options,
                chosen.value(DecisionKind.SCHEMA_ORG_TYPE, name).orElse(entity.schemaOrgType()), entity.builtIn());
    }

    private static Field field(String entity, Field f, Chosen chosen) {
        String subject = entity + "." + f.name().original();
        boolean required = chosen.value(DecisionKind.FIELD_REQUIRED, subject)
            .map(Boolean::parseBoolean)
            .orElse(f.required());
        // a field without a length keeps none while its decision holds the default length
        String length = String
            .valueOf(f.maxLength() == null ? DecisionDerivation.DEFAULT_STRING_LENGTH : f.maxLength());
        Integer maxLength = f.type() == FieldType.STRING ? chosen.value(DecisionKind.STRING_LENGTH, subject)
            .filter(l -> !l.equals(length))
            .map(Integer::valueOf)
            .orElse(f.maxLength()) : f.maxLength();
        return new Field(f.name(), f.type(), f.enumName(), f.documentation(), required, f.unique(), f.min(), f.max(),
                f.minLength(), maxLength, f.pattern());
    }

    private static EnumType enumType(EnumType e, Chosen chosen) {
        List<String> constants = e.values().stream().map(EnumType.Value::constant).toList();
        List<String> chosenConstants = chosen.items(DecisionKind.ENUM_VALUES, e.name().original(), constants);
        if (chosenConstants.equals(constants)) {
            return e;
        }
        Map<String, String> labels = new HashMap<>();
        e.values().forEach(v -> labels.put(v.constant(), v.label()));
        return new EnumType(e.name(), e.documentation(),
                chosenConstants.stream().map(c -> new EnumType.Value(c, labels.getOrDefault(c, c))).toList());
    }

    /**
     * The relationship with its display field and owner applied; a relationship whose
     * owner moves to the other side is declared from that side.
     */
    private static Relationship relationship(Relationship r, Chosen chosen) {
        String subject = r.from() + "." + r.fromField().original();
        String display = chosen.value(DecisionKind.DISPLAY_FIELD, subject).orElse(r.displayField());
        boolean ownerMoves = r.bidirectional() && !r.from().equals(r.to())
                && (r.kind() == Relationship.Kind.ONE_TO_ONE || r.kind() == Relationship.Kind.MANY_TO_MANY)
                && chosen.value(DecisionKind.RELATIONSHIP_OWNER, subject).filter(r.to()::equals).isPresent();
        if (ownerMoves) {
            // the other side's rows need not all reference one: the new owner's link is
            // optional
            return new Relationship(r.kind(), r.to(), r.toField(), "id", r.from(), r.fromField(), false,
                    r.documentation());
        }
        return new Relationship(r.kind(), r.from(), r.fromField(), display, r.to(), r.toField(), r.required(),
                r.documentation());
    }

    /**
     * The entity under its chosen name and table: a table chosen differently from the one
     * its spec name gives stays when the entity is renamed, a derived one follows the
     * name.
     */
    private static Entity named(Entity e, Map<String, String> renamed, Chosen chosen) {
        String original = e.name().original();
        String table = chosen.value(DecisionKind.TABLE_NAME, original).orElse(e.name().sqlName());
        if (!renamed.containsKey(original) && table.equals(e.name().sqlName())) {
            return e;
        }
        String keptTable = table.equals(Names.entity(original).sqlName()) ? null : table;
        Name name = Names.entity(renamed.getOrDefault(original, original), keptTable);
        return new Entity(name, e.documentation(), e.fields(), e.options(), e.schemaOrgType(), e.builtIn());
    }

    /** The chosen values of the decisions, by kind and subject. */
    private record Chosen(Map<String, Decision> byId) {

        Optional<String> value(DecisionKind kind, String subject) {
            return Optional.ofNullable(byId.get(kind.idFor(subject))).map(Decision::chosen);
        }

        /**
         * The chosen items, unless they are {@code unchanged} (which may hold blank or
         * multi-line items a decision value cannot).
         */
        List<String> items(DecisionKind kind, String subject, List<String> unchanged) {
            return Optional.ofNullable(byId.get(kind.idFor(subject)))
                .filter(d -> !d.chosen().equals(String.join("\n", unchanged)))
                .map(Decision::chosenItems)
                .orElse(unchanged);
        }

    }

}
