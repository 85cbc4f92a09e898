package io.scaffold.orchestrator.domain;

import java.math.BigDecimal;

/**
 * A field of an entity.
 *
 * @param name the field's names in every form the generators need
 * @param type its type
 * @param enumName for {@link FieldType#ENUM}: the original name of the enum, otherwise
 * {@code null}
 * @param documentation documentation comment (may be empty)
 * @param required value is mandatory
 * @param unique value is unique across rows
 * @param min minimum numeric value, or {@code null}
 * @param max maximum numeric value, or {@code null}
 * @param minLength minimum length (strings) or size (blobs), or {@code null}
 * @param maxLength maximum length (strings) or size (blobs), or {@code null}
 * @param pattern regular expression the value must match, or {@code null}
 */
public record Field(Name name, FieldType type, String enumName, String documentation, boolean required, boolean unique,
        BigDecimal min, BigDecimal max, Integer minLength, Integer maxLength, String pattern) {

    /** The length of a string column whose field states no maximum (JHipster's too). */
    public static final int DEFAULT_STRING_LENGTH = 255;

}
