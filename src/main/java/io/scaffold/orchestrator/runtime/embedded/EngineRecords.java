package io.scaffold.orchestrator.runtime.embedded;

import io.camunda.zeebe.process.test.api.RecordStreamSource;
import io.camunda.zeebe.protocol.record.Record;
import java.util.ArrayList;
import java.util.List;

/**
 * The embedded engine's record stream, safe to read from several threads at once.
 * zeebe-process-test appends new records to the list it hands out on every read, without
 * a lock, so a request iterating it while another request reads (the console asks for the
 * diagram and the open tasks together) fails with a ConcurrentModificationException.
 * Every reader here gets a snapshot taken under one lock instead.
 */
final class EngineRecords implements RecordStreamSource {

    private final RecordStreamSource engine;

    EngineRecords(RecordStreamSource engine) {
        this.engine = engine;
    }

    @Override
    public synchronized List<Record<?>> getRecords() {
        List<Record<?>> snapshot = new ArrayList<>();
        engine.getRecords().forEach(snapshot::add);
        return snapshot;
    }

}
