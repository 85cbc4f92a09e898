package io.scaffold.orchestrator.runtime.embedded;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;
import static org.awaitility.Awaitility.await;

import io.camunda.client.CamundaClient;
import io.camunda.zeebe.model.bpmn.Bpmn;
import io.camunda.zeebe.process.test.api.ZeebeTestEngine;
import io.camunda.zeebe.process.test.engine.EngineFactory;
import io.camunda.zeebe.protocol.record.value.BpmnElementType;
import io.camunda.zeebe.protocol.record.value.ProcessInstanceRecordValue;
import io.scaffold.orchestrator.process.ElementInstanceFinder.ElementInstance;
import io.scaffold.orchestrator.process.ElementInstanceFinder.ElementState;
import io.scaffold.orchestrator.process.ElementInstanceFinder.Instance;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The engine's records as the console reads them: several readers while the engine
 * writes, and the engine's log freed once read, with finished instances still answering.
 */
class EngineRecordsTest {

    private ZeebeTestEngine engine;

    private CamundaClient client;

    private EngineRecords records;

    @BeforeEach
    void startEngine() {
        engine = EngineFactory.create();
        engine.start();
        client = CamundaClient.newClientBuilder()
            .grpcAddress(URI.create("http://" + engine.getGatewayAddress()))
            .restAddress(URI.create("http://localhost:1"))
            .preferRestOverGrpc(false)
            .build();
        client.newDeployResourceCommand()
            .addProcessModel(Bpmn.createExecutableProcess("tick").startEvent("start").endEvent("end").done(),
                    "tick.bpmn")
            .send()
            .join();
    }

    @AfterEach
    void stopEngine() {
        records.close();
        client.close();
        engine.stop();
    }

    @Test
    void readersSeeTheStreamWhileTheEngineWrites() throws Exception {
        records = new EngineRecords(new EngineLog(engine), Duration.ofMillis(5));
        ExecutorService readers = Executors.newFixedThreadPool(3);
        try {
            AtomicBoolean writing = new AtomicBoolean(true);
            List<Future<Integer>> reads = new ArrayList<>();
            for (int i = 0; i < 3; i++) {
                reads.add(readers.submit(() -> {
                    int snapshots = 0;
                    while (writing.get()) {
                        assertThat(records.getRecords()).doesNotContainNull();
                        snapshots++;
                    }
                    return snapshots;
                }));
            }
            for (int i = 0; i < 200; i++) {
                client.newCreateInstanceCommand().bpmnProcessId("tick").latestVersion().send().join();
            }
            writing.set(false);
            for (Future<Integer> read : reads) {
                assertThat(read.get()).isPositive();
            }
            engine.waitForIdleState(Duration.ofSeconds(10));
            assertThat(new EmbeddedElementInstanceFinder(records).instances(firstInstanceKey())).isNotEmpty();
        }
        finally {
            readers.shutdownNow();
        }
    }

    @Test
    void finishedInstancesKeepTheirElementStatesOnlyAndTheEngineLogIsFreed() throws Exception {
        EngineLog log = new EngineLog(engine);
        records = new EngineRecords(log, Duration.ofHours(1)); // read on demand only here
        long first = client.newCreateInstanceCommand()
            .bpmnProcessId("tick")
            .latestVersion()
            .send()
            .join()
            .getProcessInstanceKey();
        for (int i = 1; i < 300; i++) {
            client.newCreateInstanceCommand().bpmnProcessId("tick").latestVersion().send().join();
        }
        engine.waitForIdleState(Duration.ofSeconds(10));
        long written = log.retainedBytes();

        List<Instance> oldest = new EmbeddedElementInstanceFinder(records).instances(first);

        assertThat(oldest).singleElement().satisfies(instance -> {
            assertThat(instance.processId()).isEqualTo("tick");
            assertThat(instance.elements()).extracting(ElementInstance::elementId, ElementInstance::state)
                .containsExactlyInAnyOrder(tuple("start", ElementState.COMPLETED),
                        tuple("end", ElementState.COMPLETED));
        });
        // Per finished instance: its start and end, and the process's own activation and
        // end.
        assertThat(records.kept()).isLessThanOrEqualTo(300 * 4 + 1);
        // The stream processor's position, asked for at one read, frees the log at the
        // next.
        await().atMost(Duration.ofSeconds(10)).until(() -> {
            records.getRecords();
            return log.trimmedBatches() > 0;
        });
        assertThat(log.retainedBytes()).isLessThan(written / 20);

        // The engine goes on: a new instance runs and is seen.
        long next = client.newCreateInstanceCommand()
            .bpmnProcessId("tick")
            .latestVersion()
            .send()
            .join()
            .getProcessInstanceKey();
        engine.waitForIdleState(Duration.ofSeconds(10));
        assertThat(new EmbeddedElementInstanceFinder(records).instances(next)).singleElement()
            .satisfies(instance -> assertThat(instance.elements()).hasSize(2)
                .allMatch(element -> element.state() == ElementState.COMPLETED));
    }

    private long firstInstanceKey() {
        return records.getRecords()
            .stream()
            .filter(record -> record.getValue() instanceof ProcessInstanceRecordValue value
                    && value.getBpmnElementType() == BpmnElementType.PROCESS)
            .findFirst()
            .orElseThrow()
            .getKey();
    }

}
