package io.scaffold.orchestrator.runtime.embedded;

import io.camunda.zeebe.process.test.api.RecordStreamSource;
import io.camunda.zeebe.protocol.record.Record;
import java.util.ArrayList;
import java.util.ConcurrentModificationException;
import java.util.List;

/**
 * The embedded engine's records as a snapshot the readers of this package iterate safely.
 * The engine appends to the list it hands out while a request reads it, and an iteration
 * that overlaps an append fails with a {@link ConcurrentModificationException} (the
 * console's diagram requests during a run met it as 500s): the copy is taken again until
 * one pass completes.
 */
final class EngineRecords implements RecordStreamSource {

    static final int MAX_ATTEMPTS = 50;

    private final RecordStreamSource engine;

    EngineRecords(RecordStreamSource engine) {
        this.engine = engine;
    }

    @Override
    public Iterable<Record<?>> getRecords() {
        for (int attempt = 1;; attempt++) {
            try {
                List<Record<?>> snapshot = new ArrayList<>();
                this.engine.getRecords().forEach(snapshot::add);
                return snapshot;
            }
            catch (ConcurrentModificationException e) {
                if (attempt == MAX_ATTEMPTS) {
                    throw new IllegalStateException("the embedded engine appended records during each of "
                            + MAX_ATTEMPTS + " attempts to read them", e);
                }
            }
        }
    }

}
