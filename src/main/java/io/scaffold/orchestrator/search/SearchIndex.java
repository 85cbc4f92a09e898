package io.scaffold.orchestrator.search;

import java.util.Collection;
import java.util.UUID;

/**
 * Where documents are indexed and found: Elasticsearch when configured, PostgreSQL
 * full-text search on the embedded default. Both adapters pass the same contract tests.
 */
public interface SearchIndex {

    /** Adds or replaces the documents (by id). */
    void index(Collection<SearchDocument> documents);

    /** Removes every document of the run. */
    void deleteRun(UUID runId);

    /** Removes every document (before a rebuild). */
    void clear();

    SearchResult search(SearchQuery query);

}
