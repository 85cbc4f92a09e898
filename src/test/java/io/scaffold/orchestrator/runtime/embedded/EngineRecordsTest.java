package io.scaffold.orchestrator.runtime.embedded;

import static org.assertj.core.api.Assertions.assertThat;

import io.camunda.client.CamundaClient;
import io.camunda.zeebe.model.bpmn.Bpmn;
import io.camunda.zeebe.process.test.api.ZeebeTestEngine;
import io.camunda.zeebe.process.test.engine.EngineFactory;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;

/** Several requests read the record stream while the engine writes to it. */
class EngineRecordsTest {

    @Test
    void readersSeeAGrowingStreamWhileTheEngineWrites() throws Exception {
        ZeebeTestEngine engine = EngineFactory.create();
        engine.start();
        ExecutorService readers = Executors.newFixedThreadPool(3);
        try (CamundaClient client = CamundaClient.newClientBuilder()
            .grpcAddress(URI.create("http://" + engine.getGatewayAddress()))
            .restAddress(URI.create("http://localhost:1"))
            .preferRestOverGrpc(false)
            .build()) {
            client.newDeployResourceCommand()
                .addProcessModel(Bpmn.createExecutableProcess("tick").startEvent().endEvent().done(), "tick.bpmn")
                .send()
                .join();
            EngineRecords records = new EngineRecords(engine.getRecordStreamSource());
            AtomicBoolean writing = new AtomicBoolean(true);
            List<Future<Integer>> reads = new ArrayList<>();
            for (int i = 0; i < 3; i++) {
                reads.add(readers.submit(() -> {
                    int last = 0;
                    int snapshots = 0;
                    while (writing.get()) {
                        int size = records.getRecords().size();
                        assertThat(size).isGreaterThanOrEqualTo(last);
                        last = size;
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
            assertThat(records.getRecords()).hasSizeGreaterThan(200);
        }
        finally {
            readers.shutdownNow();
            engine.stop();
        }
    }

}
