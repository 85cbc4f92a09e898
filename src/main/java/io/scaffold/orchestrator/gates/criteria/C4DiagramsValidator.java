package io.scaffold.orchestrator.gates.criteria;

import io.scaffold.orchestrator.generation.ProjectLayout;
import io.scaffold.orchestrator.gates.CriterionScore;
import io.scaffold.orchestrator.gates.Finding;
import io.scaffold.orchestrator.gates.FindingRule;
import io.scaffold.orchestrator.gates.Severity;
import io.scaffold.orchestrator.gates.CriterionValidator;
import io.scaffold.orchestrator.gates.GateSubject;
import io.scaffold.orchestrator.gates.probe.ProjectFiles;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code c4-diagrams}: five checks. {@code docs/architecture/c4-context.md} holds a
 * Mermaid {@code C4Context} diagram with a {@code System(...)} naming the application;
 * {@code docs/architecture/c4-container.md} holds a Mermaid {@code C4Container} diagram
 * with a {@code ContainerDb(...)} (the database) and a {@code Container(...)} that is the
 * API (its text says API, REST or HTTP).
 */
@Component
class C4DiagramsValidator implements CriterionValidator {

    static final String CONTEXT = ProjectLayout.C4_CONTEXT;
    static final String CONTAINER = ProjectLayout.C4_CONTAINER;

    private static final Pattern MERMAID = Pattern.compile("(?s)```mermaid\\s*\\n(.*?)```");

    static final String CRITERION = "c4-diagrams";

    static final FindingRule DIAGRAM_MISSING = new FindingRule("ARCH-C4-MISSING", CRITERION, Severity.MAJOR,
            "the C4 context and container documents hold their Mermaid diagrams");

    static final FindingRule ELEMENT_MISSING = new FindingRule("ARCH-C4-ELEMENT", CRITERION, Severity.MINOR,
            "the context names the application as a System, the container diagram has the database and the API");

    @Override
    public String criterion() {
        return CRITERION;
    }

    @Override
    public CriterionScore score(GateSubject subject) {
        List<Finding> findings = new ArrayList<>();
        int passed = 0;
        String system = normalise(subject.model().name());

        Optional<String> context = diagram(subject, CONTEXT, "C4Context", findings);
        if (context.isPresent()) {
            passed++;
            boolean named = elements(context.get(), "System").stream().anyMatch(e -> normalise(e).contains(system));
            if (named) {
                passed++;
            }
            else {
                findings.add(ELEMENT_MISSING.in(CONTEXT,
                        "no System(...) element names the application " + subject.model().name(),
                        "add a System(...) element named after the application"));
            }
        }
        Optional<String> container = diagram(subject, CONTAINER, "C4Container", findings);
        if (container.isPresent()) {
            passed++;
            if (!elements(container.get(), "ContainerDb").isEmpty()) {
                passed++;
            }
            else {
                findings.add(ELEMENT_MISSING.in(CONTAINER, "no ContainerDb(...) element for the database",
                        "add a ContainerDb(...) element for the database"));
            }
            boolean api = elements(container.get(), "Container").stream()
                .anyMatch(e -> e.toUpperCase(Locale.ROOT).matches("(?s).*\\b(API|REST|HTTP)\\b.*"));
            if (api) {
                passed++;
            }
            else {
                findings.add(ELEMENT_MISSING.in(CONTAINER, "no Container(...) element for the API",
                        "add a Container(...) element named or described as the REST API"));
            }
        }
        return CriterionScore.ofChecks(criterion(), passed, 5, findings);
    }

    /**
     * The Mermaid diagram of the given kind in the file, or empty with a finding saying
     * what is missing.
     */
    private static Optional<String> diagram(GateSubject subject, String file, String kind, List<Finding> findings) {
        Optional<String> text = ProjectFiles.read(subject.projectDir(), file);
        if (text.isEmpty()) {
            findings.add(DIAGRAM_MISSING.in(file, "the " + kind + " diagram is missing",
                    "write the document with a Mermaid " + kind + " diagram"));
            return Optional.empty();
        }
        Matcher m = MERMAID.matcher(text.get());
        while (m.find()) {
            if (m.group(1).strip().startsWith(kind)) {
                return Optional.of(m.group(1));
            }
        }
        findings.add(DIAGRAM_MISSING.in(file, "no ```mermaid block starting with " + kind,
                "add a Mermaid " + kind + " diagram"));
        return Optional.empty();
    }

    /**
     * The arguments after the alias of every {@code kind(...)} element (e.g. every
     * {@code System(...)}, not {@code System_Ext(...)}): the alias is an identifier, not
     * what the diagram shows.
     */
    private static List<String> elements(String diagram, String kind) {
        List<String> result = new ArrayList<>();
        Matcher m = Pattern.compile("(?m)^\\s*" + kind + "\\s*\\((.*)\\)").matcher(diagram);
        while (m.find()) {
            String arguments = m.group(1);
            result.add(arguments.substring(arguments.indexOf(',') + 1));
        }
        return result;
    }

    private static String normalise(String s) {
        return s.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "");
    }

}
