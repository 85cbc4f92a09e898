package io.scaffold.orchestrator.gates.criteria;

import io.scaffold.orchestrator.gates.CriterionScore;
import io.scaffold.orchestrator.gates.CriterionValidator;
import io.scaffold.orchestrator.gates.Finding;
import io.scaffold.orchestrator.gates.FindingRule;
import io.scaffold.orchestrator.gates.GateSubject;
import io.scaffold.orchestrator.gates.Severity;
import io.scaffold.orchestrator.gates.probe.ManifestAdmission;
import io.scaffold.orchestrator.gates.probe.ManifestAdmission.Rule;
import io.scaffold.orchestrator.gates.probe.ManifestAdmission.Violation;
import org.springframework.stereotype.Component;

import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * {@code manifest-admission}: a cluster enforcing the Pod Security Standard "restricted"
 * would admit and start the generated workload ({@link ManifestAdmission}: numeric
 * non-root user in the image and the pod, locked-down containers, read-only root, probes,
 * resources). Admission is all or nothing, so the score is 1 without a violation and 0
 * with any; each violation is a finding of its rule's {@code DELIVERY-ADMISSION-*} rule.
 */
@Component
class ManifestAdmissionValidator implements CriterionValidator {

    static final String CRITERION = "manifest-admission";

    /** One finding rule per admission rule, e.g. {@code DELIVERY-ADMISSION-NON-ROOT}. */
    static final Map<Rule, FindingRule> RULES = rules();

    static final FindingRule NUMERIC_USER = RULES.get(Rule.NUMERIC_USER);

    static final FindingRule NON_ROOT = RULES.get(Rule.NON_ROOT);

    static final FindingRule PRIVILEGES = RULES.get(Rule.PRIVILEGES);

    static final FindingRule READ_ONLY_ROOT = RULES.get(Rule.READ_ONLY_ROOT);

    static final FindingRule PROBES = RULES.get(Rule.PROBES);

    static final FindingRule RESOURCES = RULES.get(Rule.RESOURCES);

    static final FindingRule WORKLOAD = RULES.get(Rule.WORKLOAD);

    private static Map<Rule, FindingRule> rules() {
        Map<Rule, FindingRule> rules = new EnumMap<>(Rule.class);
        Arrays.stream(Rule.values())
            .forEach(rule -> rules.put(rule, new FindingRule("DELIVERY-ADMISSION-" + rule.name().replace('_', '-'),
                    CRITERION, Severity.MAJOR, rule.checks())));
        return Map.copyOf(rules);
    }

    @Override
    public String criterion() {
        return CRITERION;
    }

    @Override
    public CriterionScore score(GateSubject subject) {
        List<Violation> violations = ManifestAdmission.check(subject.projectDir());
        List<Finding> findings = violations.stream()
            .map(v -> RULES.get(v.rule()).in(v.file(), v.message(), v.fix()))
            .toList();
        return new CriterionScore(criterion(), findings.isEmpty() ? 1.0 : 0.0, findings);
    }

}
