package io.scaffold.orchestrator.gates.criteria;

import io.scaffold.orchestrator.gates.CriterionScore;
import io.scaffold.orchestrator.gates.Finding;
import io.scaffold.orchestrator.gates.FindingRule;
import io.scaffold.orchestrator.gates.Severity;
import io.scaffold.orchestrator.gates.CriterionValidator;
import io.scaffold.orchestrator.gates.GateSubject;
import io.scaffold.orchestrator.gates.probe.EntityMentions;
import io.scaffold.orchestrator.gates.probe.ProjectFiles;
import io.scaffold.orchestrator.domain.DomainModel;
import io.scaffold.orchestrator.domain.Entity;
import io.scaffold.orchestrator.domain.decision.DecisionChange;
import io.scaffold.orchestrator.domain.decision.DecisionKind;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * {@code objectives-clear}: the model states business objectives (0.25) and use cases
 * (0.25), and {@code docs/requirements/domain-model.md} has a section for each (otherwise
 * that quarter counts half); and together they speak of the domain: 0.5 x the share of
 * (non-built-in) entities some objective or use case mentions. Objectives derived from
 * the entities ("Manage tickets") meet this by construction; free-text objectives that
 * never name an entity do not.
 */
@Component
class ObjectivesClearValidator implements CriterionValidator {

    private static final Pattern OBJECTIVES_HEADING = Pattern.compile("(?im)^#+\\s*.*(objective|goal)");

    private static final Pattern USE_CASES_HEADING = Pattern.compile("(?im)^#+\\s*.*use[ -]?case");

    static final String CRITERION = "objectives-clear";

    static final FindingRule NO_OBJECTIVES = new FindingRule("REQ-OBJECTIVES-MISSING", CRITERION, Severity.MAJOR,
            "the model states business objectives", DecisionKind.OBJECTIVES);

    static final FindingRule NO_USE_CASES = new FindingRule("REQ-USE-CASES-MISSING", CRITERION, Severity.MAJOR,
            "the model states use cases", DecisionKind.USE_CASES);

    static final FindingRule NOT_LISTED = new FindingRule("REQ-STATEMENTS-UNLISTED", CRITERION, Severity.MINOR,
            "the domain model document has a section listing the objectives and one listing the use cases");

    static final FindingRule ENTITY_UNMENTIONED = new FindingRule("REQ-ENTITY-NO-USE-CASE", CRITERION, Severity.MINOR,
            "some objective or use case mentions every entity", DecisionKind.USE_CASES);

    @Override
    public String criterion() {
        return CRITERION;
    }

    @Override
    public CriterionScore score(GateSubject subject) {
        DomainModel model = subject.model();
        Optional<String> doc = ProjectFiles.read(subject.projectDir(), RequirementsCompleteValidator.MODEL_DOC);
        List<Finding> findings = new ArrayList<>();
        List<Entity> entities = model.entities().stream().filter(e -> !e.builtIn()).toList();
        double score = part(model.objectives(), NO_OBJECTIVES,
                new DecisionChange(DecisionKind.OBJECTIVES.idFor(DecisionKind.APPLICATION),
                        lines(entities.stream().map(e -> "Keep track of " + e.name().label()).toList()),
                        "the model states no objectives; these follow from its entities"),
                OBJECTIVES_HEADING, doc, findings)
                + part(model.useCases(), NO_USE_CASES,
                        new DecisionChange(DecisionKind.USE_CASES.idFor(DecisionKind.APPLICATION),
                                lines(entities.stream().map(ObjectivesClearValidator::manage).toList()),
                                "the model states no use cases; these follow from its entities"),
                        USE_CASES_HEADING, doc, findings);

        String statements = String.join("\n", model.objectives()) + "\n" + String.join("\n", model.useCases());
        List<Entity> unmentioned = entities.stream().filter(e -> !EntityMentions.mentions(statements, e)).toList();
        if (!unmentioned.isEmpty()) {
            String message = "no objective or use case mentions "
                    + String.join(", ", unmentioned.stream().map(e -> e.name().original()).toList());
            String action = "say what the users do with them";
            List<String> useCases = new ArrayList<>(model.useCases());
            unmentioned.forEach(e -> useCases.add(manage(e)));
            // without use cases the missing-use-cases finding already proposes them all
            findings.add(model.useCases().isEmpty()
                    ? ENTITY_UNMENTIONED.in(RequirementsCompleteValidator.MODEL_DOC, message, action)
                    : ENTITY_UNMENTIONED.proposing(RequirementsCompleteValidator.MODEL_DOC, 0, message, action,
                            new DecisionChange(DecisionKind.USE_CASES.idFor(DecisionKind.APPLICATION), lines(useCases),
                                    message)));
        }
        if (!entities.isEmpty()) {
            score += 0.5 * (entities.size() - unmentioned.size()) / entities.size();
        }
        return new CriterionScore(criterion(), score, findings);
    }

    /**
     * A quarter of the score for the objectives or the use cases; when the model states
     * none, a finding of {@code missing} proposing {@code derived}.
     */
    private static double part(List<String> statements, FindingRule missing, DecisionChange derived, Pattern heading,
            Optional<String> doc, List<Finding> findings) {
        String what = missing == NO_OBJECTIVES ? "objectives" : "use cases";
        if (statements.isEmpty()) {
            String message = "the model states no " + what;
            findings.add(derived.value().isEmpty()
                    ? missing.in(RequirementsCompleteValidator.MODEL_DOC, message, "add them to the input")
                    : missing.proposing(RequirementsCompleteValidator.MODEL_DOC, 0, message,
                            "add them to the input, or accept the ones derived from the entities", derived));
            return 0.0;
        }
        if (doc.isEmpty() || !heading.matcher(doc.get()).find()) {
            findings.add(NOT_LISTED.in(RequirementsCompleteValidator.MODEL_DOC, "no section listing the " + what,
                    "add a section listing them"));
            return 0.125;
        }
        return 0.25;
    }

    /** The use case that mentions an entity by construction. */
    private static String manage(Entity entity) {
        return "Manage " + entity.name().label() + " records";
    }

    private static String lines(List<String> items) {
        return String.join("\n", items);
    }

}
