package io.scaffold.orchestrator.domain;

/**
 * Per-entity generation options (JDL {@code paginate}, {@code dto}, {@code service},
 * {@code filter}, {@code search}, ...).
 *
 * @param pagination {@code NONE}, {@code PAGINATION} or {@code INFINITE_SCROLL}
 * @param dto generate DTOs and a mapper (the generator always separates API and
 * persistence types; this records what the input asked for)
 * @param service generate a service layer ({@code serviceClass} or {@code serviceImpl} in
 * JDL)
 * @param filter generate filtering on the list endpoint
 * @param search full-text search was requested (JDL {@code search}; generated as
 * PostgreSQL full-text search over the String and TextBlob fields, whatever engine was
 * named)
 * @param readOnly only read endpoints
 */
public record EntityOptions(Pagination pagination, boolean dto, boolean service, boolean filter, boolean search,
        boolean readOnly) {

    public static final EntityOptions DEFAULTS = new EntityOptions(Pagination.NONE, false, false, false, false, false);

    public enum Pagination {

        NONE, PAGINATION, INFINITE_SCROLL

    }
}
