package io.scaffold.orchestrator.runtime.embedded;

import io.camunda.zeebe.process.test.api.RecordStreamSource;
import io.camunda.zeebe.process.test.api.ZeebeTestEngine;
import io.camunda.zeebe.protocol.record.Record;
import io.camunda.zeebe.scheduler.future.ActorFuture;
import io.camunda.zeebe.stream.impl.StreamProcessor;
import java.lang.reflect.Field;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;

/**
 * The parts of zeebe-process-test's engine that hold every record it ever wrote, and the
 * means to let go of them. The engine keeps its log (one buffer per appended batch) and
 * the records its record stream has read (one decoded copy each) in memory and never
 * frees either: about 1 MiB of heap per scaffold run. Neither is reachable through the
 * engine's API, so this class reads the fields of the pinned version (8.8.x) and fails at
 * start, naming the field, when a new version has changed them.
 * <p>
 * {@link #drain()} hands over the records written since the last call and forgets the
 * engine's copies; {@link #trim()} replaces the log batches below a position that both
 * the stream processor and the record stream have passed with an empty buffer. Batches
 * are replaced, not removed, because the log finds a batch by its index in the list; the
 * batch holding the position is kept, because the record stream seeks to it.
 */
final class EngineLog {

    private static final ByteBuffer TRIMMED = ByteBuffer.allocate(0);

    private static final int HALF_APPENDED_RETRIES = 1000;

    private final RecordStreamSource recordStream;

    private final List<Record<?>> decoded;

    private final Object decodeLock;

    private final StreamProcessor streamProcessor;

    private final List<ByteBuffer> batches;

    private final NavigableMap<Long, Integer> batchByLowestPosition;

    private long trimmedBatches;

    private ActorFuture<Long> pendingProcessed;

    private long processed = -1;

    private long readPosition = -1;

    EngineLog(ZeebeTestEngine engine) {
        this.recordStream = engine.getRecordStreamSource();
        this.decoded = field(recordStream, "records");
        this.decodeLock = field(recordStream, "logStreamReader");
        this.streamProcessor = field(engine, "streamProcessor");
        Object storage = field(field(engine, "logStream"), "logStorage");
        this.batches = field(storage, "logEntries");
        this.batchByLowestPosition = field(storage, "positionIndexMapping");
    }

    /**
     * The records the engine wrote since the last call, in log order; the record stream
     * keeps none of them.
     */
    List<Record<?>> drain() {
        readToTheEnd();
        synchronized (decodeLock) {
            List<Record<?>> fresh = new ArrayList<>(decoded);
            decoded.clear();
            if (!fresh.isEmpty()) {
                readPosition = fresh.getLast().getPosition();
            }
            return fresh;
        }
    }

    /**
     * Reads the log up to its end into {@code decoded}. The engine's log is a plain list
     * its thread appends to: read from this thread, the list's new size can be seen
     * before its new batch, which then reads as null or out of bounds (a
     * NullPointerException or IndexOutOfBoundsException in the engine's reader). The
     * record stream keeps what it read before and resumes after it, so the read is tried
     * again once the append is visible.
     */
    private void readToTheEnd() {
        for (int attempt = 1;; attempt++) {
            try {
                recordStream.getRecords();
                return;
            }
            catch (NullPointerException | IndexOutOfBoundsException halfAppended) {
                if (attempt == HALF_APPENDED_RETRIES) {
                    throw halfAppended;
                }
                Thread.onSpinWait();
                Thread.yield();
            }
        }
    }

    /**
     * Frees the log batches wholly below the last position {@link #drain()} returned that
     * the stream processor has processed as well. Never waits for the stream processor
     * (busy, it answers late): its processed position is asked for here and used at the
     * next call, older but never too high.
     */
    void trim() {
        if (pendingProcessed != null && pendingProcessed.isDone()) {
            processed = pendingProcessed.join();
            pendingProcessed = null;
        }
        if (pendingProcessed == null) {
            pendingProcessed = streamProcessor.getLastProcessedPositionAsync();
        }
        long position = Math.min(readPosition, processed);
        Map.Entry<Long, Integer> keep = batchByLowestPosition.lowerEntry(position);
        if (keep == null) {
            return;
        }
        NavigableMap<Long, Integer> below = batchByLowestPosition.headMap(keep.getKey(), false);
        // The engine's thread appends to the list meanwhile; set() on an index below its
        // size never moves an element, at worst a batch stays when the list grows at
        // once.
        for (Integer index : below.values()) {
            batches.set(index - 1, TRIMMED);
            trimmedBatches++;
        }
        below.clear();
    }

    /** How many log batches were freed so far. */
    long trimmedBatches() {
        return trimmedBatches;
    }

    /** The bytes the log's batches still hold. */
    long retainedBytes() {
        long bytes = 0;
        for (Object batch : batches.toArray()) { // a copy: the engine appends meanwhile
            if (batch != null) {
                bytes += ((ByteBuffer) batch).capacity();
            }
        }
        return bytes;
    }

    @SuppressWarnings("unchecked")
    private static <T> T field(Object owner, String name) {
        for (Class<?> type = owner.getClass(); type != null; type = type.getSuperclass()) {
            try {
                Field field = type.getDeclaredField(name);
                field.setAccessible(true);
                return (T) field.get(owner);
            }
            catch (NoSuchFieldException e) {
                // look in the superclass
            }
            catch (IllegalAccessException e) {
                throw new IllegalStateException(access(owner, name), e);
            }
        }
        throw new IllegalStateException(access(owner, name));
    }

    private static String access(Object owner, String name) {
        return "The embedded engine's " + owner.getClass().getName() + " has no readable field '" + name
                + "': EngineLog frees the engine's records through the internals of zeebe-process-test 8.8; "
                + "a new version of it needs EngineLog updated to its fields.";
    }

}
