package io.scaffold.orchestrator.search;

import io.scaffold.orchestrator.artifacts.DomainModels;
import io.scaffold.orchestrator.domain.DomainModel;
import io.scaffold.orchestrator.runs.Run;
import io.scaffold.orchestrator.runs.RunEvent;
import io.scaffold.orchestrator.runs.RunRepository;
import jakarta.annotation.PreDestroy;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Keeps the search index up to date from the event log: each event of a run, published
 * once its transaction committed (the hook the console's live stream uses too), marks the
 * run for indexing; one background thread re-indexes marked runs, several events of a run
 * coalescing into one pass. A run is never slowed or failed by indexing: a failed write
 * is logged and left for the next event of the run or a rebuild ({@link #rebuild()}).
 */
@Component
public class SearchIndexer {

    private static final Logger log = LoggerFactory.getLogger(SearchIndexer.class);

    private static final Duration DRAIN_GRACE = Duration.ofSeconds(10);

    private final SearchIndex index;

    private final SearchDocumentBuilders builders;

    private final RunRepository runs;

    private final DomainModels models;

    private final JdbcClient jdbc;

    private final Set<UUID> pending = ConcurrentHashMap.newKeySet();

    private final ExecutorService worker = Executors
        .newSingleThreadExecutor(Thread.ofPlatform().name("search-indexer").daemon().factory());

    SearchIndexer(SearchIndex index, SearchDocumentBuilders builders, RunRepository runs, DomainModels models,
            JdbcClient jdbc) {
        this.index = index;
        this.builders = builders;
        this.runs = runs;
        this.models = models;
        this.jdbc = jdbc;
    }

    @EventListener
    void recorded(RunEvent event) {
        if (pending.add(event.runId())) {
            worker.execute(() -> {
                pending.remove(event.runId());
                try {
                    indexRun(event.runId());
                }
                catch (RuntimeException e) {
                    log.warn(
                            "Search index of run {} not updated ({}); it is retried at the run's next event, or "
                                    + "rebuild it with POST /api/v1/admin/reindex or ./scaffold reindex",
                            event.runId(), e.toString());
                }
            });
        }
    }

    /** Indexes every document of the run now; returns how many. */
    public int indexRun(UUID runId) {
        Optional<Run> run = runs.find(runId);
        if (run.isEmpty()) {
            index.deleteRun(runId);
            return 0;
        }
        List<SearchDocument> documents = builders.build(run.get(), model(runId));
        index.index(documents);
        return documents.size();
    }

    /**
     * Rebuilds the whole index from PostgreSQL: empties it, then indexes every run.
     * @return the number of documents indexed
     */
    public Rebuild rebuild() {
        long started = System.nanoTime();
        index.clear();
        List<UUID> ids = jdbc.sql("select id from runs order by created_at").query(UUID.class).list();
        int documents = 0;
        for (UUID id : ids) {
            documents += indexRun(id);
        }
        return new Rebuild(ids.size(), documents, TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started));
    }

    private Optional<DomainModel> model(UUID runId) {
        try {
            return Optional.of(models.load(runId));
        }
        catch (IllegalStateException noModelYet) {
            return Optional.empty();
        }
    }

    /** What a rebuild did. */
    public record Rebuild(int runs, int documents, long millis) {
    }

    /**
     * Lets the passes already asked for finish before the database closes, so that a
     * run's last events (its completion) reach the index; a pass still busy after the
     * grace time is abandoned, as any failed write is.
     */
    @PreDestroy
    void shutdown() throws InterruptedException {
        worker.shutdown();
        if (!worker.awaitTermination(DRAIN_GRACE.toMillis(), TimeUnit.MILLISECONDS)) {
            log.warn("Search index passes still running after {} at shutdown were abandoned; ./scaffold reindex "
                    + "rebuilds the index", DRAIN_GRACE);
            worker.shutdownNow();
        }
    }

}
