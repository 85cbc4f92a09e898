package io.scaffold.orchestrator.gates.criteria;

import io.scaffold.orchestrator.gates.CriterionScore;
import io.scaffold.orchestrator.gates.CriterionValidator;
import io.scaffold.orchestrator.gates.GateSubject;
import io.scaffold.orchestrator.gates.probe.EntityMentions;
import io.scaffold.orchestrator.gates.probe.ProjectFiles;
import io.scaffold.orchestrator.domain.DomainModel;
import io.scaffold.orchestrator.domain.Entity;
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

    @Override
    public String criterion() {
        return "objectives-clear";
    }

    @Override
    public CriterionScore score(GateSubject subject) {
        DomainModel model = subject.model();
        Optional<String> doc = ProjectFiles.read(subject.projectDir(), RequirementsCompleteValidator.MODEL_DOC);
        List<String> findings = new ArrayList<>();
        double score = part(model.objectives(), "objectives", OBJECTIVES_HEADING, doc, findings)
                + part(model.useCases(), "use cases", USE_CASES_HEADING, doc, findings);

        List<Entity> entities = model.entities().stream().filter(e -> !e.builtIn()).toList();
        String statements = String.join("\n", model.objectives()) + "\n" + String.join("\n", model.useCases());
        List<String> unmentioned = entities.stream()
            .filter(e -> !EntityMentions.mentions(statements, e))
            .map(e -> e.name().original())
            .toList();
        if (!unmentioned.isEmpty()) {
            findings.add(RequirementsCompleteValidator.MODEL_DOC + ": no objective or use case mentions "
                    + String.join(", ", unmentioned) + "; say what the users do with them");
        }
        if (!entities.isEmpty()) {
            score += 0.5 * (entities.size() - unmentioned.size()) / entities.size();
        }
        return new CriterionScore(criterion(), score, findings);
    }

    private static double part(List<String> statements, String what, Pattern heading, Optional<String> doc,
            List<String> findings) {
        if (statements.isEmpty()) {
            findings.add(RequirementsCompleteValidator.MODEL_DOC + ": the model states no " + what
                    + "; add them to the input");
            return 0.0;
        }
        if (doc.isEmpty() || !heading.matcher(doc.get()).find()) {
            findings.add(RequirementsCompleteValidator.MODEL_DOC + ": no section listing the " + what);
            return 0.125;
        }
        return 0.25;
    }

}
