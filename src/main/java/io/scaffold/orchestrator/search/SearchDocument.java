package io.scaffold.orchestrator.search;

import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

/**
 * One thing that can be found. Indexing the same id again replaces the document, so
 * indexing is idempotent.
 *
 * @param id stable per thing, e.g. {@code artifact:<runId>:<path>}
 * @param type what it is
 * @param runId the run it belongs to
 * @param organization the run's organisation: every query is limited to one
 * @param title analysed, boosted: application name, artifact path, rule id and message,
 * decision question
 * @param body analysed: spec text, file content, finding message and suggested action,
 * chosen option and rationale
 * @param phase the phase id (e.g. {@code domain-analysis}) or null
 * @param entities the domain entities it concerns (names as in the model)
 * @param keywords exact-match attributes
 * @param at when it was produced
 */
public record SearchDocument(String id, SearchDocumentType type, UUID runId, String organization, String title,
        String body, String phase, Set<String> entities, Map<SearchKeyword, String> keywords, Instant at) {

    public SearchDocument {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(runId, "runId");
        Objects.requireNonNull(organization, "organization");
        title = title == null ? "" : title;
        body = body == null ? "" : body;
        entities = entities == null ? Set.of() : Set.copyOf(entities);
        keywords = keywords == null ? Map.of() : Map.copyOf(keywords);
    }

}
