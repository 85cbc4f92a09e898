package io.scaffold.orchestrator.runtime.embedded;

import io.camunda.zeebe.process.test.api.RecordStreamSource;
import io.camunda.zeebe.protocol.record.ImmutableRecord;
import io.camunda.zeebe.protocol.record.Record;
import io.camunda.zeebe.protocol.record.RecordValue;
import io.camunda.zeebe.protocol.record.RecordType;
import io.camunda.zeebe.protocol.record.ValueType;
import io.camunda.zeebe.protocol.record.intent.ProcessInstanceIntent;
import io.camunda.zeebe.protocol.record.intent.UserTaskIntent;
import io.camunda.zeebe.protocol.record.intent.VariableIntent;
import io.camunda.zeebe.protocol.record.value.BpmnElementType;
import io.camunda.zeebe.protocol.record.value.ImmutableIncidentRecordValue;
import io.camunda.zeebe.protocol.record.value.ImmutableProcessInstanceRecordValue;
import io.camunda.zeebe.protocol.record.value.ImmutableUserTaskRecordValue;
import io.camunda.zeebe.protocol.record.value.ImmutableVariableRecordValue;
import io.camunda.zeebe.protocol.record.value.IncidentRecordValue;
import io.camunda.zeebe.protocol.record.value.ProcessInstanceRecordValue;
import io.camunda.zeebe.protocol.record.value.UserTaskRecordValue;
import io.camunda.zeebe.protocol.record.value.VariableRecordValue;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The embedded engine's records that the console and the run's readers need, in log
 * order, safe to read from several threads at once (every reader gets a snapshot taken
 * under one lock), and bounded: the engine's own copies are freed as they are read
 * ({@link EngineLog}).
 * <p>
 * Kept are the records the element instance, incident, user task and deployment readers
 * of this package look at: element states (activating, completed, terminated), incidents,
 * user tasks, root-scope variables and deployed processes. When a process instance ends,
 * its variables and user tasks go, and of each of its elements only the final state
 * stays: what the diagram of a finished run shows. What a finished run leaves behind is a
 * few hundred bytes per element it ran, not the engine's whole log. The records are read
 * every {@code interval} even when nobody asks, so the engine's log is freed on an idle
 * console too.
 */
final class EngineRecords implements RecordStreamSource, AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(EngineRecords.class);

    private final EngineLog engine;

    private final List<Record<?>> kept = new ArrayList<>();

    private final ScheduledExecutorService reader;

    EngineRecords(EngineLog engine, Duration interval) {
        this.engine = engine;
        this.reader = Executors
            .newSingleThreadScheduledExecutor(Thread.ofPlatform().name("engine-records").daemon().factory());
        reader.scheduleWithFixedDelay(this::readQuietly, interval.toMillis(), interval.toMillis(),
                TimeUnit.MILLISECONDS);
    }

    @Override
    public synchronized List<Record<?>> getRecords() {
        read();
        return List.copyOf(kept);
    }

    /** How many records are kept now. */
    synchronized int kept() {
        return kept.size();
    }

    @Override
    public void close() {
        reader.shutdownNow();
    }

    private void readQuietly() {
        try {
            synchronized (this) {
                read();
            }
        }
        catch (Exception e) { // the engine's futures throw checked exceptions unchecked
            // A periodic task that throws is never run again: it must not.
            log.warn("Could not read the embedded engine's new records; the next read tries again", e);
        }
    }

    private void read() {
        List<Record<?>> fresh = engine.drain();
        Set<Long> ended = new HashSet<>();
        for (Record<?> record : fresh) {
            if (record.getRecordType() != RecordType.EVENT) {
                continue;
            }
            if (isKept(record)) {
                kept.add(compact(record));
            }
            if (isProcessEnd(record)) {
                ended.add(record.getKey());
            }
        }
        if (!ended.isEmpty()) {
            kept.removeIf(record -> isSpentOnEnd(record, ended));
        }
        engine.trim();
    }

    private static boolean isKept(Record<?> record) {
        return switch (record.getValueType()) {
            case PROCESS, INCIDENT -> true;
            case PROCESS_INSTANCE -> isElementState((ProcessInstanceIntent) record.getIntent())
                    && ((ProcessInstanceRecordValue) record.getValue())
                        .getBpmnElementType() != BpmnElementType.MULTI_INSTANCE_BODY;
            case USER_TASK -> record.getIntent() == UserTaskIntent.CREATED
                    || record.getIntent() == UserTaskIntent.COMPLETED || record.getIntent() == UserTaskIntent.CANCELED;
            case VARIABLE ->
                (record.getIntent() == VariableIntent.CREATED || record.getIntent() == VariableIntent.UPDATED)
                        && record.getValue() instanceof VariableRecordValue variable
                        && variable.getScopeKey() == variable.getProcessInstanceKey();
            default -> false;
        };
    }

    /**
     * The record with its value copied out of the engine's decoded form (msgpack buffers,
     * several KiB a record) into plain fields; deployments stay as they are (few, and
     * their readers need the resource).
     */
    @SuppressWarnings({ "unchecked", "rawtypes" })
    private static Record<?> compact(Record<?> record) {
        RecordValue value = switch (record.getValue()) {
            case ProcessInstanceRecordValue element -> ImmutableProcessInstanceRecordValue.copyOf(element);
            case IncidentRecordValue incident -> ImmutableIncidentRecordValue.copyOf(incident);
            case UserTaskRecordValue task -> ImmutableUserTaskRecordValue.copyOf(task);
            case VariableRecordValue variable -> ImmutableVariableRecordValue.copyOf(variable);
            default -> null;
        };
        return value == null ? record : ImmutableRecord.builder().from((Record) record).withValue(value).build();
    }

    private static boolean isElementState(ProcessInstanceIntent intent) {
        return intent == ProcessInstanceIntent.ELEMENT_ACTIVATING || intent == ProcessInstanceIntent.ELEMENT_COMPLETED
                || intent == ProcessInstanceIntent.ELEMENT_TERMINATED;
    }

    private static boolean isProcessEnd(Record<?> record) {
        return record.getValueType() == ValueType.PROCESS_INSTANCE
                && record.getValue() instanceof ProcessInstanceRecordValue value
                && value.getBpmnElementType() == BpmnElementType.PROCESS
                && (record.getIntent() == ProcessInstanceIntent.ELEMENT_COMPLETED
                        || record.getIntent() == ProcessInstanceIntent.ELEMENT_TERMINATED);
    }

    /**
     * A record of an ended instance that no reader needs any more: its variables, its
     * user tasks, and the activation of an element (the element's final state is kept).
     */
    private static boolean isSpentOnEnd(Record<?> record, Set<Long> ended) {
        return switch (record.getValue()) {
            case VariableRecordValue variable -> ended.contains(variable.getProcessInstanceKey());
            case UserTaskRecordValue task -> ended.contains(task.getProcessInstanceKey());
            case ProcessInstanceRecordValue element -> ended.contains(element.getProcessInstanceKey())
                    && element.getBpmnElementType() != BpmnElementType.PROCESS
                    && record.getIntent() == ProcessInstanceIntent.ELEMENT_ACTIVATING;
            default -> false;
        };
    }

}
