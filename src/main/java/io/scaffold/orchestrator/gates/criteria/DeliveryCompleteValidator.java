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

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * {@code delivery-complete}: ten checks, each worth the same: a Dockerfile, that runs as
 * a non-root USER, with a HEALTHCHECK; a compose file with services; Kubernetes manifests
 * under {@code k8s/} with a Deployment and a Service; a CI workflow under
 * {@code .github/workflows/} with jobs; and README.md, docs/prd.md and docs/tickets.md
 * with real content (at least {@value #MIN_DOCUMENT_LINES} non-blank lines).
 */
@Component
class DeliveryCompleteValidator implements CriterionValidator {

    static final int MIN_DOCUMENT_LINES = 10;

    private static final List<String> COMPOSE_FILES = List.of(ProjectLayout.COMPOSE, "compose.yml",
            "docker-compose.yml", "docker-compose.yaml");

    private static final Pattern USER = Pattern.compile("(?im)^\\s*USER\\s+(\\S+)");

    private static final Pattern HEALTHCHECK = Pattern.compile("(?im)^\\s*HEALTHCHECK\\s+(?!NONE)");

    static final String CRITERION = "delivery-complete";

    static final FindingRule CONTAINER = new FindingRule("DELIVERY-CONTAINER", CRITERION, Severity.MAJOR,
            "a Dockerfile runs the application as a non-root user with a health check");

    static final FindingRule DEPLOYMENT = new FindingRule("DELIVERY-DEPLOYMENT", CRITERION, Severity.MAJOR,
            "compose services, Kubernetes Deployment and Service manifests and a CI workflow exist");

    static final FindingRule DOCUMENT = new FindingRule("DELIVERY-DOCUMENT", CRITERION, Severity.MINOR,
            "the README, PRD and tickets have real content");

    @Override
    public String criterion() {
        return CRITERION;
    }

    @Override
    public CriterionScore score(GateSubject subject) {
        Path dir = subject.projectDir();
        List<Finding> findings = new ArrayList<>();
        int passed = 0;

        Optional<String> dockerfile = ProjectFiles.read(dir, ProjectLayout.DOCKERFILE);
        if (dockerfile.isEmpty()) {
            findings.add(CONTAINER.in(ProjectLayout.DOCKERFILE, "the Dockerfile is missing",
                    "add a multi-stage Dockerfile that runs the application as a non-root user"));
        }
        else {
            passed++;
            String lastUser = null;
            for (Matcher m = USER.matcher(dockerfile.get()); m.find();) {
                lastUser = m.group(1);
            }
            if (lastUser != null && !lastUser.equals("root") && !lastUser.startsWith("0")) {
                passed++;
            }
            else {
                findings.add(CONTAINER.in(ProjectLayout.DOCKERFILE, "the container runs as root",
                        "add a USER instruction with a non-root user before ENTRYPOINT"));
            }
            if (HEALTHCHECK.matcher(dockerfile.get()).find()) {
                passed++;
            }
            else {
                findings
                    .add(CONTAINER.in(ProjectLayout.DOCKERFILE, "no HEALTHCHECK", "add one probing /actuator/health"));
            }
        }

        Optional<String> compose = COMPOSE_FILES.stream().flatMap(f -> ProjectFiles.read(dir, f).stream()).findFirst();
        if (compose.isPresent() && compose.get().contains("services:")) {
            passed++;
        }
        else {
            findings.add(DEPLOYMENT.in(ProjectLayout.COMPOSE, "the compose file is missing or without services",
                    "add the application and PostgreSQL as compose services"));
        }

        String manifests = String.join("\n",
                Stream
                    .concat(ProjectFiles.walk(dir, ProjectLayout.K8S_DIR, ".yaml").stream(),
                            ProjectFiles.walk(dir, ProjectLayout.K8S_DIR, ".yml").stream())
                    .map(ProjectFiles::readText)
                    .toList());
        for (String kind : List.of("Deployment", "Service")) {
            if (Pattern.compile("(?m)^kind:\\s*" + kind + "\\s*$").matcher(manifests).find()) {
                passed++;
            }
            else {
                findings.add(DEPLOYMENT.in(ProjectLayout.K8S_DIR + "/", "no " + kind + " manifest",
                        "add " + ProjectLayout.k8sManifest(kind.toLowerCase())));
            }
        }

        boolean workflow = Stream
            .concat(ProjectFiles.list(dir, ProjectLayout.WORKFLOWS_DIR, ".yml").stream(),
                    ProjectFiles.list(dir, ProjectLayout.WORKFLOWS_DIR, ".yaml").stream())
            .anyMatch(f -> ProjectFiles.readText(f).contains("jobs:"));
        if (workflow) {
            passed++;
        }
        else {
            findings.add(DEPLOYMENT.in(ProjectLayout.CI_WORKFLOW, "the CI workflow is missing or without jobs",
                    "add a CI workflow that runs ./mvnw -B verify"));
        }

        for (String document : List.of(ProjectLayout.README, ProjectLayout.PRD, ProjectLayout.TICKETS)) {
            Optional<String> text = ProjectFiles.read(dir, document);
            long lines = text.map(ProjectFiles::contentLines).orElse(0L);
            if (lines >= MIN_DOCUMENT_LINES) {
                passed++;
            }
            else {
                findings
                    .add(DOCUMENT.in(document, text.isEmpty() ? "missing" : "has only " + lines + " non-blank lines",
                            "give it real content (at least " + MIN_DOCUMENT_LINES + " lines)"));
            }
        }
        return CriterionScore.ofChecks(criterion(), passed, 10, findings);
    }

}
