package io.scaffold.orchestrator.spec;

import io.scaffold.orchestrator.domain.DomainModel;
import io.scaffold.orchestrator.domain.Entity;
import io.scaffold.orchestrator.domain.EntityOptions.Pagination;
import io.scaffold.orchestrator.domain.Field;
import io.scaffold.orchestrator.domain.FieldType;
import io.scaffold.orchestrator.domain.Names;
import io.scaffold.orchestrator.domain.Relationship;
import io.scaffold.orchestrator.domain.decision.Decision;
import io.scaffold.orchestrator.domain.decision.DecisionKind;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The gaps a spec leaves open (JDL, YAML or free text alike, read from the normalised
 * model), as questions about the run's decisions, each offering two to four of the
 * decision's options and a recommended answer. Only what a person should settle and the
 * spec did not say is asked, most important first, at most {@link #MAX_QUESTIONS}:
 * <ol>
 * <li>whether the generated API requires login (the application as a whole);</li>
 * <li>the schema.org type of an entity read from free text, or that nothing matched
 * ({@code Thing}), when the vocabulary offers alternatives;</li>
 * <li>for an entity with no required field, whether its identifying (else first) field is
 * required;</li>
 * <li>the field of the target shown for a to-one relationship that shows the id, when the
 * target has a name-like field;</li>
 * <li>how the list of an entity without paging is paged.</li>
 * </ol>
 * Within a rule, entities come in declaration order. A decision that is locked, missing
 * or has fewer than two options is not asked about; what is beyond the limit keeps its
 * derived value, recorded as an assumption like every unanswered default.
 */
public final class ClarifyingQuestions {

    /** A person answers ten questions; a longer form is skimmed, not read. */
    public static final int MAX_QUESTIONS = 10;

    private static final int MAX_OPTIONS = 4;

    /** Field names that usually identify a row to a person, best first. */
    private static final List<String> LABEL_FIELDS = List.of("name", "title", "label", "login", "code", "email");

    private ClarifyingQuestions() {
    }

    /** A question to ask if its decision allows it. */
    private record Candidate(String decisionId, String question, String recommended, String why) {
    }

    /**
     * @param decisions the run's current decisions, which the questions settle
     */
    public static List<ClarifyingQuestion> of(DomainModel model, List<Decision> decisions) {
        Map<String, Decision> byId = decisions.stream()
            .collect(Collectors.toMap(Decision::id, Function.identity(), (a, b) -> b));
        List<Entity> own = model.entities().stream().filter(e -> !e.builtIn()).toList();
        boolean freeText = model.source().format() == DomainModel.Source.Format.TEXT;
        return Stream
            .of(List.of(secured()), schemaOrgTypes(own, freeText), requiredFields(own), displayFields(model),
                    pagination(own))
            .flatMap(List::stream)
            .map(c -> question(c, byId.get(c.decisionId())))
            .flatMap(Optional::stream)
            .limit(MAX_QUESTIONS)
            .toList();
    }

    /**
     * The candidate as a question offering the decision's options: the recommended one,
     * the current one, then the others in the decision's order, at most four.
     */
    private static Optional<ClarifyingQuestion> question(Candidate c, Decision decision) {
        if (decision == null || decision.locked()) {
            return Optional.empty();
        }
        String recommended = c.recommended() == null ? decision.chosen() : c.recommended();
        if (!decision.options().contains(recommended)) {
            return Optional.empty();
        }
        Set<String> offered = new LinkedHashSet<>(List.of(recommended, decision.chosen()));
        for (String option : decision.options()) {
            if (offered.size() < MAX_OPTIONS) {
                offered.add(option);
            }
        }
        List<String> options = decision.options().stream().filter(offered::contains).toList();
        return options.size() < 2 ? Optional.empty()
                : Optional.of(new ClarifyingQuestion(c.decisionId(), c.question(), options, recommended, c.why()));
    }

    private static Candidate secured() {
        return new Candidate(DecisionKind.SECURED.idFor(DecisionKind.APPLICATION),
                "Should the generated API require login?", null,
                "Specs rarely say; a shipped API requires login (Keycloak roles user and admin), an open one suits only a trusted network.");
    }

    private static List<Candidate> schemaOrgTypes(List<Entity> entities, boolean freeText) {
        return entities.stream()
            .filter(e -> freeText || "Thing".equals(e.schemaOrgType()))
            .map(e -> new Candidate(DecisionKind.SCHEMA_ORG_TYPE.idFor(e.name().original()),
                    "Which schema.org type is a " + e.name().label() + "?", null,
                    "Thing".equals(e.schemaOrgType()) ? "Neither its name nor its fields match a schema.org type."
                            : "The type was guessed from " + (freeText ? "free text" : "its name") + "."))
            .toList();
    }

    private static List<Candidate> requiredFields(List<Entity> entities) {
        List<Candidate> candidates = new ArrayList<>();
        for (Entity e : entities) {
            if (e.fields().isEmpty() || e.fields().stream().anyMatch(Field::required)) {
                continue;
            }
            Field field = labelField(e).orElse(e.fields().getFirst());
            String subject = e.name().original() + "." + field.name().original();
            candidates.add(new Candidate(DecisionKind.FIELD_REQUIRED.idFor(subject), "Is " + subject + " required?",
                    "true", e.name().original() + " has no required field, so an empty " + e.name().label()
                            + " could be saved; its identifying (else first) field is the likely one."));
        }
        return candidates;
    }

    private static List<Candidate> displayFields(DomainModel model) {
        List<Candidate> candidates = new ArrayList<>();
        for (Relationship r : model.relationships()) {
            boolean toOne = r.kind() == Relationship.Kind.MANY_TO_ONE || r.kind() == Relationship.Kind.ONE_TO_ONE;
            Optional<Field> label = model.entity(r.to()).flatMap(ClarifyingQuestions::labelField);
            if (toOne && "id".equals(r.displayField()) && label.isPresent()) {
                String field = r.fromField().original();
                candidates.add(new Candidate(DecisionKind.DISPLAY_FIELD.idFor(r.from() + "." + field),
                        "Which " + r.to() + " field shows in a " + r.from() + "'s " + field + "?",
                        label.get().name().original(), "The spec names no display field, so a " + r.from()
                                + " would show its " + r.to() + " as a bare id."));
            }
        }
        return candidates;
    }

    private static List<Candidate> pagination(List<Entity> entities) {
        return entities.stream()
            .filter(e -> e.options().pagination() == Pagination.NONE)
            .map(e -> new Candidate(DecisionKind.PAGINATION.idFor(e.name().original()),
                    "How should the list of " + plural(e) + " be paged?", Pagination.PAGINATION.name(),
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
