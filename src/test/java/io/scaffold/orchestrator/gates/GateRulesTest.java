package io.scaffold.orchestrator.gates;

import org.junit.jupiter.api.Test;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AssignableTypeFilter;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Binds the validators' rules to {@code docs/gate-rules.md}: every rule a validator
 * declares is listed there with its criterion, severity and the decision it can propose.
 * Run with {@code -Dgate-rules.write=true} to regenerate the document.
 */
class GateRulesTest {

    static final Path DOC = Path.of("docs/gate-rules.md");

    private static final Pattern RULE_ID = Pattern.compile("[A-Z][A-Z0-9]*(-[A-Z0-9]+)+");

    /** Every criterion validator class with the rules it declares as constants. */
    static Map<String, List<FindingRule>> rulesByValidator() throws Exception {
        var scanner = new ClassPathScanningCandidateComponentProvider(false);
        scanner.addIncludeFilter(new AssignableTypeFilter(CriterionValidator.class));
        Map<String, List<FindingRule>> rules = new TreeMap<>();
        for (var candidate : scanner.findCandidateComponents("io.scaffold.orchestrator.gates.criteria")) {
            Class<?> type = Class.forName(candidate.getBeanClassName());
            List<FindingRule> declared = new ArrayList<>();
            for (Field field : type.getDeclaredFields()) {
                if (Modifier.isStatic(field.getModifiers()) && field.getType() == FindingRule.class) {
                    field.setAccessible(true);
                    declared.add((FindingRule) field.get(null));
                }
            }
            rules.put(type.getSimpleName(), declared);
        }
        return rules;
    }

    static List<FindingRule> allRules() throws Exception {
        return rulesByValidator().values()
            .stream()
            .flatMap(List::stream)
            .sorted(Comparator.comparing(FindingRule::criterion).thenComparing(FindingRule::id))
            .toList();
    }

    @Test
    void everyValidatorDeclaresWellFormedUniqueRulesOfItsOwnCriterion() throws Exception {
        Map<String, List<FindingRule>> byValidator = rulesByValidator();
        assertThat(byValidator).hasSize(CriterionValidatorsTest.policyCriteria().size());
        byValidator.forEach((validator, rules) -> {
            assertThat(rules).as(validator + " declares its rules").isNotEmpty();
            assertThat(rules.stream().map(FindingRule::criterion).distinct()).as(validator + ": one criterion")
                .hasSize(1);
        });
        List<FindingRule> rules = allRules();
        assertThat(rules).allSatisfy(r -> assertThat(r.id()).matches(RULE_ID));
        assertThat(rules.stream().map(FindingRule::id)).doesNotHaveDuplicates();
        assertThat(rules.stream().map(FindingRule::criterion).distinct())
            .containsExactlyInAnyOrderElementsOf(CriterionValidatorsTest.policyCriteria());
    }

    @Test
    void gateRulesDocumentListsEveryRule() throws Exception {
        String expected = render(allRules());
        if (Boolean.getBoolean("gate-rules.write")) {
            Files.writeString(DOC, expected);
        }
        assertThat(Files.readString(DOC))
            .as(DOC + " is generated: run ./mvnw test -Dtest=GateRulesTest "
                    + "-Dgate-rules.write=true and commit the result")
            .isEqualTo(expected);
    }

    /** The criteria whose rules can propose a decision change. */
    static List<String> criteriaProposingFixes(List<FindingRule> rules) {
        return rules.stream()
            .filter(r -> r.proposes() != null)
            .map(FindingRule::criterion)
            .distinct()
            .sorted()
            .toList();
    }

    static String render(List<FindingRule> rules) {
        List<String> proposing = criteriaProposingFixes(rules);
        Map<String, Long> perCriterion = rules.stream()
            .collect(Collectors.groupingBy(FindingRule::criterion, TreeMap::new, Collectors.counting()));
        StringBuilder doc = new StringBuilder();
        doc.append("# Gate rules\n\n")
            .append("Every finding of a quality gate comes from one of these rules. Generated from the validators' ")
            .append("`FindingRule` constants (`gates/criteria/*Validator.java`); `GateRulesTest` fails when this ")
            .append("file and the code differ. Regenerate with\n")
            .append("`./mvnw test -Dtest=GateRulesTest -Dgate-rules.write=true`.\n\n")
            .append("Severity: **BLOCKER** the output is objectively broken (does not build, apply, run or keep a ")
            .append("secret); **MAJOR** a real defect a reviewer would send back; **MINOR** worth fixing; **INFO** ")
            .append("noted for the record. *Proposes*: the kind of decision (see `DecisionKind`) a finding of the ")
            .append("rule proposes to change when a change would fix it; rework in full automation applies such ")
            .append("proposals as assumptions, a person confirms them otherwise.\n\n")
            .append(rules.size())
            .append(" rules for ")
            .append(perCriterion.size())
            .append(" criteria. ")
            .append(proposing.size())
            .append(" criteria can propose a fix: ")
            .append(proposing.stream().map(c -> "`" + c + "`").collect(Collectors.joining(", ")))
            .append(".\n\n")
            .append("| Rule | Criterion | Severity | Checks | Proposes |\n")
            .append("|---|---|---|---|---|\n");
        Function<FindingRule, String> proposes = r -> r.proposes() == null ? "" : "`" + r.proposes().slug() + "`";
        for (FindingRule rule : rules) {
            doc.append("| `")
                .append(rule.id())
                .append("` | ")
                .append(rule.criterion())
                .append(" | ")
                .append(rule.severity().name().toLowerCase(Locale.ROOT))
                .append(" | ")
                .append(rule.checks().replace("|", "\\|"))
                .append(" | ")
                .append(proposes.apply(rule))
                .append(" |\n");
        }
        return doc.toString();
    }

}
