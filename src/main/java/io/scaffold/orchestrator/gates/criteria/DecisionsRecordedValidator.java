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
import java.util.regex.Pattern;

/**
 * {@code decisions-recorded}: architecture decision records under
 * {@code docs/architecture/adr/}, each with the four sections Status, Context, Decision
 * and Consequences (as headings or {@code Status:} lines). Score: the share of sections
 * present over all ADRs, scaled down while there are fewer than {@value #EXPECTED_ADRS}
 * ADRs (the stack, persistence and error format at least deserve one each).
 */
@Component
class DecisionsRecordedValidator implements CriterionValidator {

    static final String DIR = ProjectLayout.ADR_DIR;
    static final int EXPECTED_ADRS = 3;

    private static final List<String> SECTIONS = List.of("Status", "Context", "Decision", "Consequences");

    static final String CRITERION = "decisions-recorded";

    static final FindingRule ADR_SECTION = new FindingRule("ARCH-ADR-SECTION", CRITERION, Severity.MINOR,
            "every ADR has Status, Context, Decision and Consequences sections");

    static final FindingRule TOO_FEW_ADRS = new FindingRule("ARCH-ADR-COUNT", CRITERION, Severity.MAJOR,
            "the stack, persistence and error format decisions are recorded as ADRs");

    @Override
    public String criterion() {
        return CRITERION;
    }

    @Override
    public CriterionScore score(GateSubject subject) {
        List<Path> adrs = ProjectFiles.list(subject.projectDir(), DIR, ".md")
            .stream()
            .filter(p -> !p.getFileName().toString().equalsIgnoreCase("README.md"))
            .toList();
        if (adrs.isEmpty()) {
            return new CriterionScore(criterion(), 0.0,
                    List.of(TOO_FEW_ADRS.in(DIR + "/", "no ADRs",
                            "record the stack, persistence and error-format decisions as Markdown files with Status, "
                                    + "Context, Decision and Consequences")));
        }
        List<Finding> findings = new ArrayList<>();
        int present = 0;
        for (Path adr : adrs) {
            String text = ProjectFiles.readText(adr);
            for (String section : SECTIONS) {
                Pattern heading = Pattern.compile("(?im)^(#+\\s*" + section + "\\b|\\**" + section + "\\**\\s*:)");
                if (heading.matcher(text).find()) {
                    present++;
                }
                else {
                    findings.add(ADR_SECTION.in(ProjectFiles.relative(subject.projectDir(), adr),
                            "no " + section + " section", "add '## " + section + "'"));
                }
            }
        }
        double completeness = (double) present / (SECTIONS.size() * adrs.size());
        double quantity = Math.min(1.0, (double) adrs.size() / EXPECTED_ADRS);
        if (adrs.size() < EXPECTED_ADRS) {
            findings.add(TOO_FEW_ADRS.in(DIR + "/", "only " + adrs.size() + " ADR(s)",
                    "record at least " + EXPECTED_ADRS + " (stack, persistence, error format)"));
        }
        return new CriterionScore(criterion(), completeness * quantity, findings);
    }

}
