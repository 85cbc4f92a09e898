package io.scaffold.orchestrator.gates.criteria;

import io.scaffold.orchestrator.generation.ProjectLayout;
import io.scaffold.orchestrator.gates.CriterionScore;
import io.scaffold.orchestrator.gates.Finding;
import io.scaffold.orchestrator.gates.FindingRule;
import io.scaffold.orchestrator.gates.Severity;
import io.scaffold.orchestrator.gates.CriterionValidator;
import io.scaffold.orchestrator.gates.GateSubject;
import io.scaffold.orchestrator.gates.probe.ProjectFiles;
import io.scaffold.orchestrator.domain.Entity;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * {@code acceptance-scenarios}: every (non-built-in) entity has
 * {@code src/test/resources/features/<path-segment>.feature} (where Cucumber runs them)
 * with a valid Gherkin structure: one {@code Feature:}, at least one
 * {@code Scenario:}/{@code Scenario Outline:}, every scenario with a When and a Then step
 * (Given/And/But allowed, steps only after a scenario or background), every outline with
 * an {@code Examples:} table, and run by the build: a test class includes the Cucumber
 * engine ({@code @IncludeEngines("cucumber")}, the JUnit Platform suite that runs them in
 * {@code mvn verify}). Score: the share of entities with a valid feature file, 0 when
 * nothing runs them; each structural error is a finding with its line.
 */
@Component
class AcceptanceScenariosValidator implements CriterionValidator {

    static final String DIR = ProjectLayout.ACCEPTANCE_DIR;

    static final String CRITERION = "acceptance-scenarios";

    static final FindingRule FEATURE_MISSING = new FindingRule("ACC-FEATURE-MISSING", CRITERION, Severity.MAJOR,
            "every entity has a feature file with its acceptance scenarios");

    static final FindingRule GHERKIN_INVALID = new FindingRule("ACC-GHERKIN-INVALID", CRITERION, Severity.MAJOR,
            "a feature file has one Feature, scenarios with When and Then steps, outlines with Examples");

    static final FindingRule NOT_EXECUTED = new FindingRule("ACC-SCENARIOS-NOT-EXECUTED", CRITERION, Severity.MAJOR,
            "the build runs the feature files with Cucumber");

    /**
     * How a JUnit Platform suite runs Cucumber: the mark of a test class that executes
     * the feature files.
     */
    static final String CUCUMBER_SUITE = "@IncludeEngines(\"cucumber\")";

    @Override
    public String criterion() {
        return CRITERION;
    }

    @Override
    public CriterionScore score(GateSubject subject) {
        List<Entity> entities = subject.model().entities().stream().filter(e -> !e.builtIn()).toList();
        List<Finding> findings = new ArrayList<>();
        int valid = 0;
        for (Entity entity : entities) {
            String file = DIR + "/" + entity.name().pathSegment() + ".feature";
            Optional<String> text = ProjectFiles.read(subject.projectDir(), file);
            if (text.isEmpty()) {
                findings.add(FEATURE_MISSING.in(file,
                        "the acceptance scenarios of " + entity.name().original() + " are missing",
                        "write them as a Gherkin feature there"));
                continue;
            }
            List<Finding> errors = structureErrors(file, text.get());
            if (errors.isEmpty()) {
                valid++;
            }
            findings.addAll(errors);
        }
        boolean executed = ProjectFiles.walk(subject.projectDir(), ProjectLayout.TEST_JAVA, ".java")
            .stream()
            .anyMatch(test -> ProjectFiles.readText(test).contains(CUCUMBER_SUITE));
        if (!executed && !entities.isEmpty()) {
            findings.add(NOT_EXECUTED.in(ProjectLayout.TEST_JAVA, "no test class runs the feature files in " + DIR,
                    "add a JUnit Platform suite with @IncludeEngines(\"cucumber\") and @SelectPackages(\"features\") "
                            + "and step definitions for every step"));
            valid = 0;
        }
        return CriterionScore.ofChecks(criterion(), valid, entities.size(), findings);
    }

    /** Gherkin structure errors of one feature file, as findings with line numbers. */
    static List<Finding> structureErrors(String file, String text) {
        List<Finding> errors = new ArrayList<>();
        List<String> lines = text.lines().toList();
        int features = 0;
        int scenarios = 0;
        Block block = null;
        boolean inDocString = false;
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            if (line.startsWith("\"\"\"") || line.startsWith("```")) {
                inDocString = !inDocString;
                continue;
            }
            if (inDocString || line.isEmpty() || line.startsWith("#") || line.startsWith("@")) {
                continue;
            }
            if (line.startsWith("Feature:")) {
                features++;
                if (features > 1) {
                    errors.add(invalid(file, i + 1, "a second Feature: one feature per file"));
                }
            }
            else if (line.startsWith("Background:") || line.startsWith("Scenario:")
                    || line.startsWith("Scenario Outline:") || line.startsWith("Scenario Template:")
                    || line.startsWith("Example:") || line.startsWith("Rule:")) {
                errors.addAll(close(file, block));
                boolean background = line.startsWith("Background:");
                block = line.startsWith("Rule:") ? null : new Block(i + 1, background,
                        line.startsWith("Scenario Outline:") || line.startsWith("Scenario Template:"));
                if (!background && block != null) {
                    scenarios++;
                }
            }
            else if (line.startsWith("Examples:") || line.startsWith("Scenarios:")) {
                if (block == null || !block.outline) {
                    errors.add(invalid(file, i + 1, "Examples: outside a Scenario Outline"));
                }
                else {
                    block.examples = true;
                }
            }
            else if (line.matches("^(Given|When|Then|And|But|\\*)\\s.*")) {
                if (features == 0 || block == null) {
                    errors.add(invalid(file, i + 1, "step outside a Scenario or Background: " + line));
                }
                else {
                    block.when |= line.startsWith("When ");
                    block.then |= line.startsWith("Then ");
                }
            }
            else if (line.startsWith("|")) {
                if (block == null) {
                    errors.add(invalid(file, i + 1, "table row outside a scenario"));
                }
            }
            else if (features == 0) {
                errors.add(invalid(file, i + 1, "text before Feature:; a feature file starts with 'Feature: <name>'"));
            }
            else if (block != null && block.stepsSeen()) {
                errors.add(invalid(file, i + 1, "not a Gherkin step; start it with Given, When, Then, And or But"));
            }
        }
        errors.addAll(close(file, block));
        if (features == 0) {
            errors.add(invalid(file, 1, "no 'Feature:' line"));
        }
        if (scenarios == 0) {
            errors.add(invalid(file, 0, "no Scenario; add at least one scenario with When and Then steps"));
        }
        return errors;
    }

    private static List<Finding> close(String file, Block block) {
        if (block == null || block.background) {
            return List.of();
        }
        List<Finding> errors = new ArrayList<>();
        if (!block.when || !block.then) {
            errors.add(invalid(file, block.line, "scenario without " + (!block.when ? "a When" : "a Then") + " step"));
        }
        if (block.outline && !block.examples) {
            errors.add(invalid(file, block.line, "Scenario Outline without Examples:"));
        }
        return errors;
    }

    private static Finding invalid(String file, int line, String message) {
        return GHERKIN_INVALID.at(file, line, message, "fix the Gherkin structure of the feature file");
    }

    private static final class Block {

        final int line;

        final boolean background;

        final boolean outline;

        boolean when;

        boolean then;

        boolean examples;

        Block(int line, boolean background, boolean outline) {
            this.line = line;
            this.background = background;
            this.outline = outline;
        }

        boolean stepsSeen() {
            return when || then;
        }

    }

}
