package io.scaffold.orchestrator.search;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.ElasticsearchException;
import co.elastic.clients.elasticsearch._types.FieldValue;
import co.elastic.clients.elasticsearch._types.Refresh;
import co.elastic.clients.elasticsearch._types.aggregations.Aggregate;
import co.elastic.clients.elasticsearch._types.query_dsl.CombinedFieldsOperator;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import co.elastic.clients.elasticsearch.core.BulkResponse;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import co.elastic.clients.elasticsearch.core.bulk.BulkOperation;
import co.elastic.clients.elasticsearch.core.bulk.BulkResponseItem;
import co.elastic.clients.elasticsearch.core.search.HighlighterEncoder;
import co.elastic.clients.elasticsearch.core.search.Hit;
import co.elastic.clients.elasticsearch.indices.put_index_template.IndexTemplateMapping;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

/**
 * The search port on Elasticsearch 8 through the official Java client. One index (by
 * default {@code scaffold-search}) whose settings and mappings come from an index
 * template the application puts at start ({@code search/elasticsearch-template.json}):
 * title and body analysed with an analyser that splits identifiers
 * ({@code word_delimiter_graph} keeping the original, lowercased), searched with the
 * lowercased words, every word required (blank text finds nothing); organisation, type,
 * phase, entities and keywords as keyword fields. Every query is filtered by the
 * organisation. Writes return once the documents are searchable
 * ({@code refresh=wait_for}).
 */
public class ElasticsearchSearchIndex implements SearchIndex {

    static final String TEMPLATE_RESOURCE = "search/elasticsearch-template.json";

    /** How many values each facet counts (the most frequent first). */
    static final int FACET_SIZE = 100;

    /**
     * Elasticsearch's default index.max_result_window: hits beyond it cannot be paged to.
     */
    static final int MAX_RESULT_WINDOW = 10_000;

    private static final int DELETE_BATCH = 1_000;

    private static final String TITLE = "title";

    private static final String BODY = "body";

    private static final Map<SearchFacet, String> FACET_FIELDS = Map.of(SearchFacet.TYPE, "type", SearchFacet.PHASE,
            "phase", SearchFacet.ENTITY, "entities");

    private final ElasticsearchClient client;

    private final String index;

    public ElasticsearchSearchIndex(ElasticsearchClient client, String index) {
        this.client = client;
        this.index = index;
    }

    /**
     * Puts the index template (replacing an older one) and creates the index if it does
     * not exist: safe to call at every start.
     */
    public void prepare() {
        call("put the index template " + this.index, () -> this.client.indices()
            .putIndexTemplate(t -> t.name(this.index).indexPatterns(this.index).template(template())));
        createIndex();
    }

    @Override
    public void index(Collection<SearchDocument> documents) {
        if (documents.isEmpty()) {
            return;
        }
        List<BulkOperation> operations = documents.stream()
            .map((document) -> BulkOperation
                .of((op) -> op.index((i) -> i.index(this.index).id(document.id()).document(Source.of(document)))))
            .toList();
        bulk("index " + documents.size() + " documents", operations);
    }

    @Override
    public void deleteRun(UUID runId) {
        Query ofRun = Query.of((q) -> q.term((t) -> t.field("run_id").value(runId.toString())));
        while (true) {
            SearchResponse<Void> found = call("find the documents of run " + runId, () -> this.client.search(
                    (s) -> s.index(this.index).query(ofRun).size(DELETE_BATCH).source((src) -> src.fetch(false)),
                    Void.class));
            if (found.hits().hits().isEmpty()) {
                return;
            }
            bulk("delete the documents of run " + runId,
                    found.hits()
                        .hits()
                        .stream()
                        .map((hit) -> BulkOperation.of((op) -> op.delete((d) -> d.index(this.index).id(hit.id()))))
                        .toList());
        }
    }

    @Override
    public void clear() {
        call("delete the index " + this.index,
                () -> this.client.indices().delete((d) -> d.index(this.index).ignoreUnavailable(true)));
        createIndex();
    }

    @Override
    public SearchResult search(SearchQuery query) {
        String text = query.text().strip();
        if (text.isEmpty()) {
            Map<SearchFacet, Map<String, Long>> none = new EnumMap<>(SearchFacet.class);
            Arrays.stream(SearchFacet.values()).forEach((facet) -> none.put(facet, Map.of()));
            return new SearchResult(List.of(), 0, none);
        }
        int from = query.page() * query.size();
        if (from + query.size() > MAX_RESULT_WINDOW) {
            throw new IllegalArgumentException("page " + query.page() + " of size " + query.size()
                    + " lies beyond the first " + MAX_RESULT_WINDOW + " matches Elasticsearch pages through: "
                    + "narrow the query (type, phase, entity or more words)");
        }
        SearchResponse<Source> response = call("search the index " + this.index, () -> this.client.search((s) -> {
            s.index(this.index)
                .query(query(query, text))
                .from(from)
                .size(query.size())
                .trackTotalHits((t) -> t.enabled(true))
                .source((src) -> src.filter((f) -> f.includes("type", "run_id", TITLE, "phase")))
                .highlight((h) -> h.encoder(HighlighterEncoder.Html)
                    .preTags("<mark>")
                    .postTags("</mark>")
                    .fields(TITLE, (f) -> f.numberOfFragments(0))
                    .fields(BODY, (f) -> f.numberOfFragments(3).fragmentSize(150)));
            FACET_FIELDS.forEach((facet, field) -> s.aggregations(facet.name(),
                    (a) -> a.terms((t) -> t.field(field).size(FACET_SIZE))));
            return s;
        }, Source.class));
        List<SearchHit> hits = response.hits().hits().stream().map(ElasticsearchSearchIndex::hit).toList();
        long total = (response.hits().total() != null) ? response.hits().total().value() : hits.size();
        return new SearchResult(hits, total, facets(response.aggregations()));
    }

