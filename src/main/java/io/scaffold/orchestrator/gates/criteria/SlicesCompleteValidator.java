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
import java.util.regex.Pattern;

/**
 * {@code slices-complete}: every (non-built-in) entity has its vertical slice under
 * {@code src/main/java}: the JPA entity class {@code X} (annotated {@code @Entity}), the
 * interface {@code XRepository}, the service, the class {@code XController}
 * ({@code @RestController}), the records {@code XRequest} and {@code XResponse} and the
 * mapper {@code XMapper} (a class, or an interface MapStruct implements), as the
 * implementation generator lays them out. The service is either the class
 * {@code XService} ({@code @Service}) or the interface {@code XService} with the class
 * {@code XServiceImpl} ({@code @Service}) that implements it (JDL
 * {@code service with serviceImpl}). Seven checks per entity (six for a read-only one,
 * which has no {@code XRequest}); a type that exists with the wrong kind or without its
 * annotation does not count.
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
                else if (part.suffix().equals("Service") && type.get().kind().equals("interface")) {
                    Optional<Finding> implementation = serviceImplementation(sources, type.get());
                    implementation.ifPresent(findings::add);
                    present += implementation.isEmpty() ? 1 : 0;
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

    /**
     * A service interface {@code XService} counts when the class {@code XServiceImpl}
     * implements it and is annotated {@code @Service}; otherwise what is wrong.
     */
    private static Optional<Finding> serviceImplementation(JavaSources sources, JavaSources.Type service) {
        String name = service.name() + "Impl";
        Optional<JavaSources.Type> type = sources.type(name);
        if (type.isEmpty()) {
            return Optional.of(PART_MISSING.in(service.file(),
                    service.name() + " is an interface without its implementation " + name,
                    "generate the class " + name + " (@Service, implements " + service.name() + ")"));
        }
        if (!type.get().kind().equals("class")) {
            return Optional
                .of(PART_MISSING.in(type.get().file(), name + " is a " + type.get().kind(), "make it a class"));
        }
        if (!Pattern.compile("\\bimplements\\s+[\\w.,\\s<>]*\\b" + service.name() + "\\b")
            .matcher(type.get().text())
            .find()) {
            return Optional.of(PART_MISSING.in(type.get().file(), name + " does not implement " + service.name(),
                    "declare it 'implements " + service.name() + "'"));
        }
        if (!type.get().text().contains("@Service")) {
            return Optional
                .of(PART_MISSING.in(type.get().file(), name + " lacks @Service", "annotate it with @Service"));
        }
        return Optional.empty();
    }

}
