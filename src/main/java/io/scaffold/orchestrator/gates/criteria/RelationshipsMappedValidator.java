package io.scaffold.orchestrator.gates.criteria;

import io.scaffold.orchestrator.gates.CriterionScore;
import io.scaffold.orchestrator.gates.CriterionValidator;
import io.scaffold.orchestrator.gates.GateSubject;
import io.scaffold.orchestrator.gates.probe.JavaSources;
import io.scaffold.orchestrator.gates.probe.ProjectFiles;
import io.scaffold.orchestrator.domain.DomainModel;
import io.scaffold.orchestrator.domain.Entity;
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

    @Override
    public String criterion() {
        return "relationships-mapped";
    }

    @Override
    public CriterionScore score(GateSubject subject) {
        JavaSources sources = new JavaSources(subject.projectDir());
        DomainModel model = subject.model();
        List<String> findings = new ArrayList<>();
        int checks = 0;
        int mapped = 0;
        for (Relationship r : model.relationships()) {
            Optional<Entity> from = model.entity(r.from());
            Optional<Entity> to = model.entity(r.to());
            if (from.isEmpty() || to.isEmpty()) {
                continue;
            }
            String what = r.kind() + " " + r.from() + "." + r.fromField().original() + " -> " + r.to();
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
            List<String> findings) {
        Optional<JavaSources.Type> type = sources.type(entity.name().className());
        if (type.isEmpty()) {
            findings.add(JavaSources.DIR + ": no entity class " + entity.name().className() + " to map " + what);
            return false;
        }
        String fieldName = field.fieldName();
        Optional<String> annotations = type.get().fieldAnnotations(fieldName);
        if (annotations.isEmpty()) {
            fieldName = field.plural();
            annotations = type.get().fieldAnnotations(fieldName);
        }
        if (annotations.isEmpty()) {
            findings.add(type.get().file() + ": " + entity.name().className() + " has no field " + field.fieldName()
                    + " for " + what + "; add it with " + String.join(" and ", required));
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
        findings.add(ProjectFiles.finding(type.get().file(), type.get().lineOf(fieldName),
                entity.name().className() + "." + fieldName + " (" + what + ") lacks " + String.join(", ", missing)));
        return false;
    }

}
