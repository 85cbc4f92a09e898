package io.scaffold.orchestrator.decisions;

import io.scaffold.orchestrator.domain.DomainModel;
import io.scaffold.orchestrator.domain.Entity;
import io.scaffold.orchestrator.domain.EntityOptions;
import io.scaffold.orchestrator.domain.EnumType;
import io.scaffold.orchestrator.domain.Field;
import io.scaffold.orchestrator.domain.FieldType;
import io.scaffold.orchestrator.domain.Names;
import io.scaffold.orchestrator.domain.Relationship;
import io.scaffold.orchestrator.domain.SchemaOrgVocabulary;
import io.scaffold.orchestrator.domain.decision.Decision;
import io.scaffold.orchestrator.domain.decision.DecisionKind;
import io.scaffold.orchestrator.domain.decision.DecisionSource;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The decisions a domain model embodies, each with where its value came from: SPEC when
 * the input states it (JDL {@code required}, {@code paginate}, {@code dto},
 * {@code maxlength}, a table name, a display field; their YAML equivalents), DEFAULT when
 * the platform's default applies, HEURISTIC when a rule guessed it (the schema.org
 * vocabulary, use cases derived from the entities, anything read from free text).
 * Defaults and heuristics are assumptions. Built-in entities ({@code User}) are the
 * platform's and have none.
 */
public final class DecisionDerivation {

    /** Schema.org candidates offered besides {@code Thing}. */
    private static final int SCHEMA_ORG_CANDIDATES = 4;

    /** The length a string column gets when the spec gives none. */
    static final int DEFAULT_STRING_LENGTH = Field.DEFAULT_STRING_LENGTH;

    private static final List<String> LENGTHS = List.of("50", "100", "255", "1000", "4000");

    private static final List<String> BOOLEANS = List.of("true", "false");

    private final SchemaOrgVocabulary vocabulary = SchemaOrgVocabulary.standard();

    public List<Decision> derive(DomainModel model) {
        boolean freeText = model.source().format() == DomainModel.Source.Format.TEXT;
        List<Decision> decisions = new ArrayList<>();
        for (Entity entity : model.entities()) {
            if (!entity.builtIn()) {
                entityDecisions(entity, freeText, decisions);
            }
        }
        for (EnumType e : model.enums()) {
            String name = e.name().original();
            decisions.add(Decision.of(DecisionKind.ENUM_VALUES, name, "Which values does " + name + " have?", List.of(),
                    String.join("\n", e.values().stream().map(EnumType.Value::constant).toList()), stated(freeText),
                    freeText ? "read from the text" : "the spec lists them", freeText));
        }
        for (Relationship r : model.relationships()) {
            relationshipDecisions(model, r, freeText, decisions);
        }
        decisions.add(secured(model));
        decisions.add(goals(DecisionKind.USE_CASES, "use cases", "What must users be able to do?", model.useCases(),
                model, freeText));
        decisions.add(goals(DecisionKind.OBJECTIVES, "objectives",
                "What business objectives does the application serve?", model.objectives(), model, freeText));
        return decisions.stream().sorted(Comparator.comparing(Decision::id)).toList();
    }

    /**
     * Secured by default: a shipped application requires login. A domain with users (the
     * built-in User) makes it a heuristic, not only a default; an open prototype on a
     * trusted network is a person's choice (false).
     */
    private static Decision secured(DomainModel model) {
        boolean users = model.entities().stream().anyMatch(e -> e.builtIn() && e.name().original().equals("User"));
        return Decision.of(DecisionKind.SECURED, DecisionKind.APPLICATION,
                "Does the generated application require authentication (OAuth2 bearer tokens)?", BOOLEANS, "true",
                users ? DecisionSource.HEURISTIC : DecisionSource.DEFAULT,
                users ? "the domain has users (the built-in User): they sign in, and only admins manage them"
                        : "a shipped application requires login; choose false for an open prototype on a trusted network",
                true);
    }

    private void entityDecisions(Entity entity, boolean freeText, List<Decision> decisions) {
        String name = entity.name().original();
        List<String> fieldNames = entity.fields().stream().map(f -> f.name().fieldName()).toList();
        List<String> types = new ArrayList<>(vocabulary.candidates(name, fieldNames, SCHEMA_ORG_CANDIDATES));
        types.remove(entity.schemaOrgType());
        types.addFirst(entity.schemaOrgType());
        if (!types.contains("Thing")) {
            types.add("Thing");
        }
        decisions.add(Decision.of(DecisionKind.SCHEMA_ORG_TYPE, name, "Which schema.org type is " + name + "?", types,
                entity.schemaOrgType(), DecisionSource.HEURISTIC,
                entity.schemaOrgType().equals("Thing") ? "no schema.org type fits its name or fields"
                        : "the schema.org vocabulary matches its name or fields",
                true));
        decisions.add(Decision.of(DecisionKind.ENTITY_NAME, name, "What is the entity " + name + " called?", List.of(),
                name, stated(freeText), freeText ? "read from the text" : "the spec names it", freeText));
        String derivedTable = Names.entity(name).sqlName();
        boolean explicitTable = !entity.name().sqlName().equals(derivedTable);
        decisions.add(Decision.of(DecisionKind.TABLE_NAME, name, "Which table stores " + name + "?",
                distinct(entity.name().sqlName(), derivedTable), entity.name().sqlName(),
                explicitTable ? DecisionSource.SPEC : DecisionSource.DEFAULT,
                explicitTable ? "the spec names the table" : "the plural of the entity name in snake case",
                !explicitTable));
        EntityOptions.Pagination pagination = entity.options().pagination();
        boolean paginated = pagination != EntityOptions.Pagination.NONE;
        decisions.add(Decision.of(DecisionKind.PAGINATION, name, "How does the API list " + name + " rows?",
                Arrays.stream(EntityOptions.Pagination.values()).map(Enum::name).toList(), pagination.name(),
                paginated ? stated(freeText) : DecisionSource.DEFAULT,
                paginated ? "the spec asks for " + pagination.name().toLowerCase() : "the spec asks for no paging",
                !paginated || freeText));
        DtoStyle dto = entity.options().dto() ? DtoStyle.MAPSTRUCT : DtoStyle.NO;
        decisions.add(Decision.of(DecisionKind.DTO_STYLE, name, "How does the API expose " + name + "?",
                Arrays.stream(DtoStyle.values()).map(Enum::name).toList(), dto.name(),
                entity.options().dto() ? stated(freeText) : DecisionSource.DEFAULT,
                entity.options().dto() ? "the spec asks for DTOs" : "the spec asks for no DTOs",
                !entity.options().dto() || freeText));
        for (Field f : entity.fields()) {
            fieldDecisions(name, f, freeText, decisions);
        }
    }

