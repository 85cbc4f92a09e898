package io.scaffold.orchestrator.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.InputStream;
import java.time.Instant;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

/**
 * The Elasticsearch adapter against a real Elasticsearch 8 node in the test JVM
 * ({@link ElasticsearchNode}), over HTTP with the official client.
 */
class ElasticsearchSearchIndexTest {

    private static final String ORG = "acme";

    private final UUID run = UUID.randomUUID();

    private ElasticsearchSearchIndex index;

    @BeforeEach
    void emptyIndex() {
        this.index = new ElasticsearchSearchIndex(ElasticsearchNode.get().client(), "scaffold-search-adapter-test");
        this.index.prepare();
        this.index.clear();
    }

    @Test
    void identifiersAreFoundByTheirPartsAndWholeWithMarkedHighlights() {
        this.index.index(List.of(artifact(this.run, ORG, "src/main/java/LeaveRequestService.java",
                "public class LeaveRequestService { }", "LeaveRequest")));

        for (String word : List.of("leave", "Request", "service", "LeaveRequestService", "leaverequestservice")) {
            SearchResult result = this.index.search(query(word));
            assertThat(result.total()).as(word).isEqualTo(1);
            assertThat(result.hits().get(0).highlights()).as(word).anyMatch((h) -> h.contains("<mark>"));
        }
        assertThat(this.index.search(query("leave")).hits().get(0).highlights())
            .anyMatch((h) -> h.contains("<mark>Leave</mark>"));
        assertThat(this.index.search(query("holiday")).total()).isZero();
    }

    @Test
    void highlightsEscapeTheTextAroundTheMarks() {
        this.index.index(List
            .of(artifact(this.run, ORG, "index.html", "<script>alert('x')</script> & the Invoice list", "Invoice")));

        List<String> highlights = this.index.search(query("invoice")).hits().get(0).highlights();

        assertThat(highlights).anyMatch((h) -> h.contains("&lt;script&gt;") && h.contains("<mark>Invoice</mark>"));
        assertThat(String.join("", highlights)).doesNotContain("<script").doesNotContain("& the");
    }

    @Test
    void everyQueryStaysInsideItsOrganisation() {
        this.index.index(List.of(artifact(this.run, ORG, "Invoice.java", "class Invoice", "Invoice"),
                artifact(UUID.randomUUID(), "globex", "Invoice.java", "class Invoice", "Invoice")));

        SearchResult acme = this.index.search(query("invoice"));

        assertThat(acme.total()).isEqualTo(1);
        assertThat(acme.hits()).extracting(SearchHit::runId).containsExactly(this.run);
        assertThat(acme.facets().get(SearchFacet.TYPE)).containsExactly(Map.entry("ARTIFACT", 1L));
        assertThat(this.index.search(new SearchQuery("invoice", "initech", Set.of(), null, null, 0, 10)).total())
            .isZero();
    }

    @Test
    void indexingTheSameIdAgainReplacesTheDocument() {
        SearchDocument first = artifact(this.run, ORG, "Customer.java", "class Customer", "Customer");
        this.index.index(List.of(first));
        this.index.index(List.of(new SearchDocument(first.id(), first.type(), first.runId(), ORG, first.title(),
                "class Customer { String email; }", first.phase(), first.entities(), first.keywords(), first.at())));

        assertThat(this.index.search(query("customer")).total()).isEqualTo(1);
        assertThat(this.index.search(query("email")).total()).isEqualTo(1);
    }

