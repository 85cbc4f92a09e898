package io.scaffold.orchestrator.search;

import java.util.List;
import java.util.Map;

/**
 * A page of hits, the total number of matches, and the matches counted per facet value
 * (over all matches, not only the page).
 */
public record SearchResult(List<SearchHit> hits, long total, Map<SearchFacet, Map<String, Long>> facets) {

}
