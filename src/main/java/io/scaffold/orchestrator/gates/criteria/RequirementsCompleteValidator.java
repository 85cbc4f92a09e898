package io.scaffold.orchestrator.gates.criteria;

import io.scaffold.orchestrator.generation.ProjectLayout;
import io.scaffold.orchestrator.gates.CriterionScore;
import io.scaffold.orchestrator.gates.Finding;
import io.scaffold.orchestrator.gates.FindingRule;
import io.scaffold.orchestrator.gates.Severity;
import io.scaffold.orchestrator.gates.CriterionValidator;
import io.scaffold.orchestrator.gates.GateSubject;
import io.scaffold.orchestrator.gates.probe.EntityMentions;
import io.scaffold.orchestrator.gates.probe.ProjectFiles;
import io.scaffold.orchestrator.domain.DomainModel;
import io.scaffold.orchestrator.domain.DomainSmells;
import io.scaffold.orchestrator.domain.Entity;
import io.scaffold.orchestrator.domain.Field;
import io.scaffold.orchestrator.domain.FieldType;
import io.scaffold.orchestrator.domain.decision.DecisionChange;
import io.scaffold.orchestrator.domain.decision.DecisionKind;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
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
 * or missing documents does not. Smells of the spec ({@link DomainSmells}: an entity in
 * no aggregate, a misspelt enum constant, capped free text) are findings that do not
 * lower the score: a passing gate passes with concerns.
 */
@Component
class RequirementsCompleteValidator implements CriterionValidator {

    static final String MODEL_DOC = ProjectLayout.DOMAIN_MODEL_DOC;
    static final String MODEL_JSON = ProjectLayout.DOMAIN_MODEL_JSON;
    static final String QUESTIONS_DOC = ProjectLayout.OPEN_QUESTIONS;

    static final String CRITERION = "requirements-complete";

    static final FindingRule NO_ENTITIES = new FindingRule("REQ-NO-ENTITIES", CRITERION, Severity.BLOCKER,
            "the domain model has entities");

    static final FindingRule NO_FIELDS = new FindingRule("REQ-ENTITY-NO-FIELDS", CRITERION, Severity.MAJOR,
            "every entity has fields");

    static final FindingRule NO_REQUIRED_FIELD = new FindingRule("REQ-NO-REQUIRED-FIELD", CRITERION, Severity.MINOR,
            "every entity has a required field", DecisionKind.FIELD_REQUIRED);

    static final FindingRule DOCUMENT_MISSING = new FindingRule("REQ-DOCUMENT-MISSING", CRITERION, Severity.MAJOR,
            "the domain model document describes every entity; the model JSON and open questions exist");

    static final FindingRule TOO_MANY_QUESTIONS = new FindingRule("REQ-OPEN-QUESTIONS", CRITERION, Severity.MINOR,
            "at most one open question per entity (at least 3) remains");

    static final FindingRule UNLINKED_ENTITY = new FindingRule("REQ-ENTITY-UNLINKED", CRITERION, Severity.MINOR,
            "every entity is related to another entity of the domain, so to an aggregate");

    static final FindingRule MISSPELT_ENUM_VALUE = new FindingRule("REQ-ENUM-VALUE-MISSPELT", CRITERION, Severity.MINOR,
            "no enum constant differs by a letter or two from its label or a sibling constant");

    static final FindingRule CAPPED_FREE_TEXT = new FindingRule("REQ-FREE-TEXT-CAPPED", CRITERION, Severity.MINOR,
            "free-text fields (description, text, comment...) hold more than 255 characters");

    /**
     * The rule of each smell of the spec (DomainSmells): findings that do not lower the
     * score.
     */
    private static final Map<DomainSmells.Kind, FindingRule> SMELL_RULES = Map.of(DomainSmells.Kind.UNLINKED_ENTITY,
            UNLINKED_ENTITY, DomainSmells.Kind.MISSPELT_ENUM_VALUE, MISSPELT_ENUM_VALUE,
            DomainSmells.Kind.CAPPED_FREE_TEXT, CAPPED_FREE_TEXT);

