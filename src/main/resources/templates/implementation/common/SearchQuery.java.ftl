package ${app.basePackage}.common;

import org.springframework.http.HttpStatus;
import org.springframework.util.MultiValueMap;
import org.springframework.web.server.ResponseStatusException;

import java.util.Set;
import java.util.TreeSet;

/**
 * The request of a search endpoint (JDL search, PostgreSQL full-text search): {@code query} in PostgreSQL's websearch
 * syntax (words that must all occur, {@code "a quoted phrase"}, {@code or} between alternatives, {@code -word} for a
 * word that must not occur), and the paging parameters of the entity's list. Results are ordered by rank, best first,
 * so {@code sort} is not taken; nor are a list's criteria (they filter the list). Anything else, and a blank or
 * missing query, is answered with 400 problem details naming the parameter.
 */
public final class SearchQuery {

    /** The longest query searched; a longer one is answered with 400. */
    public static final int MAX_LENGTH = 1000;

    private SearchQuery() {
    }

    /**
     * The query, stripped.
     *
     * @param query the {@code query} parameter, null when absent
     * @param parameters every query parameter of the request
     * @param paging the paging parameters the endpoint takes besides {@code query}
     * @throws ResponseStatusException 400 naming the first parameter that is not valid
     */
    public static String checked(String query, MultiValueMap<String, String> parameters, Set<String> paging) {
        for (String name : parameters.keySet()) {
            if (name.equals("sort")) {
                throw invalid(name, "is not taken: search results are ordered by rank, best match first, then by id");
            }
            if (!name.equals("query") && !paging.contains(name)) {
                Set<String> taken = new TreeSet<>(paging);
                taken.add("query");
                throw invalid(name, "is not taken by search, which takes " + String.join(", ", taken)
                        + " (criteria filter the list, not the search)");
            }
        }
        if (query == null || query.isBlank()) {
            throw invalid("query", "is required and must not be blank: words, \"a phrase\", or, -word");
        }
        if (parameters.get("query").size() > 1) {
            throw invalid("query", "is given more than once; give it once");
        }
        if (query.length() > MAX_LENGTH) {
            throw invalid("query", "is longer than " + MAX_LENGTH + " characters");
        }
        return query.strip();
    }

    private static ResponseStatusException invalid(String parameter, String problem) {
        return new ResponseStatusException(HttpStatus.BAD_REQUEST, "Query parameter '" + parameter + "' " + problem);
    }
}
