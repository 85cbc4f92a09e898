package io.scaffold.orchestrator.domain;

import java.util.List;
import java.util.Optional;

/**
 * The normalised domain of one application: what intake produces from a JDL file, a
 * YAML/JSON spec or free text, and what every later phase generates from. Immutable and
 * free of Zeebe and Spring so that the generation engine can be tested on its own.
 *
 * @param name application name in kebab case, e.g. {@code bug-tracker}
 * @param basePackage Java base package of the generated project, e.g.
 * {@code com.example.bugtracker}
 * @param description one-paragraph description of the application (may be empty)
 * @param entities entities in declaration order
 * @param enums enumerations in declaration order
 * @param relationships relationships in declaration order
 * @param objectives business objectives (from the spec, or derived)
 * @param useCases use cases (from the spec, or derived from the entities)
 * @param assumptions assumptions made while normalising the input
 * @param openQuestions gaps the input leaves open, for a person to answer
 * @param ignoredFeatures input features that were parsed but do not apply (e.g.
 * microservice deployments)
 * @param source where the model came from
 * @param secured whether the generated application requires OAuth2 bearer tokens (JWT)
 */
public record DomainModel(String name, String basePackage, String description, List<Entity> entities,
        List<EnumType> enums, List<Relationship> relationships, List<String> objectives, List<String> useCases,
        List<String> assumptions, List<String> openQuestions, List<String> ignoredFeatures, Source source,
        boolean secured) {

    public DomainModel {
        entities = List.copyOf(entities);
        enums = List.copyOf(enums);
        relationships = List.copyOf(relationships);
        objectives = List.copyOf(objectives);
        useCases = List.copyOf(useCases);
        assumptions = List.copyOf(assumptions);
        openQuestions = List.copyOf(openQuestions);
        ignoredFeatures = List.copyOf(ignoredFeatures);
    }

    /**
     * A secured application: no spec states security, it is a decision (SECURED) whose
     * default is a shipped application's, login required.
     */
    public DomainModel(String name, String basePackage, String description, List<Entity> entities, List<EnumType> enums,
            List<Relationship> relationships, List<String> objectives, List<String> useCases, List<String> assumptions,
            List<String> openQuestions, List<String> ignoredFeatures, Source source) {
        this(name, basePackage, description, entities, enums, relationships, objectives, useCases, assumptions,
                openQuestions, ignoredFeatures, source, true);
    }

    public Optional<Entity> entity(String name) {
        return entities.stream().filter(e -> e.name().original().equals(name)).findFirst();
    }

    public Optional<EnumType> enumType(String name) {
        return enums.stream().filter(e -> e.name().original().equals(name)).findFirst();
    }

    /** The input format and file the model was read from. */
    public record Source(Format format, String file) {
        public enum Format {

            JDL, YAML, JSON, TEXT

        }
    }
}
