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

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code stack-supported}: the chosen stack is on a Spring Boot line and a Java version
 * the stack policy ({@code gates/supported-stack.properties}) supports. At the
 * architecture gate the choice is the stack decision record ({@value #STACK_ADR}, "Spring
 * Boot x.y.z on Java n"); once the project exists, its {@code pom.xml} (the
 * {@code spring-boot-starter-parent} parent or {@code spring-boot-dependencies} import,
 * and {@code java.version} or {@code maven.compiler.release}). Half the score each for
 * the Boot line and Java.
 */
@Component
class StackSupportedValidator implements CriterionValidator {

    private static final Pattern BOOT_VERSION = Pattern
        .compile("<artifactId>spring-boot-(?:starter-parent|dependencies)</artifactId>\\s*<version>([^<]+)</version>");

    private static final Pattern JAVA_VERSION = Pattern
        .compile("<(?:java\\.version|maven\\.compiler\\.release|release)>([^<]+)</");
    static final String STACK_ADR = ProjectLayout.STACK_ADR;

    private static final Pattern ADR_BOOT_VERSION = Pattern.compile("Spring Boot (\\d+\\.\\d+\\.\\d+)");

    private static final Pattern ADR_JAVA_VERSION = Pattern.compile("\\bJava (\\d+)\\b");

    private final List<String> bootLines;

    private final List<String> javaVersions;

    StackSupportedValidator(GatesData data) {
        Properties policy = data.properties("supported-stack.properties");
        bootLines = split(policy.getProperty("spring-boot"));
        javaVersions = split(policy.getProperty("java"));
    }

    static final String CRITERION = "stack-supported";

    static final FindingRule VERSION_MISSING = new FindingRule("ARCH-STACK-UNSTATED", CRITERION, Severity.MAJOR,
            "the pom.xml (or the stack ADR before there is one) states the Spring Boot and Java versions");

    static final FindingRule UNSUPPORTED = new FindingRule("ARCH-STACK-UNSUPPORTED", CRITERION, Severity.MAJOR,
            "the Spring Boot line and Java version are in supported-stack.properties");

    @Override
    public String criterion() {
        return CRITERION;
    }

    @Override
    public CriterionScore score(GateSubject subject) {
        Optional<String> pom = ProjectFiles.read(subject.projectDir(), DependencyPolicyValidator.POM);
        if (pom.isPresent()) {
            return check(DependencyPolicyValidator.POM, pom.get(), BOOT_VERSION, JAVA_VERSION,
                    "spring-boot-starter-parent parent or spring-boot-dependencies import",
                    "property java.version or maven.compiler.release");
        }
        Optional<String> adr = ProjectFiles.read(subject.projectDir(), STACK_ADR);
        if (adr.isEmpty()) {
            return new CriterionScore(criterion(), 0.0,
                    List.of(VERSION_MISSING.in(STACK_ADR, "the stack decision is missing",
                            "record it (\"Spring Boot x.y.z on Java n\") or generate the pom.xml")));
        }
        return check(STACK_ADR, adr.get(), ADR_BOOT_VERSION, ADR_JAVA_VERSION,
                "the decision names no \"Spring Boot x.y.z\"", "the decision names no \"Java n\"");
    }

    private CriterionScore check(String file, String text, Pattern bootPattern, Pattern javaPattern, String whereBoot,
            String whereJava) {
        List<Finding> findings = new ArrayList<>();
        int passed = 0;
        Matcher boot = bootPattern.matcher(text);
        if (!boot.find()) {
            findings.add(VERSION_MISSING.in(file, "no Spring Boot version (" + whereBoot + ")", "state it"));
        }
        else if (bootLines.stream().anyMatch(line -> boot.group(1).strip().startsWith(line + "."))) {
            passed++;
        }
        else {
            findings.add(UNSUPPORTED.at(file, ProjectFiles.lineOf(text, boot.start(1)),
                    "Spring Boot " + boot.group(1) + " is not a supported line",
                    "use one of " + String.join(", ", bootLines)));
        }
        Matcher java = javaPattern.matcher(text);
        if (!java.find()) {
            findings.add(VERSION_MISSING.in(file, "no Java version (" + whereJava + ")", "state it"));
        }
        else if (javaVersions.contains(java.group(1).strip())) {
            passed++;
        }
        else {
            findings.add(UNSUPPORTED.at(file, ProjectFiles.lineOf(text, java.start(1)),
                    "Java " + java.group(1) + " is not supported", "use one of " + String.join(", ", javaVersions)));
        }
        return CriterionScore.ofChecks(criterion(), passed, 2, findings);
    }

    private static List<String> split(String value) {
        return Arrays.stream(value.split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

}
