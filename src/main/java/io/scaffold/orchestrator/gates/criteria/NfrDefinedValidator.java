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
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * {@code nfr-defined}: {@code docs/architecture/non-functional-requirements.md} sets
 * measurable targets. Half the score is the number of lines with a measurable target (a
 * number with a unit: ms, s, minutes, hours, %, req/s, MB/GB, replicas, users), full from
 * {@value #EXPECTED_TARGETS}; the other half is the share of the four categories
 * performance, availability, scalability and security the document addresses.
 */
@Component
class NfrDefinedValidator implements CriterionValidator {

    static final String FILE = ProjectLayout.NON_FUNCTIONAL_REQUIREMENTS;
    static final int EXPECTED_TARGETS = 5;

    private static final Pattern MEASURABLE = Pattern
        .compile("(?i)\\d+(?:[.,]\\d+)?\\s*(?:ms|s|sec|seconds?|min|minutes?|h|hours?|days?|%|req/s|rps|requests?/s|"
                + "mb|mib|gb|gib|replicas?|instances?|users?)\\b|\\d+(?:[.,]\\d+)?\\s*%");

    private static final Map<String, Pattern> CATEGORIES = Map.of("performance",
            Pattern.compile("(?i)performance|latency|response time|throughput"), "availability",
            Pattern.compile("(?i)availability|uptime|reliability|recovery"), "scalability",
            Pattern.compile("(?i)scalab|replica|horizontal"), "security",
            Pattern.compile("(?i)security|authentication|authori[sz]ation|tls|encrypt"));

    static final String CRITERION = "nfr-defined";

    static final FindingRule TARGETS = new FindingRule("ARCH-NFR-TARGETS", CRITERION, Severity.MAJOR,
            "the non-functional requirements state enough measurable targets (numbers with units)");

    static final FindingRule CATEGORY = new FindingRule("ARCH-NFR-CATEGORY", CRITERION, Severity.MINOR,
            "performance, availability, scalability and security each have a requirement");

    @Override
    public String criterion() {
        return CRITERION;
    }

    @Override
    public CriterionScore score(GateSubject subject) {
        Optional<String> text = ProjectFiles.read(subject.projectDir(), FILE);
        if (text.isEmpty()) {
            return new CriterionScore(criterion(), 0.0, List.of(TARGETS.in(FILE, "missing",
                    "state measurable targets for performance, availability, scalability and security")));
        }
        List<Finding> findings = new ArrayList<>();
        long targets = text.get().lines().filter(l -> MEASURABLE.matcher(l).find()).count();
        if (targets < EXPECTED_TARGETS) {
            findings.add(TARGETS.in(FILE, targets + " measurable target(s)", "state at least " + EXPECTED_TARGETS
                    + " as numbers with units (e.g. p95 latency < 200 ms, availability 99.5 %)"));
        }
        int categories = 0;
        for (String category : CATEGORIES.keySet().stream().sorted().toList()) {
            if (CATEGORIES.get(category).matcher(text.get()).find()) {
                categories++;
            }
            else {
                findings.add(CATEGORY.in(FILE, "no " + category + " requirement", "add one with a measurable target"));
            }
        }
        double score = 0.5 * Math.min(1.0, (double) targets / EXPECTED_TARGETS) + 0.5 * categories / CATEGORIES.size();
        return new CriterionScore(criterion(), score, findings);
    }

}
