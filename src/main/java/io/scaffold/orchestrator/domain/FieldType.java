package io.scaffold.orchestrator.domain;

/** Every JDL field type, with the Java type the generated code uses. */
public enum FieldType {

    STRING("String"), INTEGER("Integer"), LONG("Long"), BIG_DECIMAL("java.math.BigDecimal"), FLOAT("Float"),
    DOUBLE("Double"), BOOLEAN("Boolean"), LOCAL_DATE("java.time.LocalDate"), LOCAL_TIME("java.time.LocalTime"),
    ZONED_DATE_TIME("java.time.ZonedDateTime"), INSTANT("java.time.Instant"), DURATION("java.time.Duration"),
    UUID("java.util.UUID"),
    /** Binary content of any media type ({@code Blob}, {@code AnyBlob}). */
    BLOB("byte[]"),
    /** Binary content of an {@code image/*} media type ({@code ImageBlob}). */
    IMAGE_BLOB("byte[]"),
    /** Long text ({@code TextBlob}). */
    TEXT("String"),
    /**
     * One of the values of an {@link EnumType}; the Java type is the enum's class name.
     */
    ENUM(null);

    private final String javaType;

    FieldType(String javaType) {
        this.javaType = javaType;
    }

    /**
     * Binary content: uploaded and downloaded on its own path with its media type, never
     * inside a JSON body.
     */
    public boolean isBinary() {
        return this == BLOB || this == IMAGE_BLOB;
    }

    /** Fully qualified Java type for every type but {@link #ENUM}. */
    public String javaType() {
        return javaType;
    }

}
