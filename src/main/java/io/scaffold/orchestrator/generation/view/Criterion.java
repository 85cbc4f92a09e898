package io.scaffold.orchestrator.generation.view;

/**
 * A property the list endpoint of an entity with JDL {@code filter} can be filtered by.
 *
 * @param property the name in the query parameter, {@code title} or {@code project.id}
 * @param attribute the JPA attribute the criterion reads ({@code title}, {@code project})
 * @param kind which operators it allows
 * @param parser a Java method reference that parses one value, e.g.
 * {@code java.time.LocalDate::parse}; null for text and booleans
 * @param expected what a value looks like, for the 400 answer and the contract
 * @param field the field it filters, or null for the id and references
 * @param reference the reference whose id it filters, or null
 */
public record Criterion(String property, String attribute, CriterionKind kind, String parser, String expected,
        FieldView field, Reference reference) {

    /** A many-to-many reference: filtered through a join. */
    public boolean isCollection() {
        return reference != null && reference.isCollection();
    }

}
