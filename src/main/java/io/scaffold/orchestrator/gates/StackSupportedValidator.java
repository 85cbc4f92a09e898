package io.scaffold.orchestrator.gates;

import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code stack-supported}: the generated {@code pom.xml} builds on a Spring Boot line and a Java version the stack
 * policy ({@code gates/supported-stack.properties}) supports. Half the score each: the Spring Boot version of the
 * {@code spring-boot-starter-parent} parent or {@code spring-boot-dependencies} import, and the Java version of
 * {@code java.version} or {@code maven.compiler.release}.
 */
@Component
class StackSupportedValidator implements CriterionValidator {

    private static final Pattern BOOT_VERSION = Pattern.compile(
            "<artifactId>spring-boot-(?:starter-parent|dependencies)</artifactId>\\s*<version>([^<]+)</version>");
    private static final Pattern JAVA_VERSION = Pattern.compile(
            "<(?:java\\.version|maven\\.compiler\\.release|release)>([^<]+)</");

    private final List<String> bootLines;
    private final List<String> javaVersions;

    StackSupportedValidator() {
        Properties policy = GatesData.properties("supported-stack.properties");
        bootLines = split(policy.getProperty("spring-boot"));
        javaVersions = split(policy.getProperty("java"));
    }

    @Override
    public String criterion() {
        return "stack-supported";
    }

    @Override
    public CriterionScore score(GateSubject subject) {
        Optional<String> pom = ProjectFiles.read(subject.projectDir(), DependencyPolicyValidator.POM);
        if (pom.isEmpty()) {
            return new CriterionScore(criterion(), 0.0, List.of("pom.xml: missing; the generated project must be a Maven project"));
        }
        List<String> findings = new ArrayList<>();
        int passed = 0;
        Matcher boot = BOOT_VERSION.matcher(pom.get());
        if (!boot.find()) {
            findings.add("pom.xml: no Spring Boot version (spring-boot-starter-parent parent or spring-boot-dependencies import)");
        } else if (bootLines.stream().anyMatch(line -> boot.group(1).strip().startsWith(line + "."))) {
            passed++;
        } else {
            findings.add(ProjectFiles.finding("pom.xml", ProjectFiles.lineOf(pom.get(), boot.start(1)), "Spring Boot "
                    + boot.group(1) + " is not a supported line; use one of " + String.join(", ", bootLines)));
        }
        Matcher java = JAVA_VERSION.matcher(pom.get());
        if (!java.find()) {
            findings.add("pom.xml: no Java version (property java.version or maven.compiler.release)");
        } else if (javaVersions.contains(java.group(1).strip())) {
            passed++;
        } else {
            findings.add(ProjectFiles.finding("pom.xml", ProjectFiles.lineOf(pom.get(), java.start(1)), "Java "
                    + java.group(1) + " is not supported; use one of " + String.join(", ", javaVersions)));
        }
        return CriterionScore.ofChecks(criterion(), passed, 2, findings);
    }

    private static List<String> split(String value) {
        return Arrays.stream(value.split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }
}