    @Test
    void filtersNarrowAndFacetsCountAllMatchesNotOnlyThePage() {
        UUID other = UUID.randomUUID();
        this.index.index(List.of(artifact(this.run, ORG, "Order.java", "class Order", "Order"),
                artifact(this.run, ORG, "OrderRepository.java", "interface OrderRepository", "Order"),
                new SearchDocument("finding:" + this.run + ":1", SearchDocumentType.FINDING, this.run, ORG,
                        "NAMING-001 Order has no display field", "add a display field to Order", "quality-gate",
                        Set.of("Order"), Map.of(SearchKeyword.RULE_ID, "NAMING-001", SearchKeyword.SEVERITY, "MAJOR"),
                        Instant.now()),
                artifact(other, ORG, "Invoice.java", "class Invoice references an Order", "Invoice")));

        SearchResult page = this.index.search(new SearchQuery("order", ORG, Set.of(), null, null, 0, 1));
        assertThat(page.hits()).hasSize(1);
        assertThat(page.total()).isEqualTo(4);
        assertThat(page.facets().get(SearchFacet.TYPE)).containsEntry("ARTIFACT", 3L).containsEntry("FINDING", 1L);
        assertThat(page.facets().get(SearchFacet.PHASE)).containsEntry("generation", 3L)
            .containsEntry("quality-gate", 1L);
        assertThat(page.facets().get(SearchFacet.ENTITY)).containsEntry("Order", 3L).containsEntry("Invoice", 1L);

        Set<String> ids = new HashSet<>();
        for (int p = 0; p < 4; p++) {
            ids.addAll(this.index.search(new SearchQuery("order", ORG, Set.of(), null, null, p, 1))
                .hits()
                .stream()
                .map(SearchHit::id)
                .toList());
        }
        assertThat(ids).hasSize(4);

        assertThat(
                this.index.search(new SearchQuery("order", ORG, Set.of(SearchDocumentType.FINDING), null, null, 0, 10))
                    .hits())
            .extracting(SearchHit::type, SearchHit::phase)
            .containsExactly(Tuple.tuple(SearchDocumentType.FINDING, "quality-gate"));
        assertThat(this.index.search(new SearchQuery("order", ORG, Set.of(), "generation", null, 0, 10)).total())
            .isEqualTo(3);
        assertThat(this.index.search(new SearchQuery("order", ORG, Set.of(), null, "Invoice", 0, 10)).hits())
            .extracting(SearchHit::runId)
            .containsExactly(other);
        assertThat(this.index.search(new SearchQuery("order repository", ORG, Set.of(), null, null, 0, 10)).total())
            .as("every word must match")
            .isEqualTo(1);
    }

    @Test
    void deleteRunRemovesOnlyThatRunAndClearRemovesEverything() {
        UUID other = UUID.randomUUID();
        this.index.index(List.of(artifact(this.run, ORG, "Order.java", "class Order", "Order"),
                artifact(this.run, ORG, "OrderService.java", "class OrderService", "Order"),
                artifact(other, ORG, "OrderLine.java", "class OrderLine", "OrderLine")));

        this.index.deleteRun(this.run);
        assertThat(this.index.search(query("order")).hits()).extracting(SearchHit::runId).containsExactly(other);

        this.index.clear();
        assertThat(this.index.search(query("order")).total()).isZero();
        this.index.index(List.of(artifact(this.run, ORG, "Order.java", "class Order", "Order")));
        assertThat(this.index.search(query("order")).total()).as("the index is usable after clear").isEqualTo(1);
    }

    @Test
    void aPageBeyondWhatElasticsearchPagesThroughIsRefusedWithAReason() {
        assertThatThrownBy(() -> this.index.search(new SearchQuery("order", ORG, Set.of(), null, null, 100, 100)))
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

        this.index
            .index(List.of(new SearchDocument("decision:" + this.run + ":1", SearchDocumentType.DECISION, this.run, ORG,
                    "Which schema.org type is Invoice?", "schema:Invoice", "domain-analysis", Set.of("Invoice"),
                    Map.of(SearchKeyword.DECISION_SOURCE, "learned", SearchKeyword.DECIDED_BY, "ann"), Instant.now())));
        assertThat(this.index.search(query("invoice")).hits()).extracting(SearchHit::type)
            .containsExactly(SearchDocumentType.DECISION);
    }

    @Test
    void theApplicationConfiguresTheAdapterFromTheUrisAndPutsTheTemplateAtStart() {
        String name = "scaffold-search-configured";
        new ApplicationContextRunner().withUserConfiguration(ElasticsearchConfiguration.class)
            .withPropertyValues("scaffold.search.elasticsearch.uris=" + ElasticsearchNode.get().uri(),
                    "scaffold.search.elasticsearch.index=" + name)
            .run((context) -> {
                assertThat(context).hasNotFailed().hasSingleBean(SearchIndex.class);
                ElasticsearchClient client = ElasticsearchNode.get().client();
                assertThat(client.indices().existsIndexTemplate((t) -> t.name(name)).value()).isTrue();
                assertThat(client.indices().exists((e) -> e.index(name)).value()).isTrue();
                SearchIndex search = context.getBean(SearchIndex.class);
                search.index(List.of(artifact(this.run, ORG, "Leave.java", "class Leave", "Leave")));
                assertThat(search.search(query("leave")).total()).isEqualTo(1);
            });
        new ApplicationContextRunner().withUserConfiguration(ElasticsearchConfiguration.class)
            .run((context) -> assertThat(context).doesNotHaveBean(SearchIndex.class));
    }

    private static SearchQuery query(String text) {
        return new SearchQuery(text, ORG, Set.of(), null, null, 0, 10);
    }

    static SearchDocument artifact(UUID runId, String organization, String path, String content, String entity) {
        return new SearchDocument("artifact:" + runId + ":" + path, SearchDocumentType.ARTIFACT, runId, organization,
                path, content, "generation", Set.of(entity), Map.of(SearchKeyword.ARTIFACT_TYPE, "java"),
                Instant.parse("2026-11-30T12:00:00Z"));
    }

}
