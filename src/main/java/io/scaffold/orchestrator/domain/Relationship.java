package io.scaffold.orchestrator.domain;

/**
 * A relationship between two entities, as declared: {@code from} is the left side of the
 * JDL declaration and, except for {@link Kind#ONE_TO_MANY}, the owning side (it holds the
 * foreign key or owns the join table). For ONE_TO_MANY the foreign key sits on
 * {@code to}.
 *
 * @param kind cardinality
 * @param from original name of the left entity
 * @param fromField name of the navigation field on {@code from} (never null; defaulted
 * from {@code to})
 * @param displayField field of {@code to} shown for the relationship, e.g. {@code login};
 * {@code id} by default
 * @param to original name of the right entity (a built-in entity such as {@code User} is
 * listed among the model's entities with {@code builtIn = true})
 * @param toField name of the navigation field on {@code to}, or {@code null} when
 * unidirectional
 * @param required the side holding the foreign key must reference the other side: for
 * ONE_TO_MANY every {@code to} row needs its {@code from} (JDL {@code A{b} to B{a
 * required}}); for the other kinds the left side must reference the right side (JDL
 * {@code A{b required} to B})
 * @param documentation documentation comment (may be empty)
 */
public record Relationship(Kind kind, String from, Name fromField, String displayField, String to, Name toField,
        boolean required, String documentation) {

    public enum Kind {

        ONE_TO_ONE, ONE_TO_MANY, MANY_TO_ONE, MANY_TO_MANY

    }

    public boolean bidirectional() {
        return toField != null;
    }
}
