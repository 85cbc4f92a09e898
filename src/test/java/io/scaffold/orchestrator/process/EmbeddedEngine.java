package io.scaffold.orchestrator.process;

import static org.assertj.core.api.Assertions.assertThat;

import io.camunda.zeebe.logstreams.log.LogAppendEntry;
import io.camunda.zeebe.logstreams.log.LogStream;
import io.camunda.zeebe.logstreams.log.LogStreamWriter;
import io.camunda.zeebe.logstreams.log.WriteContext;
import io.camunda.zeebe.protocol.impl.record.RecordMetadata;
import io.camunda.zeebe.protocol.impl.record.value.usertask.UserTaskRecord;
import io.camunda.zeebe.protocol.record.intent.UserTaskIntent;
import java.lang.reflect.Field;
import io.camunda.client.CamundaClient;
import io.camunda.zeebe.process.test.api.ZeebeTestEngine;
import io.camunda.zeebe.process.test.engine.EngineFactory;
import io.camunda.zeebe.protocol.record.Record;
import io.camunda.zeebe.protocol.record.RecordType;
import io.camunda.zeebe.protocol.record.ValueType;
import io.camunda.zeebe.protocol.record.intent.Intent;
import io.camunda.zeebe.protocol.record.value.ProcessInstanceRecordValue;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * One real Zeebe engine per test JVM with the process models deployed, and queries over
 * its records.
 */
final class EmbeddedEngine {

    static final ZeebeTestEngine ENGINE;
    static final CamundaClient CLIENT;

    static {
        ENGINE = EngineFactory.create();
        ENGINE.start();
        CLIENT = CamundaClient.newClientBuilder()
            .grpcAddress(URI.create("http://" + ENGINE.getGatewayAddress()))
            // The embedded engine has no REST gateway: a closed port makes any REST call
            // fail fast.
            .restAddress(URI.create("http://localhost:1"))
            .preferRestOverGrpc(false)
            .defaultJobWorkerStreamEnabled(true)
            .build();
        ProcessModels.deploy(CLIENT);
    }

    private EmbeddedEngine() {
    }

    static List<Record<?>> records() {
        var copy = new ArrayList<Record<?>>();
        ENGINE.getRecordStreamSource().getRecords().forEach(copy::add);
        return copy;
    }

    static Stream<Record<?>> events(ValueType type) {
        return records().stream().filter(r -> r.getRecordType() == RecordType.EVENT && r.getValueType() == type);
    }

    /** Process instance events of one element, in the order the engine wrote them. */
    @SuppressWarnings("unchecked")
    static Stream<Record<ProcessInstanceRecordValue>> elementEvents(long processInstanceKey, Intent intent) {
        return events(ValueType.PROCESS_INSTANCE).map(r -> (Record<ProcessInstanceRecordValue>) r)
            .filter(r -> r.getIntent() == intent && r.getValue().getProcessInstanceKey() == processInstanceKey);
    }

    /**
     * Does what Tasklist does when a person claims and completes a user task: the
     * engine's USER_TASK ASSIGN and COMPLETE commands. The embedded engine has no REST
     * gateway and its gRPC gateway no user task command, so they go onto its log stream
     * directly (zeebe-process-test keeps the stream in a private field).
     */
    static void assignAndComplete(long userTaskKey, String assignee) {
        try {
            Field field = ENGINE.getClass().getDeclaredField("logStream");
            field.setAccessible(true);
            LogStreamWriter writer = ((LogStream) field.get(ENGINE)).newLogStreamWriter();
            write(writer, userTaskKey, UserTaskIntent.ASSIGN,
                    new UserTaskRecord().setUserTaskKey(userTaskKey).setAssignee(assignee).setAction("assign"));
            write(writer, userTaskKey, UserTaskIntent.COMPLETE,
                    new UserTaskRecord().setUserTaskKey(userTaskKey).setAction("complete"));
        }
        catch (ReflectiveOperationException e) {
            throw new IllegalStateException("zeebe-process-test no longer keeps its log stream in field logStream", e);
        }
    }

    private static void write(LogStreamWriter writer, long key, UserTaskIntent intent, UserTaskRecord command) {
        RecordMetadata metadata = new RecordMetadata().recordType(RecordType.COMMAND)
            .valueType(ValueType.USER_TASK)
            .intent(intent);
        assertThat(writer.tryWrite(WriteContext.internal(), LogAppendEntry.of(key, metadata, command)).isRight())
            .as("%s of user task %d written", intent, key)
            .isTrue();
    }

    static boolean hasEnded(long processInstanceKey, Intent intent) {
        return elementEvents(processInstanceKey, intent).anyMatch(r -> r.getKey() == processInstanceKey);
    }

}
