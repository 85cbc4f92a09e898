package io.scaffold.orchestrator.runtime.cluster;

import io.camunda.client.api.search.request.SearchRequestPage;
import io.camunda.client.api.search.response.SearchResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Every item a search finds: the cluster's search API answers one page at a time,
 * following a cursor.
 */
final class SearchPages {

    static final int PAGE_SIZE = 100;

    private SearchPages() {
    }

    /**
     * @param search sends the search with the given page applied
     */
    static <T> List<T> all(Function<Consumer<SearchRequestPage>, SearchResponse<T>> search) {
        List<T> items = new ArrayList<>();
        String after = null;
        while (true) {
            String cursor = after;
            SearchResponse<T> response = search.apply(page -> {
                page.limit(PAGE_SIZE);
                if (cursor != null) {
                    page.after(cursor);
                }
            });
            items.addAll(response.items());
            if (response.items().size() < PAGE_SIZE || response.page() == null || response.page().endCursor() == null) {
                return items;
            }
            after = response.page().endCursor();
        }
    }

}