    private static Query query(SearchQuery query, String text) {
        List<Query> filters = new ArrayList<>();
        filters.add(term("organization", query.organization()));
        if (!query.types().isEmpty()) {
            List<FieldValue> types = query.types().stream().map((type) -> FieldValue.of(type.name())).toList();
            filters.add(Query.of((q) -> q.terms((t) -> t.field("type").terms((v) -> v.value(types)))));
        }
        if (query.phase() != null) {
            filters.add(term("phase", query.phase()));
        }
        if (query.entity() != null) {
            filters.add(term("entities", query.entity()));
        }
        return Query.of((q) -> q.bool((b) -> b.filter(filters)
            .must((m) -> m.combinedFields(
                    (c) -> c.query(text).fields(TITLE + "^3", BODY).operator(CombinedFieldsOperator.And)))));
    }

    private static Query term(String field, String value) {
        return Query.of((q) -> q.term((t) -> t.field(field).value(value)));
    }

    private static SearchHit hit(Hit<Source> hit) {
        Source source = hit.source();
        List<String> highlights = new ArrayList<>(hit.highlight().getOrDefault(TITLE, List.of()));
        highlights.addAll(hit.highlight().getOrDefault(BODY, List.of()));
        return new SearchHit(hit.id(), SearchDocumentType.valueOf(source.type()), UUID.fromString(source.runId()),
                source.title(), source.phase(), List.copyOf(highlights), (hit.score() != null) ? hit.score() : 0);
    }

    private static Map<SearchFacet, Map<String, Long>> facets(Map<String, Aggregate> aggregations) {
        Map<SearchFacet, Map<String, Long>> facets = new EnumMap<>(SearchFacet.class);
        for (SearchFacet facet : SearchFacet.values()) {
            Map<String, Long> counts = new LinkedHashMap<>();
            aggregations.get(facet.name())
                .sterms()
                .buckets()
                .array()
                .forEach((bucket) -> counts.put(bucket.key().stringValue(), bucket.docCount()));
            facets.put(facet, counts);
        }
        return facets;
    }

    private void createIndex() {
        boolean exists = call("check the index " + this.index,
                () -> this.client.indices().exists((e) -> e.index(this.index)).value());
        if (exists) {
            return;
        }
        try {
            this.client.indices().create((c) -> c.index(this.index));
        }
        catch (ElasticsearchException ex) {
            if (!"resource_already_exists_exception".equals(ex.error().type())) {
                throw failure("create the index " + this.index, ex);
            }
        }
        catch (IOException ex) {
            throw failure("create the index " + this.index, ex);
        }
    }

    private void bulk(String what, List<BulkOperation> operations) {
        BulkResponse response = call(what,
                () -> this.client.bulk((b) -> b.refresh(Refresh.WaitFor).operations(operations)));
        if (response.errors()) {
            BulkResponseItem failed = response.items()
                .stream()
                .filter((item) -> item.error() != null)
                .findFirst()
                .get();
            throw new IllegalStateException("Elasticsearch could not " + what + " in " + this.index + ": document "
                    + failed.id() + ": " + failed.error().type() + ": " + failed.error().reason());
        }
    }

    private static IndexTemplateMapping template() {
        try (InputStream json = ElasticsearchSearchIndex.class.getClassLoader()
            .getResourceAsStream(TEMPLATE_RESOURCE)) {
            if (json == null) {
                throw new IllegalStateException(TEMPLATE_RESOURCE + " is missing from the classpath");
            }
            return IndexTemplateMapping.of((m) -> m.withJson(json));
        }
        catch (IOException ex) {
            throw new UncheckedIOException("Could not read " + TEMPLATE_RESOURCE, ex);
        }
    }

    private <T> T call(String what, Request<T> request) {
        try {
            return request.send();
        }
        catch (ElasticsearchException | IOException ex) {
            throw failure(what, ex);
        }
    }

    private static IllegalStateException failure(String what, Exception cause) {
        return new IllegalStateException("Elasticsearch could not " + what + ": " + cause.getMessage()
                + " (check scaffold.search.elasticsearch.uris and that the cluster is up)", cause);
    }

    @FunctionalInterface
    private interface Request<T> {

        T send() throws IOException;

    }

    /** A document as stored in the index. */
    record Source(String type, @JsonProperty("run_id") String runId, String organization, String title, String body,
            String phase, List<String> entities, Map<String, String> keywords, String at) {

        static Source of(SearchDocument document) {
            Map<String, String> keywords = new TreeMap<>();
            document.keywords().forEach((keyword, value) -> keywords.put(keyword.name(), value));
            return new Source(document.type().name(), document.runId().toString(), document.organization(),
                    document.title(), document.body(), document.phase(), List.copyOf(document.entities()), keywords,
                    (document.at() != null) ? document.at().toString() : null);
        }

    }

}
