package io.scaffold.orchestrator.search;

import java.net.URI;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The Elasticsearch cluster the search index lives in
 * ({@code scaffold.search.elasticsearch.*}, e.g.
 * {@code SCAFFOLD_SEARCH_ELASTICSEARCH_URIS=http://elasticsearch:9200}); without
 * {@code uris} PostgreSQL serves search.
 *
 * @param uris the nodes' HTTP addresses, comma-separated
 * @param username with {@code password}: basic authentication
 * @param password the user's password
 * @param apiKey instead of a user: an API key (the encoded id:key), sent as
 * {@code Authorization: ApiKey …}
 * @param index the index (and index template) name
 */
@ConfigurationProperties("scaffold.search.elasticsearch")
record ElasticsearchProperties(List<URI> uris, String username, String password, String apiKey,
        @DefaultValue("scaffold-search") String index) {

    ElasticsearchProperties {
        uris = (uris == null) ? List.of() : List.copyOf(uris);
    }

}
