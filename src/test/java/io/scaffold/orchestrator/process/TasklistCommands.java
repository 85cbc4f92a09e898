package io.scaffold.orchestrator.process;

import static org.assertj.core.api.Assertions.assertThat;

import io.camunda.zeebe.logstreams.log.LogAppendEntry;
import io.camunda.zeebe.logstreams.log.LogStream;
import io.camunda.zeebe.logstreams.log.LogStreamWriter;
import io.camunda.zeebe.logstreams.log.WriteContext;
import io.camunda.zeebe.process.test.api.ZeebeTestEngine;
import io.camunda.zeebe.protocol.impl.record.RecordMetadata;
import io.camunda.zeebe.protocol.impl.record.value.usertask.UserTaskRecord;
import io.camunda.zeebe.protocol.record.RecordType;
import io.camunda.zeebe.protocol.record.ValueType;
import io.camunda.zeebe.protocol.record.intent.UserTaskIntent;
import java.lang.reflect.Field;

/**
 * Does on the embedded engine what Tasklist does when a person claims and completes a
 * user task: the engine's USER_TASK ASSIGN and COMPLETE commands, so that task listeners
 * run as on a cluster. The embedded engine has no REST gateway and its gRPC gateway no
 * user task command, so they go onto its log stream directly (zeebe-process-test keeps
 * the stream in a private field).
 */
public final class TasklistCommands {

    private TasklistCommands() {
    }

    public static void assignAndComplete(ZeebeTestEngine engine, long userTaskKey, String assignee) {
        try {
            Field field = engine.getClass().getDeclaredField("logStream");
            field.setAccessible(true);
            LogStreamWriter writer = ((LogStream) field.get(engine)).newLogStreamWriter();
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

}