    private static void fieldDecisions(String entity, Field f, boolean freeText, List<Decision> decisions) {
        String subject = entity + "." + f.name().original();
        decisions.add(Decision.of(DecisionKind.FIELD_REQUIRED, subject,
                "Must every " + entity + " have a " + f.name().original() + "?", BOOLEANS,
                Boolean.toString(f.required()), f.required() ? stated(freeText) : DecisionSource.DEFAULT,
                f.required() ? "the spec marks it required" : "the spec does not mark it required",
                !f.required() || freeText));
        if (f.type() == FieldType.STRING) {
            boolean stated = f.maxLength() != null;
            String length = Integer.toString(stated ? f.maxLength() : DEFAULT_STRING_LENGTH);
            decisions.add(Decision.of(DecisionKind.STRING_LENGTH, subject, "How long may " + subject + " be?",
                    distinct(length, LENGTHS.toArray(String[]::new)), length,
                    stated ? stated(freeText) : DecisionSource.DEFAULT,
                    stated ? "the spec gives its maximum length" : "the platform's default string length",
                    !stated || freeText));
        }
    }

    private static void relationshipDecisions(DomainModel model, Relationship r, boolean freeText,
            List<Decision> decisions) {
        String subject = r.from() + "." + r.fromField().original();
        boolean movable = r.bidirectional() && !r.from().equals(r.to())
                && (r.kind() == Relationship.Kind.ONE_TO_ONE || r.kind() == Relationship.Kind.MANY_TO_MANY);
        String owner = r.kind() == Relationship.Kind.ONE_TO_MANY ? r.to() : r.from();
        decisions.add(Decision.of(DecisionKind.RELATIONSHIP_OWNER, subject,
                "Which side of " + subject + " (" + r.kind() + " " + r.to() + ") holds the "
                        + (r.kind() == Relationship.Kind.MANY_TO_MANY ? "join table" : "foreign key") + "?",
                movable ? List.of(r.from(), r.to()) : List.of(owner), owner, stated(freeText),
                movable ? "the spec declares it from " + r.from()
                        : "a " + r.kind() + " relationship can only be held by " + owner,
                freeText));
        if (r.kind() == Relationship.Kind.MANY_TO_ONE || r.kind() == Relationship.Kind.ONE_TO_ONE) {
            List<String> targetFields = model.entity(r.to())
                .map(e -> e.fields().stream().filter(f -> !f.type().isBinary()).map(f -> f.name().original()).toList())
                .orElse(List.of());
            boolean stated = !"id".equals(r.displayField());
            decisions.add(Decision.of(DecisionKind.DISPLAY_FIELD, subject,
                    "Which field of " + r.to() + " shows a " + r.from() + "'s " + r.fromField().original() + "?",
                    Stream.concat(Stream.of("id"), targetFields.stream()).toList(), r.displayField(),
                    stated ? stated(freeText) : DecisionSource.DEFAULT,
                    stated ? "the spec names it" : "the id unless the spec names a field", !stated || freeText));
        }
    }

    private static Decision goals(DecisionKind kind, String what, String question, List<String> items,
            DomainModel model, boolean freeText) {
        boolean derived = model.assumptions()
            .stream()
            .anyMatch(a -> a.startsWith("The input states no ") && a.contains(what) && a.contains("derived"));
        return Decision.of(kind, DecisionKind.APPLICATION, question, List.of(), String.join("\n", items),
                derived || freeText ? DecisionSource.HEURISTIC : DecisionSource.SPEC,
                derived ? "derived from the entities, their relationships and enums"
                        : freeText ? "read from the text" : "the spec lists them",
                derived || freeText);
    }

    /** SPEC, or HEURISTIC for what a rule read from free text. */
    private static DecisionSource stated(boolean freeText) {
        return freeText ? DecisionSource.HEURISTIC : DecisionSource.SPEC;
    }

    private static List<String> distinct(String first, String... more) {
        Set<String> values = new LinkedHashSet<>();
        values.add(first);
        values.addAll(Arrays.asList(more));
        return List.copyOf(values);
    }

}
