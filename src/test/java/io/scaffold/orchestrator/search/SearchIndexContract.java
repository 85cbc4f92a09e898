package io.scaffold.orchestrator.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The behaviour every {@link SearchIndex} adapter must have. A concrete subclass provides
 * the adapter, started on a real store, and makes writes visible to searches.
 */
public abstract class SearchIndexContract {

    protected static final String ACME = "acme";

    protected static final String GLOBEX = "globex";

    private static final Instant AT = Instant.parse("2026-11-30T12:00:00Z");

    /** The adapter under test, on a real store. */
    protected abstract SearchIndex index();

    /** Makes every write so far visible to searches (e.g. an index refresh). */
    protected void refresh() {
    }

    @BeforeEach
    void startEmpty() {
        index().clear();
        refresh();
    }

    @Test
    void indexingTheSameIdAgainReplacesTheDocument() {
        UUID run = UUID.randomUUID();
        index(artifact("a1", run, ACME, "README.md", "first version mentions giraffe"));
        index(artifact("a1", run, ACME, "README.md", "second version mentions elephant"));

        assertThat(search("giraffe").total()).isZero();
        SearchResult result = search("elephant");
        assertThat(result.total()).isEqualTo(1);
        assertThat(result.hits()).extracting(SearchHit::id).containsExactly("a1");
    }

    @ParameterizedTest
    @ValueSource(
            strings = { "leave", "request", "service", "LeaveRequestService", "leaverequestservice", "Leave Request" })
    void identifiersAreFoundByTheirParts(String text) {
        UUID run = UUID.randomUUID();
        index(artifact("a1", run, ACME, "src/main/java/com/acme/hr/LeaveRequestService.java",
                "public class LeaveRequestService { private final leave_balance_repository repo; }"));
        index(artifact("a2", run, ACME, "src/main/java/com/acme/hr/Employee.java", "public class Employee { }"));

        SearchResult result = search(text);

        assertThat(result.hits()).extracting(SearchHit::id).containsExactly("a1");
    }

    @Test
    void snakeCaseAndPathSegmentsAreFoundByTheirParts() {
        UUID run = UUID.randomUUID();
        index(artifact("a1", run, ACME, "src/main/resources/db/changelog/invoice_line.sql",
                "create table invoice_line (unit_price numeric)"));

        assertThat(search("changelog").hits()).extracting(SearchHit::id).containsExactly("a1");
        assertThat(search("price").hits()).extracting(SearchHit::id).containsExactly("a1");
        assertThat(search("invoice_line").hits()).extracting(SearchHit::id).containsExactly("a1");
    }

    @Test
    void hitsCarryTheDocumentsAttributes() {
        UUID run = UUID.randomUUID();
        index(new SearchDocument("f1", SearchDocumentType.FINDING, run, ACME, "DOMAIN-007 Invoice has no amount",
                "Add an amount field", "domain-analysis", Set.of("Invoice"),
                Map.of(SearchKeyword.RULE_ID, "DOMAIN-007", SearchKeyword.SEVERITY, "MAJOR"), AT));

        SearchHit hit = search("amount").hits().getFirst();

        assertThat(hit.id()).isEqualTo("f1");
        assertThat(hit.type()).isEqualTo(SearchDocumentType.FINDING);
        assertThat(hit.runId()).isEqualTo(run);
        assertThat(hit.title()).isEqualTo("DOMAIN-007 Invoice has no amount");
        assertThat(hit.phase()).isEqualTo("domain-analysis");
    }

    @Test
    void highlightsAreHtmlEscapedAndMarkTheMatches() {
        UUID run = UUID.randomUUID();
        index(artifact("a1", run, ACME, "src/main/webapp/invoice.html",
                "<div class=\"x\">Invoice & <b>total</b> 'due'</div><script>alert(1)</script>"));

        SearchHit hit = search("invoice").hits().getFirst();

        assertThat(hit.highlights()).isNotEmpty();
        String joined = String.join(" ", hit.highlights());
        assertThat(joined).contains("<mark>").containsIgnoringCase("<mark>invoice</mark>");
        String withoutMarks = joined.replace("<mark>", "").replace("</mark>", "");
        assertThat(withoutMarks).doesNotContain("<").doesNotContain(">");
        assertThat(joined).doesNotContain("<script>").doesNotContain("<b>").doesNotContain("<div");
        assertThat(withoutMarks).contains("&lt;");
    }

