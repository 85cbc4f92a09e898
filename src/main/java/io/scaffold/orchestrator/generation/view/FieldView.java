package io.scaffold.orchestrator.generation.view;

import io.scaffold.orchestrator.domain.Field;
import io.scaffold.orchestrator.domain.FieldType;
import io.scaffold.orchestrator.domain.Name;
import io.scaffold.orchestrator.domain.Names;

/** A field with its Java and SQL types. */
public final class FieldView {

    private final Field field;

    private final String table;

    private final EnumView enumView;

    FieldView(Field field, String table, EnumView enumView) {
        this.field = field;
        this.table = table;
        this.enumView = enumView;
    }

    public Field getField() {
        return field;
    }

    public Name getName() {
        return field.name();
    }

    public String getColumn() {
        return field.name().sqlName();
    }

    public EnumView getEnumView() {
        return enumView;
    }

    /** Simple Java type name as written in the generated code. */
    public String getJavaType() {
        if (field.type() == FieldType.ENUM) {
            return enumView.getName().className();
        }
        String type = field.type().javaType();
        return type.substring(type.lastIndexOf('.') + 1);
    }

    /** Fully qualified type to import, or null for java.lang types and arrays. */
    public String getJavaImport() {
        if (field.type() == FieldType.ENUM) {
            return enumView.getQualifiedClass();
        }
        String type = field.type().javaType();
        return type.contains(".") ? type : null;
    }

    public String getSqlType() {
        return switch (field.type()) {
            case STRING -> "varchar(" + getMaxLength() + ")";
            case TEXT -> "text";
            case INTEGER -> "integer";
            case LONG -> "bigint";
            case BIG_DECIMAL -> "numeric(21, 2)";
            case FLOAT -> "real";
            case DOUBLE -> "double precision";
            case BOOLEAN -> "boolean";
            case LOCAL_DATE -> "date";
            case LOCAL_TIME -> "time";
            case ZONED_DATE_TIME, INSTANT -> "timestamp with time zone";
            // Hibernate stores a Duration as nanoseconds in numeric(21) by default.
            case DURATION -> "numeric(21, 0)";
            case UUID -> "uuid";
            case BLOB, IMAGE_BLOB -> "bytea";
            case ENUM -> "varchar(" + enumView.getMaxLength() + ")";
        };
    }

    /**
     * The longest value the field accepts: the stated maximum, or for a string without
     * one the column's default length; {@code null} where nothing bounds it.
     */
    public Integer getMaxLength() {
        if (field.maxLength() == null && field.type() == FieldType.STRING) {
            return Field.DEFAULT_STRING_LENGTH;
        }
        return field.maxLength();
    }

    public boolean isNumeric() {
        return switch (field.type()) {
            case INTEGER, LONG, BIG_DECIMAL, FLOAT, DOUBLE -> true;
            default -> false;
        };
    }

    public boolean isText() {
        return field.type() == FieldType.STRING || field.type() == FieldType.TEXT;
    }

    /** True when the table needs a CHECK constraint for this field. */
    public boolean isChecked() {
        return field.type() == FieldType.ENUM || (isNumeric() && (field.min() != null || field.max() != null))
                || ((isText() || isBlob()) && field.minLength() != null)
                || ((field.type() == FieldType.TEXT || isBlob()) && field.maxLength() != null);
    }

    /**
     * Binary content: stored with its media type and size in the columns
     * {@link #getContentTypeColumn()} and {@link #getSizeColumn()}, uploaded and
     * downloaded on its own path, never in JSON.
     */
    public boolean isBlob() {
        return field.type().isBinary();
    }

    /** A blob accepting only {@code image/*} media types. */
    public boolean isImage() {
        return field.type() == FieldType.IMAGE_BLOB;
    }

    /** The column holding a blob's media type. */
    public String getContentTypeColumn() {
        return Names.sqlIdentifier(getColumn() + "_content_type");
    }

    /** The column holding a blob's size in bytes. */
    public String getSizeColumn() {
        return Names.sqlIdentifier(getColumn() + "_size");
    }

    public String getCheckName() {
        return Names.sqlIdentifier("ck_" + table + "_" + getColumn());
    }

    public String getUniqueName() {
        return Names.sqlIdentifier("uk_" + table + "_" + getColumn());
    }

}
