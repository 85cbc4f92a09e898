package io.scaffold.orchestrator.search;

import java.util.List;
import java.util.UUID;

/**
 * A document that matched.
 *
 * @param highlights fragments of the title or body around the matches, HTML-safe: the
 * text is HTML-escaped and each match is wrapped in {@code <mark>…</mark>}
 * @param score the adapter's relevance (comparable within one result only)
 */
public record SearchHit(String id, SearchDocumentType type, UUID runId, String title, String phase,
        List<String> highlights, double score) {

}