    @Test
    void filtersByTypePhaseAndEntity() {
        UUID run = UUID.randomUUID();
        index(new SearchDocument("a1", SearchDocumentType.ARTIFACT, run, ACME, "Invoice.java", "invoice entity",
                "implementation", Set.of("Invoice"), Map.of(), AT));
        index(new SearchDocument("f1", SearchDocumentType.FINDING, run, ACME, "Invoice finding",
                "invoice lacks a total", "domain-analysis", Set.of("Invoice"), Map.of(), AT));
        index(new SearchDocument("d1", SearchDocumentType.DECISION, run, ACME, "Customer display field",
                "invoice number chosen", "domain-analysis", Set.of("Customer"), Map.of(), AT));

        assertThat(ids(query("invoice").types(SearchDocumentType.FINDING, SearchDocumentType.DECISION)))
            .containsExactlyInAnyOrder("f1", "d1");
        assertThat(ids(query("invoice").phase("domain-analysis"))).containsExactlyInAnyOrder("f1", "d1");
        assertThat(ids(query("invoice").entity("Invoice"))).containsExactlyInAnyOrder("a1", "f1");
        assertThat(ids(query("invoice").phase("domain-analysis").entity("Customer"))).containsExactly("d1");
        assertThat(ids(query("invoice").phase("no-such-phase"))).isEmpty();
    }

    @Test
    void facetsCountAllMatchesNotOnlyThePage() {
        UUID run = UUID.randomUUID();
        index(new SearchDocument("a1", SearchDocumentType.ARTIFACT, run, ACME, "Invoice.java", "invoice",
                "implementation", Set.of("Invoice"), Map.of(), AT));
        index(new SearchDocument("a2", SearchDocumentType.ARTIFACT, run, ACME, "InvoiceLine.java", "invoice line",
                "implementation", Set.of("Invoice", "InvoiceLine"), Map.of(), AT));
        index(new SearchDocument("f1", SearchDocumentType.FINDING, run, ACME, "Invoice finding", "invoice",
                "domain-analysis", Set.of("Invoice"), Map.of(), AT));
        index(new SearchDocument("x1", SearchDocumentType.ARTIFACT, run, ACME, "Other.java", "unrelated words",
                "implementation", Set.of("Other"), Map.of(), AT));

        SearchResult result = search(query("invoice").size(1));

        assertThat(result.hits()).hasSize(1);
        assertThat(result.total()).isEqualTo(3);
        assertThat(result.facets().get(SearchFacet.TYPE)).containsExactlyInAnyOrderEntriesOf(
                Map.of(SearchDocumentType.ARTIFACT.name(), 2L, SearchDocumentType.FINDING.name(), 1L));
        assertThat(result.facets().get(SearchFacet.PHASE))
            .containsExactlyInAnyOrderEntriesOf(Map.of("implementation", 2L, "domain-analysis", 1L));
        assertThat(result.facets().get(SearchFacet.ENTITY))
            .containsExactlyInAnyOrderEntriesOf(Map.of("Invoice", 3L, "InvoiceLine", 1L));
    }

    @Test
    void pagesThroughAllMatchesWithTheTotal() {
        UUID run = UUID.randomUUID();
        List<SearchDocument> documents = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            documents.add(artifact("a" + i, run, ACME, "File" + i + ".java", "customer number " + i));
        }
        index(documents.toArray(SearchDocument[]::new));

