package io.scaffold.orchestrator.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.scaffold.orchestrator.search.PostgresSearchIndex;
import io.scaffold.orchestrator.search.SearchDocument;
import io.scaffold.orchestrator.search.SearchDocumentType;
import io.scaffold.orchestrator.search.SearchIndex;
import io.scaffold.orchestrator.search.SearchKeyword;
import io.scaffold.orchestrator.search.SearchQuery;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.PrintStream;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import org.flywaydb.core.Flyway;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Search on 10,000 artifacts: indexes generated Java sources of 100 runs in two
 * organisations into an adapter, then times searches (entity names, identifier parts,
 * phrases, with and without filters). {@link #measure} takes any adapter; {@link #main}
 * runs it on the PostgreSQL adapter over embedded PostgreSQL with the real schema.
 */
public final class SearchBenchmark {

    static final int ARTIFACTS = 10_000;

    static final int RUNS = 100;

    private static final String[] ENTITIES = { "Invoice", "InvoiceLine", "Customer", "LeaveRequest", "Employee",
            "Department", "Product", "Order", "Shipment", "Payment", "Ticket", "Project", "Book", "Author", "Blog",
            "Post", "Comment", "Tag", "Supplier", "Warehouse" };

    private static final String[] SUFFIXES = { "", "Service", "Resource", "Repository", "Dto", "Mapper", "ServiceTest",
            "ResourceIT" };

    private static final String[] PHASES = { "domain-analysis", "data-design", "api-design", "implementation",
            "testing", "documentation" };

    private SearchBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        try (EmbeddedPostgres postgres = EmbeddedPostgres.builder().start()) {
            Flyway.configure().dataSource(postgres.getPostgresDatabase()).load().migrate();
            PostgresSearchIndex index = new PostgresSearchIndex(new JdbcTemplate(postgres.getPostgresDatabase()),
                    new ObjectMapper());
            measure("PostgreSQL (embedded, V9 schema)", index, () -> {
            }, System.out);
        }
    }

    /**
     * Indexes {@value #ARTIFACTS} artifacts into the adapter, makes them visible, then
     * prints search latencies next to the target.
     * @param refresh makes the writes visible (e.g. an index refresh)
     */
    public static void measure(String adapter, SearchIndex index, Runnable refresh, PrintStream out) {
        out.println("  adapter " + adapter + ", JVM " + Runtime.version() + ", "
                + Runtime.getRuntime().availableProcessors() + " processors, load average at start "
                + Machine.loadAverage());
        index.clear();
        Random random = new Random(42);
        List<SearchDocument> batch = new ArrayList<>();
        long indexStart = System.nanoTime();
        long chars = 0;
        for (int i = 0; i < ARTIFACTS; i++) {
            SearchDocument document = artifact(i, random);
            chars += document.body().length();
            batch.add(document);
            if (batch.size() == 500) {
                index.index(batch);
                batch.clear();
            }
        }
        index.index(batch);
        refresh.run();
        double indexSeconds = (System.nanoTime() - indexStart) / 1e9;
        out.printf("== Indexing%n  %d artifacts (%d runs, 2 organisations, %.1f MiB of text) in %.1f s: %.0f "
                + "documents/s%n", ARTIFACTS, RUNS, chars / 1048576.0, indexSeconds, ARTIFACTS / indexSeconds);

        List<SearchQuery> queries = queries(random);
        queries.stream().limit(30).forEach(index::search); // warm-up
        List<Double> all = new ArrayList<>();
        List<Double> filtered = new ArrayList<>();
        long hits = 0;
        for (SearchQuery query : queries) {
            long start = System.nanoTime();
            hits += index.search(query).total();
            double millis = (System.nanoTime() - start) / 1e6;
            all.add(millis);
            if (!query.types().isEmpty() || query.phase() != null || query.entity() != null) {
                filtered.add(millis);
            }
        }
        Percentiles percentiles = Percentiles.of(all);
        out.printf("== Search (%d queries after 30 warm-up, page of 20 with highlights and facets, %.0f matches "
                + "per query on average)%n", queries.size(), hits / (double) queries.size());
        out.println("  all queries                          " + percentiles);
        out.println("  with a type, phase or entity filter  " + Percentiles.of(filtered));
        out.printf("  target p95 <= 50 ms: %s (p95 %.1f ms)%n", percentiles.p95() <= 50 ? "met" : "NOT met",
                percentiles.p95());
        out.println("  load average at end " + Machine.loadAverage());
    }

    private static SearchDocument artifact(int i, Random random) {
        int run = i % RUNS;
        UUID runId = new UUID(0, run);
        String organization = run % 2 == 0 ? "acme" : "globex";
        String entity = ENTITIES[random.nextInt(ENTITIES.length)];
        String suffix = SUFFIXES[random.nextInt(SUFFIXES.length)];
        String className = entity + suffix;
        String path = "src/main/java/com/acme/app" + run + "/" + className + i + ".java";
        StringBuilder body = new StringBuilder("package com.acme.app").append(run)
            .append(";\n\nimport java.util.List;\n\n/** The ")
            .append(entity)
            .append(" of the application. */\npublic class ")
            .append(className)
            .append(" {\n");
        int members = 10 + random.nextInt(40);
        for (int m = 0; m < members; m++) {
            String other = ENTITIES[random.nextInt(ENTITIES.length)];
            body.append("    private final ")
                .append(other)
                .append("Repository ")
                .append(Character.toLowerCase(other.charAt(0)))
                .append(other.substring(1))
                .append("Repository")
                .append(m)
                .append(";\n    public List<")
                .append(other)
                .append("> find")
                .append(other)
                .append("By")
                .append(entity)
                .append("Id(Long ")
                .append(Character.toLowerCase(entity.charAt(0)))
                .append(entity.substring(1))
                .append("_id) { return null; }\n");
        }
        body.append("}\n");
        return new SearchDocument("artifact:" + runId + ":" + path, SearchDocumentType.ARTIFACT, runId, organization,
                path, body.toString(), PHASES[random.nextInt(PHASES.length)], Set.of(entity),
                Map.of(SearchKeyword.ARTIFACT_TYPE, "SOURCE"), Instant.now());
    }

    private static List<SearchQuery> queries(Random random) {
        List<SearchQuery> queries = new ArrayList<>();
        for (int i = 0; i < 300; i++) {
            String organization = i % 2 == 0 ? "acme" : "globex";
            String entity = ENTITIES[random.nextInt(ENTITIES.length)];
            String text = switch (i % 5) {
                case 0 -> entity;
                case 1 -> entity + SUFFIXES[1 + random.nextInt(SUFFIXES.length - 1)];
                case 2 -> entity.replaceAll("(?<=[a-z])(?=[A-Z])", " ").toLowerCase() + " repository";
                case 3 -> "\"find " + entity.toLowerCase() + "\"";
                default -> entity + " -" + ENTITIES[random.nextInt(ENTITIES.length)];
            };
            Set<SearchDocumentType> types = i % 3 == 0 ? Set.of(SearchDocumentType.ARTIFACT) : Set.of();
            String phase = i % 4 == 0 ? PHASES[random.nextInt(PHASES.length)] : null;
            String entityFilter = i % 7 == 0 ? entity : null;
            queries.add(new SearchQuery(text, organization, types, phase, entityFilter, i % 3, 20));
        }
        return queries;
    }

}
