package io.scaffold.orchestrator.api;

import io.scaffold.orchestrator.search.SearchDocumentType;
import io.scaffold.orchestrator.search.SearchIndex;
import io.scaffold.orchestrator.search.SearchIndexer;
import io.scaffold.orchestrator.search.SearchQuery;
import io.scaffold.orchestrator.search.SearchResult;
import io.scaffold.orchestrator.security.CurrentUser;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Full-text search across the runs of the caller's organisation, and its rebuild. */
@RestController
class SearchController {

    static final int MAX_QUERY_CHARS = 500;

    private final SearchIndex index;

    private final SearchIndexer indexer;

    private final CurrentUser currentUser;

    SearchController(SearchIndex index, SearchIndexer indexer, CurrentUser currentUser) {
        this.index = index;
        this.indexer = indexer;
        this.currentUser = currentUser;
    }

    @GetMapping("/api/v1/search")
    @PreAuthorize("hasAuthority('process:read')")
    @Operation(summary = "Search runs, artifacts, findings and decisions of the caller's organisation",
            description = "Words match identifiers by their parts (leave finds LeaveRequestService); quotes make a "
                    + "phrase, - excludes a word. Highlights are HTML-escaped text with the matches in <mark>. "
                    + "Facets count all matches by type, phase and entity.")
    SearchResult search(@RequestParam @Parameter(description = "what to look for") String q,
            @RequestParam(required = false) @Parameter(
                    description = "RUN, ARTIFACT, FINDING or DECISION; repeat or separate by commas; none means all") List<String> type,
            @RequestParam(required = false) @Parameter(description = "a phase id, e.g. domain-analysis") String phase,
            @RequestParam(required = false) @Parameter(description = "an entity name, e.g. Invoice") String entity,
            @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "20") int size) {
        if (q.isBlank()) {
            throw new InvalidRequestException("q must not be blank: give the words to look for, e.g. q=Invoice");
        }
        if (q.length() > MAX_QUERY_CHARS) {
            throw new InvalidRequestException("q has " + q.length() + " characters; at most " + MAX_QUERY_CHARS);
        }
        if (page < 0 || size < 1 || size > SearchQuery.MAX_SIZE) {
            throw new InvalidRequestException("page must be >= 0 and size between 1 and " + SearchQuery.MAX_SIZE
                    + " (got page=" + page + ", size=" + size + ")");
        }
        return index.search(new SearchQuery(q, currentUser.organization(), types(type), blankToNull(phase),
                blankToNull(entity), page, size));
    }

    @PostMapping("/api/v1/admin/reindex")
    @PreAuthorize("hasAuthority('process:update')")
    @Operation(summary = "Rebuild the search index from PostgreSQL (administrators only)")
    SearchIndexer.Rebuild reindex() {
        if (!currentUser.admin()) {
            throw new AccessDeniedException("only an administrator may rebuild the search index");
        }
        return indexer.rebuild();
    }

    private static Set<SearchDocumentType> types(List<String> values) {
        if (values == null) {
            return Set.of();
        }
        Set<SearchDocumentType> types = EnumSet.noneOf(SearchDocumentType.class);
        values.stream()
            .flatMap(value -> Arrays.stream(value.split(",")))
            .map(String::strip)
            .filter(value -> !value.isEmpty())
            .forEach(value -> types.add(type(value)));
        return types;
    }

    private static SearchDocumentType type(String value) {
        try {
            return SearchDocumentType.valueOf(value.toUpperCase(Locale.ROOT));
        }
        catch (IllegalArgumentException e) {
            throw new InvalidRequestException("unknown type '" + value + "'; use one of "
                    + Arrays.stream(SearchDocumentType.values()).map(Enum::name).collect(Collectors.joining(", ")));
        }
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

}
