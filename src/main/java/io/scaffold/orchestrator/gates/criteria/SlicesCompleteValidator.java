package io.scaffold.orchestrator.gates.criteria;

import io.scaffold.orchestrator.gates.CriterionScore;
import io.scaffold.orchestrator.gates.Finding;
import io.scaffold.orchestrator.gates.FindingRule;
import io.scaffold.orchestrator.gates.Severity;
import io.scaffold.orchestrator.gates.CriterionValidator;
import io.scaffold.orchestrator.gates.GateSubject;
import io.scaffold.orchestrator.gates.probe.JavaSources;
import io.scaffold.orchestrator.domain.Entity;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * {@code slices-complete}: every (non-built-in) entity has its vertical slice under
 * {@code src/main/java}: the JPA entity class {@code X} (annotated {@code @Entity}), the
 * interface {@code XRepository}, the class {@code XService} ({@code @Service}), the class
 * {@code XController} ({@code @RestController}), the records {@code XRequest} and
 * {@code XResponse} and the mapper {@code XMapper}, as the implementation generator lays
 * them out. Seven checks per entity (six for a read-only one, which has no
 * {@code XRequest}); a type that exists with the wrong kind or without its annotation
 * does not count.
 */
@Component
class SlicesCompleteValidator implements CriterionValidator {

    /** Type name suffix, expected kind, annotation that must be present (or null). */
    private record Part(String suffix, String kind, String annotation) {
    }

    private static final List<Part> PARTS = List.of(new Part("", "class", "@Entity"),
            new Part("Repository", "interface", null), new Part("Service", "class", "@Service"),
            new Part("Controller", "class", "@RestController"), new Part("Request", "record", null),
            new Part("Response", "record", null), new Part("Mapper", null, null));

    static final String CRITERION = "slices-complete";

    static final FindingRule PART_MISSING = new FindingRule("CODE-SLICE-PART", CRITERION, Severity.MAJOR,
            "every entity has its entity, repository, service, controller, request, response and mapper types");

    @Override
    public String criterion() {
        return CRITERION;
    }

    @Override
    public CriterionScore score(GateSubject subject) {
        JavaSources sources = new JavaSources(subject.projectDir());
        List<Entity> entities = subject.model().entities().stream().filter(e -> !e.builtIn()).toList();
        List<Finding> findings = new ArrayList<>();
        int present = 0;
        int required = 0;
        for (Entity entity : entities) {
            for (Part part : PARTS) {
                if (entity.options().readOnly() && part.suffix().equals("Request")) {
                    continue;
                }
                required++;
                String name = entity.name().className() + part.suffix();
                Optional<JavaSources.Type> type = sources.type(name);
                if (type.isEmpty()) {
                    findings
                        .add(PART_MISSING.in(JavaSources.DIR,
                                "entity " + entity.name().original() + " has no " + name
                                        + (part.kind() == null ? "" : " " + part.kind()),
                                "generate it with the slice"));
                }
                else if (part.kind() != null && !type.get().kind().equals(part.kind())) {
                    findings.add(PART_MISSING.in(type.get().file(), name + " is a " + type.get().kind(),
                            "make it a " + part.kind()));
                }
                else if (part.annotation() != null && !type.get().text().contains(part.annotation())) {
                    findings.add(PART_MISSING.in(type.get().file(), name + " lacks " + part.annotation(),
                            "annotate it with " + part.annotation()));
                }
                else {
                    present++;
                }
            }
        }
        return CriterionScore.ofChecks(criterion(), present, required, findings);
    }

}
