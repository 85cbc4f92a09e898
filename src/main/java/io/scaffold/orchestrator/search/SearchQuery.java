package io.scaffold.orchestrator.search;

import java.util.Objects;
import java.util.Set;

/**
 * A full-text query, always within one organisation.
 *
 * @param text what to look for (words; identifiers such as {@code LeaveRequestService}
 * match their parts)
 * @param organization the only organisation whose documents may be returned
 * @param types the document types to return; empty means all
 * @param phase only documents of this phase, or null
 * @param entity only documents concerning this entity, or null
 * @param page zero-based
 * @param size hits per page
 */
public record SearchQuery(String text, String organization, Set<SearchDocumentType> types, String phase, String entity,
        int page, int size) {

    public static final int MAX_SIZE = 100;

    public SearchQuery {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(organization, "organization");
        types = types == null ? Set.of() : Set.copyOf(types);
        if (page < 0 || size < 1 || size > MAX_SIZE) {
            throw new IllegalArgumentException("page must be >= 0 and size between 1 and " + MAX_SIZE);
        }
    }

}
