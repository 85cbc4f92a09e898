package io.scaffold.orchestrator.domain.decision;

import java.util.Locale;

/**
 * What a {@link Decision} settles. The id of a decision is its kind's slug and its
 * subject ({@link #idFor(String)}), so a gate finding can propose a change to a decision
 * it never saw stored, e.g. {@code schema-org-type:Book}.
 */
public enum DecisionKind {

    /** Subject {@code Entity}; value a schema.org type name, e.g. {@code Book}. */
    SCHEMA_ORG_TYPE(false),
    /** Subject {@code Entity.field}; value {@code true} or {@code false}. */
    FIELD_REQUIRED(false),
    /** Subject {@code Entity.field} of a string field; value the maximum length. */
    STRING_LENGTH(false),
    /**
     * Subject {@code Entity.relationshipField} (the declaring side); value the entity
     * that owns the foreign key or join table.
     */
    RELATIONSHIP_OWNER(false),
    /** Subject {@code Entity.relationshipField}; value a field of the target entity. */
    DISPLAY_FIELD(false),
    /** Subject {@code Enum}; value the enum's constants, one per line. */
    ENUM_VALUES(true),
    /** Subject {@code Entity}; value the SQL table name. */
    TABLE_NAME(false),
    /** Subject {@code Entity}; value NONE, PAGINATION or INFINITE_SCROLL. */
    PAGINATION(false),
    /** Subject {@code Entity}; value how the API exposes the entity. */
    DTO_STYLE(false),
    /** Subject {@code application}; value {@code true} or {@code false}. */
    SECURED(false),
    /** Subject {@code Entity}; value the entity's new name. */
    ENTITY_NAME(false),
    /** Subject {@code application}; value the use cases, one per line. */
    USE_CASES(true),
    /** Subject {@code application}; value the business objectives, one per line. */
    OBJECTIVES(true);

    /** Subject of the decisions about the application as a whole. */
    public static final String APPLICATION = "application";

    private final boolean listValued;

    DecisionKind(boolean listValued) {
        this.listValued = listValued;
    }

    /** Whether the value is a list, one item per line. */
    public boolean listValued() {
        return listValued;
    }

    /**
     * Whether a person's choice of this kind in one run is worth proposing for the same
     * subject in the next: a single value about an entity, a field or a relationship (not
     * its name, not a list the spec enumerates, not the application as a whole).
     */
    public boolean learnable() {
        return !listValued && this != ENTITY_NAME && this != SECURED;
    }

    /** The kind as written in decision ids: {@code schema-org-type}. */
    public String slug() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** The id of this kind's decision about {@code subject}: {@code slug:subject}. */
    public String idFor(String subject) {
        return slug() + ":" + subject;
    }

    /**
     * The kind of a decision id, e.g. FIELD_REQUIRED for
     * {@code field-required:Book.title}.
     */
    public static DecisionKind ofId(String decisionId) {
        int colon = decisionId == null ? -1 : decisionId.indexOf(':');
        String slug = colon < 0 ? String.valueOf(decisionId) : decisionId.substring(0, colon);
        for (DecisionKind kind : values()) {
            if (kind.slug().equals(slug)) {
                return kind;
            }
        }
        throw new IllegalArgumentException("'" + decisionId + "' is not a decision id: it must start with one of "
                + java.util.Arrays.stream(values()).map(DecisionKind::slug).toList() + " and a colon");
    }

    /**
     * The subject of a decision id: {@code Book.title} for
     * {@code field-required:Book.title}.
     */
    public static String subjectOf(String decisionId) {
        ofId(decisionId);
        return decisionId.substring(decisionId.indexOf(':') + 1);
    }

}
