package io.scaffold.orchestrator.process;

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
        ProcessModels.deployAsync(CLIENT).join();
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

    static boolean hasEnded(long processInstanceKey, Intent intent) {
        return elementEvents(processInstanceKey, intent).anyMatch(r -> r.getKey() == processInstanceKey);
    }

}
