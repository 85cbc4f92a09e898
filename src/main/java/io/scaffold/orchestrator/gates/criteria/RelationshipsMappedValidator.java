package io.scaffold.orchestrator.gates.criteria;

import io.scaffold.orchestrator.gates.CriterionScore;
import io.scaffold.orchestrator.gates.Finding;
import io.scaffold.orchestrator.gates.FindingRule;
import io.scaffold.orchestrator.gates.Severity;
import io.scaffold.orchestrator.gates.CriterionValidator;
import io.scaffold.orchestrator.gates.GateSubject;
import io.scaffold.orchestrator.gates.probe.JavaSources;
import io.scaffold.orchestrator.domain.DomainModel;
import io.scaffold.orchestrator.domain.Entity;
import io.scaffold.orchestrator.domain.FieldType;
import io.scaffold.orchestrator.domain.decision.DecisionChange;
import io.scaffold.orchestrator.domain.decision.DecisionKind;
import io.scaffold.orchestrator.domain.Name;
import io.scaffold.orchestrator.domain.Relationship;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * {@code relationships-mapped}: every relationship is mapped with the JPA annotations of
 * its kind on the right side. The owning side ({@code from}, except for ONE_TO_MANY where
 * the foreign key sits on {@code to}): {@code @ManyToOne}/{@code @OneToOne} with
 * {@code @JoinColumn}, {@code @ManyToMany} with {@code @JoinTable}, and for ONE_TO_MANY
 * on {@code from} a {@code @OneToMany} with {@code mappedBy} or {@code @JoinColumn}. The
 * inverse side of a bidirectional relationship:
 * {@code @OneToMany}/{@code @OneToOne}/{@code @ManyToMany} with {@code mappedBy}, or
 * {@code @ManyToOne} for the many side of a ONE_TO_MANY. One check per side that must be
 * mapped; fields are found by the navigation field name (singular or plural).
 */
@Component
class RelationshipsMappedValidator implements CriterionValidator {

    static final String CRITERION = "relationships-mapped";

    static final FindingRule UNMAPPED = new FindingRule("CODE-RELATIONSHIP-UNMAPPED", CRITERION, Severity.MAJOR,
            "every side of a relationship is a field of its entity class with the JPA mapping annotations");

    static final FindingRule DISPLAYS_ID = new FindingRule("CODE-DISPLAY-ID", CRITERION, Severity.INFO,
            "a relationship shows its target by id although the target has a readable field (informs only)",
            DecisionKind.DISPLAY_FIELD);

    /** Fields that name a record for people, in order of preference. */
    private static final List<String> READABLE_FIELDS = List.of("name", "title", "label", "code", "login", "email");

    @Override
    public String criterion() {
        return CRITERION;
    }

    @Override
    public CriterionScore score(GateSubject subject) {
        JavaSources sources = new JavaSources(subject.projectDir());
        DomainModel model = subject.model();
        List<Finding> findings = new ArrayList<>();
        int checks = 0;
        int mapped = 0;
        for (Relationship r : model.relationships()) {
            Optional<Entity> from = model.entity(r.from());
            Optional<Entity> to = model.entity(r.to());
            if (from.isEmpty() || to.isEmpty()) {
                continue;
            }
            String what = r.kind() + " " + r.from() + "." + r.fromField().original() + " -> " + r.to();
            readableField(to.get()).filter(f -> "id".equals(r.displayField()))
                .ifPresent(f -> findings.add(DISPLAYS_ID.proposing(null, 0,
                        what + " shows " + r.to() + " by its id although it has the field " + f,
                        "show " + r.to() + "." + f + " instead",
                        new DecisionChange(DecisionKind.DISPLAY_FIELD.idFor(r.from() + "." + r.fromField().original()),
                                f, r.to() + "." + f + " tells records apart for people, the id does not"))));
            List<String> fromSide = switch (r.kind()) {
                case MANY_TO_ONE -> List.of("@ManyToOne", "@JoinColumn");
                case ONE_TO_ONE -> List.of("@OneToOne", "@JoinColumn");
                case ONE_TO_MANY -> List.of("@OneToMany", "mappedBy|@JoinColumn");
                case MANY_TO_MANY -> List.of("@ManyToMany", "@JoinTable");
            };
            checks++;
            mapped += side(sources, from.get(), r.fromField(), fromSide, what, findings) ? 1 : 0;
            if (r.bidirectional()) {
                List<String> toSide = switch (r.kind()) {
                    case MANY_TO_ONE -> List.of("@OneToMany", "mappedBy");
                    case ONE_TO_ONE -> List.of("@OneToOne", "mappedBy");
                    case ONE_TO_MANY -> List.of("@ManyToOne");
                    case MANY_TO_MANY -> List.of("@ManyToMany", "mappedBy");
                };
                checks++;
                mapped += side(sources, to.get(), r.toField(), toSide, what, findings) ? 1 : 0;
            }
        }
        return CriterionScore.ofChecks(criterion(), mapped, checks, findings);
    }

    /**
     * Whether the entity's navigation field carries every required annotation
     * ({@code a|b}: either).
     */
    private static boolean side(JavaSources sources, Entity entity, Name field, List<String> required, String what,
            List<Finding> findings) {
        Optional<JavaSources.Type> type = sources.type(entity.name().className());
        if (type.isEmpty()) {
            findings.add(UNMAPPED.in(JavaSources.DIR,
                    "no entity class " + entity.name().className() + " to map " + what, "generate the entity class"));
            return false;
        }
        String fieldName = field.fieldName();
        Optional<String> annotations = type.get().fieldAnnotations(fieldName);
        if (annotations.isEmpty()) {
            fieldName = field.plural();
            annotations = type.get().fieldAnnotations(fieldName);
        }
        if (annotations.isEmpty()) {
            findings.add(UNMAPPED.in(type.get().file(),
                    entity.name().className() + " has no field " + field.fieldName() + " for " + what,
                    "add it with " + String.join(" and ", required)));
            return false;
        }
        String text = annotations.get();
        List<String> missing = required.stream()
            .filter(r -> java.util.Arrays.stream(r.split("\\|")).noneMatch(text::contains))
            .map(r -> r.replace("|", " or "))
            .toList();
        if (missing.isEmpty()) {
            return true;
        }
        findings.add(UNMAPPED.at(type.get().file(), type.get().lineOf(fieldName),
                entity.name().className() + "." + fieldName + " (" + what + ") lacks " + String.join(", ", missing),
                "annotate the field with " + String.join(" and ", missing)));
        return false;
    }

    /** The target's first string field that names a record for people. */
    private static Optional<String> readableField(Entity target) {
        return READABLE_FIELDS.stream()
            .filter(name -> target.fields()
                .stream()
                .anyMatch(f -> f.type() == FieldType.STRING && f.name().fieldName().equals(name)))
            .findFirst();
    }

}
