package io.scaffold.orchestrator.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.InputStream;
import java.time.Instant;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.SimpleDriverDataSource;

/**
 * The contract, and what only Elasticsearch has, on the Elasticsearch adapter against a
 * real Elasticsearch 8 node in the test JVM ({@link ElasticsearchNode}), over HTTP with
 * the official client. Writes wait for the refresh, so the contract needs no extra one.
 */
class ElasticsearchSearchIndexTest extends SearchIndexContract {

    private static ElasticsearchSearchIndex elasticsearch;

    @BeforeAll
    static void start() {
        elasticsearch = new ElasticsearchSearchIndex(ElasticsearchNode.get().client(), "scaffold-search-contract");
        elasticsearch.prepare();
        elasticsearch.prepare();
    }

    @Override
    protected SearchIndex index() {
        return elasticsearch;
    }

    @Test
    void aPageBeyondWhatElasticsearchPagesThroughIsRefusedWithAReason() {
        assertThatThrownBy(() -> elasticsearch.search(new SearchQuery("invoice", ACME, Set.of(), null, null, 100, 100)))
            .isInstanceOf(IllegalArgumentException.class)
            .hasMessageContaining("narrow the query");
    }

    @Test
    void theTemplateMapsEveryKeywordAsAKeywordField() throws Exception {
        JsonNode keywords;
        try (InputStream json = getClass().getClassLoader()
            .getResourceAsStream(ElasticsearchSearchIndex.TEMPLATE_RESOURCE)) {
            keywords = new ObjectMapper().readTree(json).at("/mappings/properties/keywords/properties");
        }
        Set<String> mapped = new HashSet<>();
        keywords.fieldNames().forEachRemaining(mapped::add);
        assertThat(mapped).containsExactlyInAnyOrderElementsOf(
                Arrays.stream(SearchKeyword.values()).map(SearchKeyword::name).toList());
        keywords.forEach((field) -> assertThat(field.get("type").asText()).isEqualTo("keyword"));

        UUID run = UUID.randomUUID();
        Map<SearchKeyword, String> every = new EnumMap<>(SearchKeyword.class);
        Arrays.stream(SearchKeyword.values()).forEach((keyword) -> every.put(keyword, keyword.name().toLowerCase()));
        index(new SearchDocument("d1", SearchDocumentType.DECISION, run, ACME, "Which schema.org type is Invoice?",
                "schema:Invoice", "domain-analysis", Set.of("Invoice"), every, Instant.now()));
        assertThat(elasticsearch.search(new SearchQuery("invoice", ACME, Set.of(), null, null, 0, 10)).hits())
            .extracting(SearchHit::id)
            .containsExactly("d1");
    }

    @Test
    void theApplicationChoosesElasticsearchWhenUrisAreSetAndPutsTheTemplateAtStart() {
        String name = "scaffold-search-configured";
        ApplicationContextRunner application = new ApplicationContextRunner()
            .withUserConfiguration(ElasticsearchConfiguration.class, PostgresSearchConfiguration.class)
            // PostgreSQL's adapter is only built here, never used: no database behind it.
            .withBean(JdbcTemplate.class, () -> new JdbcTemplate(new SimpleDriverDataSource()))
            .withBean(ObjectMapper.class);
        application
            .withPropertyValues("scaffold.search.elasticsearch.uris=" + ElasticsearchNode.get().uri(),
                    "scaffold.search.elasticsearch.index=" + name)
            .run((context) -> {
                assertThat(context).hasNotFailed();
                assertThat(context.getBean(SearchIndex.class)).isInstanceOf(ElasticsearchSearchIndex.class);
                ElasticsearchClient client = ElasticsearchNode.get().client();
                assertThat(client.indices().existsIndexTemplate((t) -> t.name(name)).value()).isTrue();
                assertThat(client.indices().exists((e) -> e.index(name)).value()).isTrue();
                SearchIndex search = context.getBean(SearchIndex.class);
                search.index(List.of(artifact("a1", UUID.randomUUID(), ACME, "Leave.java", "class Leave")));
                assertThat(search.search(new SearchQuery("leave", ACME, Set.of(), null, null, 0, 10)).total())
                    .isEqualTo(1);
            });
        application
            .run((context) -> assertThat(context.getBean(SearchIndex.class)).isInstanceOf(PostgresSearchIndex.class));
        application.withPropertyValues("scaffold.search.elasticsearch.uris=")
            .run((context) -> assertThat(context.getBean(SearchIndex.class)).as("an empty value configures no node")
                .isInstanceOf(PostgresSearchIndex.class));
    }

}