    /** Fields that every record of an entity most likely has, in order of preference. */
    private static final List<String> LIKELY_REQUIRED = List.of("name", "title", "label", "code", "login", "email");

    @Override
    public String criterion() {
        return CRITERION;
    }

    @Override
    public CriterionScore score(GateSubject subject) {
        DomainModel model = subject.model();
        List<Entity> entities = model.entities().stream().filter(e -> !e.builtIn()).toList();
        List<Finding> findings = new ArrayList<>();
        if (entities.isEmpty()) {
            return new CriterionScore(criterion(), 0.0,
                    List.of(NO_ENTITIES.in(MODEL_DOC, "the domain model has no entities", "describe the entities")));
        }
        int withFields = 0;
        int withRequired = 0;
        for (Entity entity : entities) {
            if (entity.fields().isEmpty()) {
                findings.add(NO_FIELDS.in(MODEL_DOC, "entity " + entity.name().original() + " has no fields",
                        "list its attributes"));
                continue;
            }
            withFields++;
            if (entity.fields().stream().anyMatch(Field::required)) {
                withRequired++;
            }
            else {
                findings.add(noRequiredField(entity));
            }
        }

        int documents = 0;
        Optional<String> modelDoc = ProjectFiles.read(subject.projectDir(), MODEL_DOC);
        if (modelDoc.isEmpty()) {
            findings.add(DOCUMENT_MISSING.in(MODEL_DOC, "missing", "write the domain model document"));
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
                findings.add(DOCUMENT_MISSING.in(MODEL_DOC, "does not describe entity " + String.join(", ", unnamed),
                        "describe them"));
            }
        }
        for (String doc : List.of(MODEL_JSON, QUESTIONS_DOC)) {
            if (ProjectFiles.read(subject.projectDir(), doc).filter(t -> !t.isBlank()).isPresent()) {
                documents++;
            }
            else {
                findings.add(DOCUMENT_MISSING.in(doc, "missing or empty", "write it"));
            }
        }

        int asked = model.openQuestions().size();
        int allowed = Math.max(3, entities.size());
        double fewQuestions = asked <= allowed ? 1.0 : (double) allowed / asked;
        if (asked > allowed) {
            findings.add(
                    TOO_MANY_QUESTIONS.in(QUESTIONS_DOC, asked + " open questions for " + entities.size() + " entities",
                            "answer them in the input so that at most " + allowed + " remain"));
        }

        DomainSmells.of(model)
            .forEach(smell -> findings
                .add(SMELL_RULES.get(smell.kind()).in(MODEL_DOC, smell.message(), smell.suggestion())));

        double score = 0.40 * withFields / entities.size() + 0.20 * withRequired / entities.size()
                + 0.25 * documents / 3 + 0.15 * fewQuestions;
        return new CriterionScore(criterion(), Math.min(1.0, score), findings);
    }

    /**
     * The finding about an entity without a required field; it proposes making the field
     * that names its records required (the first string field when none does).
     */
    private static Finding noRequiredField(Entity entity) {
        String message = "entity " + entity.name().original() + " has no required field";
        String action = "mark the fields every " + entity.name().label() + " must have as required";
        List<Field> strings = entity.fields().stream().filter(f -> f.type() == FieldType.STRING).toList();
        Optional<Field> likely = LIKELY_REQUIRED.stream()
            .flatMap(name -> strings.stream().filter(f -> f.name().fieldName().equals(name)))
            .findFirst()
            .or(() -> strings.stream().findFirst());
        return likely
            .map(f -> NO_REQUIRED_FIELD.proposing(MODEL_DOC, 0, message, action, new DecisionChange(
                    DecisionKind.FIELD_REQUIRED.idFor(entity.name().original() + "." + f.name().original()), "true",
                    "every " + entity.name().label() + " is most likely identified by its " + f.name().label())))
            .orElseGet(() -> NO_REQUIRED_FIELD.in(MODEL_DOC, message, action));
    }

}
