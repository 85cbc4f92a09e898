package io.scaffold.orchestrator.generation.view;

import io.scaffold.orchestrator.domain.Name;
import io.scaffold.orchestrator.domain.Names;

/**
 * A navigation field of an entity.
 *
 * @param kind its kind
 * @param field its name
 * @param target the entity at the other end
 * @param column for owned to-one references: the foreign key column on this entity's
 * table
 * @param required for owned to-one references: the column is NOT NULL
 * @param mappedBy for inverse sides: the owning field on the target
 * @param joinTable for owned many-to-many references: the join table
 * @param displayField the target's field shown for the reference
 * @param display that field of the target, or null when the reference is shown by its id
 * only
 */
public record Reference(ReferenceKind kind, Name field, TargetRef target, String column, boolean required,
        String mappedBy, JoinTable joinTable, String displayField, FieldView display) {

    static Reference inverse(ReferenceKind kind, Name field, EntityView owner, Name owningField) {
        String owningMember = kind == ReferenceKind.MANY_TO_MANY_INVERSE ? owningField.plural()
                : owningField.fieldName();
        return new Reference(kind, field, owner.ref(), null, false, owningMember, null, "id", null);
    }

    /**
     * Name of the Java member and of the response property: plural for collections
     * ({@code Set<Label> labels}), the field name otherwise ({@code project}).
     */
    public String getMember() {
        return isCollection() ? field.plural() : field.fieldName();
    }

    /**
     * Name of the nested record a response shows this reference as, {@code ProjectRef}:
     * the id and the display field.
     */
    public String getRefRecord() {
        return field.className() + "Ref";
    }

    /**
     * Written through the API of this entity: owned to-one (as {@code <field>Id}) and
     * owned many-to-many (as {@code <field>Ids}).
     */
    public boolean isWritable() {
        return kind == ReferenceKind.MANY_TO_ONE || kind == ReferenceKind.ONE_TO_ONE
                || kind == ReferenceKind.MANY_TO_MANY;
    }

    public boolean isCollection() {
        return kind == ReferenceKind.ONE_TO_MANY || kind == ReferenceKind.MANY_TO_MANY
                || kind == ReferenceKind.MANY_TO_MANY_INVERSE;
    }

    /** Name of the API property: {@code projectId} or {@code labelIds}. */
    public String getApiProperty() {
        return field.fieldName() + (kind == ReferenceKind.MANY_TO_MANY ? "Ids" : "Id");
    }

    public String getIndexName(String table) {
        return Names.sqlIdentifier("idx_" + table + "_" + column);
    }

    public String getUniqueName(String table) {
        return Names.sqlIdentifier("uk_" + table + "_" + column);
    }

    public String getForeignKeyName(String table) {
        return Names.sqlIdentifier("fk_" + table + "_" + column);
    }
}
