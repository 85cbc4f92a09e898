package io.scaffold.orchestrator.gates.criteria;

import io.scaffold.orchestrator.generation.ProjectLayout;
import io.scaffold.orchestrator.gates.CriterionScore;
import io.scaffold.orchestrator.gates.Finding;
import io.scaffold.orchestrator.gates.FindingRule;
import io.scaffold.orchestrator.gates.Severity;
import io.scaffold.orchestrator.gates.CriterionValidator;
import io.scaffold.orchestrator.gates.GateSubject;
import io.scaffold.orchestrator.gates.GatesData;
import io.scaffold.orchestrator.gates.probe.ProjectFiles;
import org.springframework.stereotype.Component;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXParseException;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code dependency-policy}: the generated {@code pom.xml} pins what it builds with.
 * Every parent, dependency and plugin is checked: its version (after resolving
 * {@code ${property}}) is not a SNAPSHOT, not a range and not LATEST/RELEASE; a missing
 * version is accepted only when a parent POM or a BOM import can manage it; and it is not
 * on the banned list ({@code gates/banned-artifacts.txt}). The project's own version may
 * be a SNAPSHOT: that is the project, not a dependency. Score: the share of checked
 * coordinates without a violation.
 */
@Component
class DependencyPolicyValidator implements CriterionValidator {

    static final String POM = ProjectLayout.POM;

    private static final Pattern PROPERTY = Pattern.compile("\\$\\{([^}]+)}");

    private final Map<String, String> banned = new HashMap<>();

    DependencyPolicyValidator(GatesData data) {
        for (String line : data.lines("banned-artifacts.txt")) {
            String[] parts = line.split("\\s+", 2);
            banned.put(parts[0], parts.length > 1 ? parts[1] : "banned by policy");
        }
    }

    static final String CRITERION = "dependency-policy";

    static final FindingRule POM_INVALID = new FindingRule("DEP-POM-INVALID", CRITERION, Severity.BLOCKER,
            "pom.xml exists and is well-formed XML");

    static final FindingRule BANNED = new FindingRule("DEP-BANNED", CRITERION, Severity.MAJOR,
            "no parent, dependency or plugin is on the banned list");

    static final FindingRule UNPINNED = new FindingRule("DEP-UNPINNED", CRITERION, Severity.MAJOR,
            "every parent, dependency and plugin has a managed or exact release version");

    @Override
    public String criterion() {
        return CRITERION;
    }

    @Override
    public CriterionScore score(GateSubject subject) {
        Optional<String> pom = ProjectFiles.read(subject.projectDir(), POM);
        if (pom.isEmpty()) {
            return new CriterionScore(criterion(), 0.0, List
                .of(POM_INVALID.in(POM, "pom.xml is missing", "the generated project must be a Maven project")));
        }
        Document doc;
        try {
            doc = parse(pom.get());
        }
        catch (SAXParseException e) {
            return new CriterionScore(criterion(), 0.0, List
                .of(POM_INVALID.at(POM, e.getLineNumber(), "not well-formed XML: " + e.getMessage(), "fix the XML")));
        }
        catch (Exception e) {
            return new CriterionScore(criterion(), 0.0,
                    List.of(POM_INVALID.in(POM, "cannot be parsed: " + e.getMessage(), "fix the XML")));
        }
        Element project = doc.getDocumentElement();
        Map<String, String> properties = new HashMap<>();
        child(project, "properties")
            .ifPresent(p -> children(p).forEach(e -> properties.put(e.getTagName(), e.getTextContent().strip())));
        child(project, "version").ifPresent(v -> properties.put("project.version", v.getTextContent().strip()));

        Optional<Element> parent = child(project, "parent");
        List<Element> managed = path(project, "dependencyManagement", "dependencies", "dependency");
        boolean bomImported = managed.stream().anyMatch(d -> "import".equals(text(d, "scope")));
        boolean canBeManaged = parent.isPresent() || bomImported;

        List<Element> coordinates = new ArrayList<>();
        parent.ifPresent(coordinates::add);
        coordinates.addAll(managed);
        coordinates.addAll(path(project, "dependencies", "dependency"));
        coordinates.addAll(path(project, "build", "pluginManagement", "plugins", "plugin"));
        coordinates.addAll(path(project, "build", "plugins", "plugin"));

        List<Finding> findings = new ArrayList<>();
        int clean = 0;
        for (Element coordinate : coordinates) {
            String groupId = Optional.ofNullable(text(coordinate, "groupId")).orElse("org.apache.maven.plugins");
            String artifactId = text(coordinate, "artifactId");
            String key = groupId + ":" + artifactId;
            Violation violation = violation(coordinate, key, properties, canBeManaged);
            if (violation == null) {
                clean++;
            }
            else {
                findings.add(violation.rule()
                    .at(POM, lineOf(pom.get(), artifactId),
                            coordinate.getTagName() + " " + key + " " + violation.what(), violation.fix()));
            }
        }
        return CriterionScore.ofChecks(criterion(), clean, coordinates.size(), findings);
    }