        Set<String> seen = new HashSet<>();
        int[] expectedSizes = { 2, 2, 1, 0 };
        for (int page = 0; page < expectedSizes.length; page++) {
            SearchResult result = search(query("customer").page(page).size(2));
            assertThat(result.total()).isEqualTo(5);
            assertThat(result.hits()).hasSize(expectedSizes[page]);
            result.hits().forEach(hit -> assertThat(seen.add(hit.id())).as("hit %s on two pages", hit.id()).isTrue());
        }
        assertThat(seen).hasSize(5);
    }

    @Test
    void neverReturnsAnotherOrganisationsDocuments() {
        UUID acmeRun = UUID.randomUUID();
        UUID globexRun = UUID.randomUUID();
        index(artifact("acme-1", acmeRun, ACME, "Invoice.java", "invoice secret"));
        index(artifact("globex-1", globexRun, GLOBEX, "Invoice.java", "invoice secret"));

        SearchResult acme = search("invoice");
        SearchResult globex = search(new SearchQueryBuilder("invoice", GLOBEX));

        assertThat(acme.hits()).extracting(SearchHit::id).containsExactly("acme-1");
        assertThat(acme.total()).isEqualTo(1);
        assertThat(acme.facets().get(SearchFacet.TYPE)).containsExactlyEntriesOf(Map.of("ARTIFACT", 1L));
        assertThat(globex.hits()).extracting(SearchHit::id).containsExactly("globex-1");
        assertThat(search(new SearchQueryBuilder("invoice", "initech")).total()).isZero();
    }

    @Test
    void deleteRunRemovesOnlyThatRunsDocuments() {
        UUID gone = UUID.randomUUID();
        UUID kept = UUID.randomUUID();
        index(artifact("g1", gone, ACME, "A.java", "invoice"), artifact("g2", gone, ACME, "B.java", "invoice"),
                artifact("k1", kept, ACME, "C.java", "invoice"));

        index().deleteRun(gone);
        refresh();

        assertThat(search("invoice").hits()).extracting(SearchHit::id).containsExactly("k1");
    }

    @Test
    void clearRemovesEverything() {
        index(artifact("a1", UUID.randomUUID(), ACME, "A.java", "invoice"),
                artifact("b1", UUID.randomUUID(), GLOBEX, "B.java", "invoice"));

        index().clear();
        refresh();

        assertThat(search("invoice").total()).isZero();
        assertThat(search(new SearchQueryBuilder("invoice", GLOBEX)).total()).isZero();
    }

    @ParameterizedTest
    @ValueSource(strings = { "\"unbalanced", "invoice\" OR \"1\"=\"1", "' or 1=1 --", "invoice AND OR NOT (", "*:*",
            "title:secret", "organization:globex", "<script>alert(1)</script>", "\\", "invoice -", "!!! &&",
            "{\"match_all\":{}}", "a:b:c ) ( ] [", "'); drop table search_documents; --" })
    void hostileQueryTextNeitherFailsNorInjects(String text) {
        index(artifact("acme-1", UUID.randomUUID(), ACME, "Invoice.java", "invoice total"));
        index(artifact("globex-1", UUID.randomUUID(), GLOBEX, "Secret.java", "secret globex title"));

        assertThatCode(() -> search(text)).doesNotThrowAnyException();
        SearchResult result = search(text);

        assertThat(result.hits()).extracting(SearchHit::id).doesNotContain("globex-1");
        result.hits()
            .forEach(hit -> assertThat(String.join(" ", hit.highlights()).replace("<mark>", "").replace("</mark>", ""))
                .doesNotContain("<")
                .doesNotContain(">"));
        assertThat(search("invoice").hits()).extracting(SearchHit::id).containsExactly("acme-1");
    }

    @Test
    void blankTextFindsNothingAndDoesNotFail() {
        index(artifact("a1", UUID.randomUUID(), ACME, "A.java", "invoice"));

        assertThat(search("   ").total()).isZero();
        assertThat(search("").hits()).isEmpty();
    }

    // helpers

    protected void index(SearchDocument... documents) {
        index().index(List.of(documents));
        refresh();
    }

    protected static SearchDocument artifact(String id, UUID run, String organization, String path, String content) {
        return new SearchDocument(id, SearchDocumentType.ARTIFACT, run, organization, path, content, "implementation",
                Set.of(), Map.of(SearchKeyword.ARTIFACT_TYPE, "source"), AT);
    }

    private SearchResult search(String text) {
        return search(query(text));
    }

    private SearchResult search(SearchQueryBuilder query) {
        return index().search(query.build());
    }

    private List<String> ids(SearchQueryBuilder query) {
        return search(query).hits().stream().map(SearchHit::id).toList();
    }

    private static SearchQueryBuilder query(String text) {
        return new SearchQueryBuilder(text, ACME);
    }

    /** Builds queries of the organisation {@link #ACME} unless told otherwise. */
    protected static final class SearchQueryBuilder {

        private final String text;

        private final String organization;

        private Set<SearchDocumentType> types = Set.of();

        private String phase;

        private String entity;

        private int page;

        private int size = 20;

        SearchQueryBuilder(String text, String organization) {
            this.text = text;
            this.organization = organization;
        }

        SearchQueryBuilder types(SearchDocumentType... types) {
            this.types = Set.of(types);
            return this;
        }

        SearchQueryBuilder phase(String phase) {
            this.phase = phase;
            return this;
        }

        SearchQueryBuilder entity(String entity) {
            this.entity = entity;
            return this;
        }

        SearchQueryBuilder page(int page) {
            this.page = page;
            return this;
        }

        SearchQueryBuilder size(int size) {
            this.size = size;
            return this;
        }

        SearchQuery build() {
            return new SearchQuery(text, organization, types, phase, entity, page, size);
        }

    }

}
