package io.scaffold.orchestrator.bench;

import io.scaffold.orchestrator.domain.DomainModel;
import io.scaffold.orchestrator.domain.Entity;
import io.scaffold.orchestrator.generation.GeneratedFile;
import io.scaffold.orchestrator.generation.GenerationContext;
import io.scaffold.orchestrator.search.ElasticsearchNode;
import io.scaffold.orchestrator.search.ElasticsearchSearchIndex;
import io.scaffold.orchestrator.search.SearchDocument;
import io.scaffold.orchestrator.search.SearchDocumentType;
import io.scaffold.orchestrator.search.SearchKeyword;
import io.scaffold.orchestrator.search.SearchQuery;
import io.scaffold.orchestrator.search.SearchResult;
import io.scaffold.orchestrator.spec.SpecOptions;
import io.scaffold.orchestrator.spec.SpecReader;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.elasticsearch.Build;

/**
 * {@code ElasticsearchSearchBenchmark ARTIFACTS QUERIES SPEC...}: the Elasticsearch
 * adapter on the in-JVM Elasticsearch 8 node, over HTTP with the official client as the
 * application uses it. Indexes ARTIFACTS artifact documents: the real generated files of
 * the given specs (every generator, as a run writes them), one simulated run per spec
 * after another, spread over three organisations, in batches of 500. Then runs QUERIES
 * searches (after a fifth as many for warm-up) of one organisation, page size 20, with
 * highlights and facets: an entity name, a part of an identifier, two words, and with a
 * type or phase filter. Prints the indexing rate and search p50/p95/max with the load
 * average.
 */
public final class ElasticsearchSearchBenchmark {

    private static final List<String> ORGANIZATIONS = List.of("acme", "globex", "initech");

    private static final int BATCH = 500;

    private static final List<String> PARTS = List.of("repository", "service", "resource", "controller", "test",
            "migration", "mapper", "dto");

    private ElasticsearchSearchBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int artifacts = Integer.parseInt(args[0]);
        int queries = Integer.parseInt(args[1]);
        List<Project> projects = new ArrayList<>();
        for (int i = 2; i < args.length; i++) {
            projects.add(Project.of(Path.of(args[i])));
        }
        System.out.printf("  JVM %s, %d processors, load average at start %s%n", Runtime.version(),
                Runtime.getRuntime().availableProcessors(), loadAverage());

        long started = System.nanoTime();
        ElasticsearchNode node = ElasticsearchNode.get();
        System.out.printf("  Elasticsearch %s node in the JVM started in %.0f ms%n", Build.current().version(),
                (System.nanoTime() - started) / 1e6);
        ElasticsearchSearchIndex index = new ElasticsearchSearchIndex(node.client(), "scaffold-search-bench");
        index.prepare();
        index.clear();

        System.out.println("== Indexing " + artifacts + " artifacts of " + projects.size() + " specs");
        List<SearchDocument> batch = new ArrayList<>();
        List<Double> batchMillis = new ArrayList<>();
        int indexed = 0;
        int runs = 0;
        long indexingStart = System.nanoTime();
        while (indexed < artifacts) {
            Project project = projects.get(runs % projects.size());
            UUID run = UUID.randomUUID();
            String organization = ORGANIZATIONS.get(runs % ORGANIZATIONS.size());
            runs++;
            for (PhaseFile file : project.files()) {
                if (indexed == artifacts) {
                    break;
                }
                batch.add(document(run, organization, file, project.entities()));
                indexed++;
                if (batch.size() == BATCH || indexed == artifacts) {
                    long start = System.nanoTime();
                    index.index(batch);
                    batchMillis.add((System.nanoTime() - start) / 1e6);
                    batch.clear();
                }
            }
        }
        double indexingSeconds = (System.nanoTime() - indexingStart) / 1e9;
        System.out.printf("  %d artifacts of %d runs in %.1f s (%.0f documents/s)%n", indexed, runs, indexingSeconds,
                indexed / indexingSeconds);
        System.out.println("  one batch of " + BATCH + " (refresh=wait_for)       " + Percentiles.of(batchMillis));

        List<String> entities = projects.stream()
            .flatMap((project) -> project.entities().stream())
            .distinct()
            .sorted()
            .toList();
        Random random = new Random(42);
        System.out.println("== " + queries + " searches after " + queries / 5 + " warm-up searches, page size 20, "
                + "highlights and facets, one organisation each");
        List<Double> millis = new ArrayList<>();
        long hits = 0;
        for (int i = 0; i < queries / 5 + queries; i++) {
            SearchQuery query = query(random, entities);
            long start = System.nanoTime();
            SearchResult result = index.search(query);
            double ms = (System.nanoTime() - start) / 1e6;
            if (i >= queries / 5) {
                millis.add(ms);
                hits += result.total();
            }
        }
        System.out.println("  search                                  " + Percentiles.of(millis));
        System.out.printf("  mean matches per search %.0f; load average at end %s%n", (double) hits / queries,
                loadAverage());
        System.exit(0);
    }

    private static SearchQuery query(Random random, List<String> entities) {
        String organization = ORGANIZATIONS.get(random.nextInt(ORGANIZATIONS.size()));
        String entity = entities.get(random.nextInt(entities.size()));
        String part = PARTS.get(random.nextInt(PARTS.size()));
        return switch (random.nextInt(4)) {
            case 0 -> new SearchQuery(entity, organization, Set.of(), null, null, 0, 20);
            case 1 -> new SearchQuery(part, organization, Set.of(), null, null, random.nextInt(3), 20);
            case 2 -> new SearchQuery(entity + " " + part, organization, Set.of(), null, null, 0, 20);
            default -> new SearchQuery(entity, organization, Set.of(SearchDocumentType.ARTIFACT), "implementation",
                    null, 0, 20);
        };
    }

    private static SearchDocument document(UUID run, String organization, PhaseFile file, List<String> entities) {
        Set<String> concerned = entities.stream()
            .filter((entity) -> file.file().path().contains(entity) || file.file().content().contains(entity))
            .collect(Collectors.toSet());
        return new SearchDocument("artifact:" + run + ":" + file.file().path(), SearchDocumentType.ARTIFACT, run,
                organization, file.file().path(), file.file().content(), file.phase(), concerned,
                Map.of(SearchKeyword.ARTIFACT_TYPE, file.file().type()), Instant.now());
    }

    private static String loadAverage() throws Exception {
        return Files.readString(Path.of("/proc/loadavg")).trim().replaceFirst("^(\\S+ \\S+ \\S+).*", "$1") + " ("
                + ManagementFactory.getOperatingSystemMXBean().getAvailableProcessors() + " cores)";
    }

    private record PhaseFile(String phase, GeneratedFile file) {
    }

    private record Project(List<PhaseFile> files, List<String> entities) {

        static Project of(Path spec) {
            DomainModel model = new SpecReader().read(spec, SpecOptions.DEFAULTS);
            GenerationContext context = GenerationContext.defaults();
            List<PhaseFile> files = new ArrayList<>();
            GenerationBenchmark.GENERATORS.forEach((generator) -> generator.generate(model, context)
                .forEach((file) -> files.add(new PhaseFile(generator.phaseId(), file))));
            return new Project(files, model.entities().stream().map(Entity::name).map((n) -> n.original()).toList());
        }

    }

}