    /** What is wrong with one coordinate and how to fix it. */
    private record Violation(FindingRule rule, String what, String fix) {
    }

    private Violation violation(Element coordinate, String key, Map<String, String> properties, boolean canBeManaged) {
        if (banned.containsKey(key)) {
            return new Violation(BANNED, "is banned: " + banned.get(key), "remove it or use an allowed alternative");
        }
        String declared = text(coordinate, "version");
        if (declared == null) {
            return canBeManaged || coordinate.getTagName().equals("parent") ? null
                    : new Violation(UNPINNED, "has no version and no parent or BOM manages it", "pin a version");
        }
        String version = resolve(declared, properties);
        if (version == null) {
            return new Violation(UNPINNED, "version " + declared + " refers to an undefined property",
                    "define it under <properties>");
        }
        if (version.toUpperCase().endsWith("-SNAPSHOT")) {
            return new Violation(UNPINNED, "uses SNAPSHOT version " + version, "depend on a release");
        }
        if (version.startsWith("[") || version.startsWith("(") || version.equals("LATEST")
                || version.equals("RELEASE")) {
            return new Violation(UNPINNED, "uses floating version " + version, "pin an exact release");
        }
        return null;
    }

    private static String resolve(String value, Map<String, String> properties) {
        String resolved = value;
        for (int depth = 0; depth < 10; depth++) {
            Matcher m = PROPERTY.matcher(resolved);
            if (!m.find()) {
                return resolved;
            }
            String property = properties.get(m.group(1));
            if (property == null) {
                return null;
            }
            resolved = resolved.substring(0, m.start()) + property + resolved.substring(m.end());
        }
        return null;
    }

    private static int lineOf(String text, String artifactId) {
        int index = text.indexOf("<artifactId>" + artifactId + "</artifactId>");
        return index < 0 ? 0 : ProjectFiles.lineOf(text, index);
    }

    private static Document parse(String xml) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        // A generated file is untrusted input: no DTDs, no external entities.
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
        var builder = factory.newDocumentBuilder();
        builder.setErrorHandler(null);
        return builder.parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
    }

    private static List<Element> children(Element parent) {
        List<Element> result = new ArrayList<>();
        NodeList nodes = parent.getChildNodes();
        for (int i = 0; i < nodes.getLength(); i++) {
            if (nodes.item(i).getNodeType() == Node.ELEMENT_NODE) {
                result.add((Element) nodes.item(i));
            }
        }
        return result;
    }

    private static Optional<Element> child(Element parent, String name) {
        return children(parent).stream().filter(e -> e.getTagName().equals(name)).findFirst();
    }

    private static List<Element> path(Element from, String... names) {
        List<Element> current = List.of(from);
        for (String name : names) {
            current = current.stream()
                .flatMap(e -> children(e).stream())
                .filter(e -> e.getTagName().equals(name))
                .toList();
        }
        return current;
    }

    private static String text(Element parent, String name) {
        return child(parent, name).map(e -> e.getTextContent().strip()).orElse(null);
    }

}
