package io.scaffold.orchestrator.spec;

import io.scaffold.orchestrator.domain.DomainModel;
import io.scaffold.orchestrator.domain.Entity;
import io.scaffold.orchestrator.domain.EntityOptions.Pagination;
import io.scaffold.orchestrator.domain.Field;
import io.scaffold.orchestrator.domain.Names;
import io.scaffold.orchestrator.domain.FieldType;
import io.scaffold.orchestrator.domain.Relationship;
import io.scaffold.orchestrator.domain.SchemaOrgVocabulary;
import io.scaffold.orchestrator.domain.decision.DecisionKind;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The gaps a spec leaves open (JDL, YAML or free text alike, read from the normalised
 * model), as questions with two to four options and a recommended answer. Only what a
 * person should settle and the spec did not say is asked, most important first, at most
 * {@link #MAX_QUESTIONS}:
 * <ol>
 * <li>whether the generated API requires login (the application as a whole);</li>
 * <li>the schema.org type of an entity nothing matched ({@code Thing});</li>
 * <li>for an entity with no required field, whether its first field is required;</li>
 * <li>the field of the target shown for a to-one relationship that shows the id;</li>
 * <li>how the list of an entity without pagination is paged.</li>
 * </ol>
 * Within a rule, entities come in declaration order; what is beyond the limit keeps its
 * derived value, recorded as an assumption like every unanswered default.
 */
public final class ClarifyingQuestions {

    /** A person answers ten questions; a longer form is skimmed, not read. */
    public static final int MAX_QUESTIONS = 10;

    /** Schema.org types offered besides the matched {@code Thing}. */
    private static final int TYPE_CANDIDATES = 3;

    /** Field names that usually identify a row to a person, best first. */
    private static final List<String> LABEL_FIELDS = List.of("name", "title", "label", "login", "code", "email");

    private ClarifyingQuestions() {
    }

    public static List<ClarifyingQuestion> of(DomainModel model) {
        List<Entity> own = model.entities().stream().filter(e -> !e.builtIn()).toList();
        return Stream
            .of(List.of(secured()), schemaOrgTypes(own), requiredFields(own), displayFields(model), pagination(own))
            .flatMap(List::stream)
            .limit(MAX_QUESTIONS)
            .toList();
    }

    private static ClarifyingQuestion secured() {
        return new ClarifyingQuestion(DecisionKind.SECURED.idFor(DecisionKind.APPLICATION),
                "Should the generated API require login?", List.of("false", "true"), "false",
                "Specs rarely say; without login the API suits a trusted network and keeps the first build simple.");
    }

    private static List<ClarifyingQuestion> schemaOrgTypes(List<Entity> entities) {
        List<ClarifyingQuestion> questions = new ArrayList<>();
        for (Entity e : entities) {
            if (!"Thing".equals(e.schemaOrgType())) {
                continue;
            }
            List<String> options = new ArrayList<>(List.of("Thing"));
            options.addAll(SchemaOrgVocabulary.standard()
                .candidates(e.fields().stream().map(f -> f.name().fieldName()).toList(), TYPE_CANDIDATES));
            if (options.size() >= 2) {
                questions.add(new ClarifyingQuestion(DecisionKind.SCHEMA_ORG_TYPE.idFor(e.name().original()),
                        "Which schema.org type is a " + e.name().label() + "?", options, "Thing",
                        "Neither its name nor its fields match a schema.org type; Thing is the neutral choice."));
            }
        }
        return questions;
    }

    private static List<ClarifyingQuestion> requiredFields(List<Entity> entities) {
        List<ClarifyingQuestion> questions = new ArrayList<>();
        for (Entity e : entities) {
            if (e.fields().isEmpty() || e.fields().stream().anyMatch(Field::required)) {
                continue;
            }
            Field field = labelField(e).orElse(e.fields().getFirst());
            String subject = e.name().original() + "." + field.name().fieldName();
            questions
                .add(new ClarifyingQuestion(DecisionKind.FIELD_REQUIRED.idFor(subject), "Is " + subject + " required?",
                        List.of("true", "false"), "true", e.name().original() + " has no required field, so an empty "
                                + e.name().label() + " could be saved; its identifying field is the likely one."));
        }
        return questions;
    }

    private static List<ClarifyingQuestion> displayFields(DomainModel model) {
        List<ClarifyingQuestion> questions = new ArrayList<>();
        for (Relationship r : model.relationships()) {
            boolean toOne = r.kind() == Relationship.Kind.MANY_TO_ONE || r.kind() == Relationship.Kind.ONE_TO_ONE;
            Entity target = model.entity(r.to()).orElse(null);
            if (!toOne || !"id".equals(r.displayField()) || target == null) {
                continue;
            }
            List<String> strings = target.fields()
                .stream()
                .filter(f -> f.type() == FieldType.STRING)
                .map(f -> f.name().fieldName())
                .toList();
            if (strings.isEmpty()) {
                continue;
            }
            List<String> options = new ArrayList<>(strings.subList(0, Math.min(3, strings.size())));
            String recommended = labelField(target).map(f -> f.name().fieldName()).orElse(options.getFirst());
            if (!options.contains(recommended)) {
                options.set(options.size() - 1, recommended);
            }
            options.add("id");
            String subject = r.from() + "." + r.fromField().fieldName();
            questions.add(new ClarifyingQuestion(DecisionKind.DISPLAY_FIELD.idFor(subject),
                    "Which " + r.to() + " field shows in a " + r.from() + "'s " + r.fromField().fieldName() + "?",
                    options, recommended, "The spec names no display field, so a " + r.from() + " would show its "
                            + r.to() + " as a bare id."));
        }
        return questions;
    }

    private static List<ClarifyingQuestion> pagination(List<Entity> entities) {
        List<String> options = Arrays.stream(Pagination.values()).map(Enum::name).toList();
        return entities.stream()
            .filter(e -> e.options().pagination() == Pagination.NONE)
            .map(e -> new ClarifyingQuestion(DecisionKind.PAGINATION.idFor(e.name().original()),
                    "How should the list of " + plural(e) + " be paged?", options, Pagination.PAGINATION.name(),
                    "The spec does not say; pages keep the list fast as the number of "
                            + e.name().label().toLowerCase(Locale.ROOT) + " rows grows."))
            .toList();
    }

    /** {@code Bank accounts} for the entity BankAccount. */
    private static String plural(Entity e) {
        String plural = Names.pluralize(e.name().label());
        return Character.toUpperCase(plural.charAt(0)) + plural.substring(1);
    }

    /** The first string field whose name usually identifies a row, e.g. name or title. */
    private static Optional<Field> labelField(Entity e) {
        for (String name : LABEL_FIELDS) {
            for (Field f : e.fields()) {
                if (f.type() == FieldType.STRING && f.name().fieldName().toLowerCase(Locale.ROOT).endsWith(name)) {
                    return Optional.of(f);
                }
            }
        }
        return Optional.empty();
    }

}
