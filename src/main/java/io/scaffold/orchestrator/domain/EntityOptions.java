package io.scaffold.orchestrator.domain;

/**
 * Per-entity generation options (JDL {@code paginate}, {@code dto}, {@code service},
 * {@code filter}, {@code search}, ...).
 *
 * @param pagination {@code NONE}, {@code PAGINATION} or {@code INFINITE_SCROLL}
 * @param dto JDL {@code dto mapstruct}: the mapper between the entity and its API records
 * is a MapStruct mapper generated at compile time; without it the mapper is written out
 * by hand (the generator always separates API and persistence types)
 * @param service a service layer was asked for ({@code serviceClass} or
 * {@code serviceImpl} in JDL; the generator always writes one)
 * @param serviceImpl JDL {@code service with serviceImpl}: the service is an interface
 * {@code XService} implemented by {@code XServiceImpl}; otherwise one class
 * {@code XService}
 * @param filter generate filtering on the list endpoint
 * @param search full-text search was requested (JDL {@code search}; generated as
 * PostgreSQL full-text search over the String and TextBlob fields, whatever engine was
 * named)
 * @param readOnly only read endpoints
 */
public record EntityOptions(Pagination pagination, boolean dto, boolean service, boolean serviceImpl, boolean filter,
        boolean search, boolean readOnly) {

    public static final EntityOptions DEFAULTS = new EntityOptions(Pagination.NONE, false, false, false, false, false,
            false);

    public enum Pagination {

        NONE, PAGINATION, INFINITE_SCROLL

    }
}
