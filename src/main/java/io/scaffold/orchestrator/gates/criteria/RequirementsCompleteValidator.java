package io.scaffold.orchestrator.gates.criteria;

import io.scaffold.orchestrator.generation.ProjectLayout;
import io.scaffold.orchestrator.gates.CriterionScore;
import io.scaffold.orchestrator.gates.CriterionValidator;
import io.scaffold.orchestrator.gates.GateSubject;
import io.scaffold.orchestrator.gates.probe.EntityMentions;
import io.scaffold.orchestrator.gates.probe.ProjectFiles;
import io.scaffold.orchestrator.domain.DomainModel;
import io.scaffold.orchestrator.domain.Entity;
import io.scaffold.orchestrator.domain.Field;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * {@code requirements-complete}: are the requirements complete enough to design from? A
 * weighted sum of four parts:
 * <ul>
 * <li>0.40 the share of (non-built-in) entities that have fields: an entity without
 * fields cannot be designed;</li>
 * <li>0.20 the share of entities with at least one required field: real inputs often
 * leave validations out (the JHipster samples do for up to 7 of 8 entities), so this
 * counts, but less;</li>
 * <li>0.25 the requirement documents: {@code docs/requirements/domain-model.md} naming
 * every entity, {@code domain-model.json} and {@code open-questions.md} (one third
 * each);</li>
 * <li>0.15 few open questions: full up to one open question per entity (at least 3), then
 * falling as {@code allowed / asked}.</li>
 * </ul>
 * Calibration: a model whose entities all have fields and whose documents are complete
 * scores at least 0.8 even when no field is required and there is one open question per
 * entity; together with full schema-mapped and objectives-clear scores this passes the
 * domain gate (0.3 x 0.8 + 0.4 + 0.3 = 0.94 &ge; 0.85), while a model with empty entities
 * or missing documents does not.
 */
@Component
class RequirementsCompleteValidator implements CriterionValidator {

    static final String MODEL_DOC = ProjectLayout.DOMAIN_MODEL_DOC;
    static final String MODEL_JSON = ProjectLayout.DOMAIN_MODEL_JSON;
    static final String QUESTIONS_DOC = ProjectLayout.OPEN_QUESTIONS;

    @Override
    public String criterion() {
        return "requirements-complete";
    }

    @Override
    public CriterionScore score(GateSubject subject) {
        DomainModel model = subject.model();
        List<Entity> entities = model.entities().stream().filter(e -> !e.builtIn()).toList();
        List<String> findings = new ArrayList<>();
        if (entities.isEmpty()) {
            return new CriterionScore(criterion(), 0.0, List.of(MODEL_DOC + ": the domain model has no entities"));
        }
        int withFields = 0;
        int withRequired = 0;
        for (Entity entity : entities) {
            if (entity.fields().isEmpty()) {
                findings
                    .add(MODEL_DOC + ": entity " + entity.name().original() + " has no fields; list its attributes");
                continue;
            }
            withFields++;
            if (entity.fields().stream().anyMatch(Field::required)) {
                withRequired++;
            }
            else {
                findings.add(MODEL_DOC + ": entity " + entity.name().original()
                        + " has no required field; mark the fields every " + entity.name().label()
                        + " must have as required");
            }
        }

        int documents = 0;
        Optional<String> modelDoc = ProjectFiles.read(subject.projectDir(), MODEL_DOC);
        if (modelDoc.isEmpty()) {
            findings.add(MODEL_DOC + ": missing");
        }
        else {
            List<String> unnamed = entities.stream()
                .filter(e -> !EntityMentions.mentions(modelDoc.get(), e))
                .map(e -> e.name().original())
                .toList();
            if (unnamed.isEmpty()) {
                documents++;
            }
            else {
                findings.add(MODEL_DOC + ": does not describe entity " + String.join(", ", unnamed));
            }
        }
        for (String doc : List.of(MODEL_JSON, QUESTIONS_DOC)) {
            if (ProjectFiles.read(subject.projectDir(), doc).filter(t -> !t.isBlank()).isPresent()) {
                documents++;
            }
            else {
                findings.add(doc + ": missing or empty");
            }
        }

        int asked = model.openQuestions().size();
        int allowed = Math.max(3, entities.size());
        double fewQuestions = asked <= allowed ? 1.0 : (double) allowed / asked;
        if (asked > allowed) {
            findings.add(QUESTIONS_DOC + ": " + asked + " open questions for " + entities.size()
                    + " entities; answer them in the input so that at most " + allowed + " remain");
        }

        double score = 0.40 * withFields / entities.size() + 0.20 * withRequired / entities.size()
                + 0.25 * documents / 3 + 0.15 * fewQuestions;
        return new CriterionScore(criterion(), Math.min(1.0, score), findings);
    }

}
