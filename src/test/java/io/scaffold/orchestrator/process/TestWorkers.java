package io.scaffold.orchestrator.process;

import static io.scaffold.orchestrator.process.EmbeddedEngine.CLIENT;

import io.camunda.client.api.response.ActivatedJob;
import io.camunda.client.api.worker.JobClient;
import io.camunda.client.api.worker.JobWorker;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;

/**
 * Test-only job workers standing in for agents, validators and recorders; every job they
 * see is kept.
 */
final class TestWorkers implements AutoCloseable {

    /**
     * A job a worker handled: its type, process instance, variables and when it arrived.
     */
    record SeenJob(String type, long jobKey, long processInstanceKey, String elementId, Map<String, Object> variables,
            long arrivedAtNanos) {
        Object get(String name) {
            return variables.get(name);
        }
    }

    interface Handler {

        /** Completes, fails or throws an error for the job. */
        void handle(JobClient client, ActivatedJob job);

    }

    private final List<JobWorker> workers = new ArrayList<>();

    private final ConcurrentLinkedQueue<SeenJob> seen = new ConcurrentLinkedQueue<>();

    /** Completes every job of the type without variables. */
    TestWorkers complete(String... types) {
        for (String type : types) {
            on(type, (client, job) -> client.newCompleteCommand(job).send().join());
        }
        return this;
    }

    TestWorkers on(String type, Handler handler) {
        workers.add(CLIENT.newWorker().jobType(type).handler((client, job) -> {
            seen.add(new SeenJob(type, job.getKey(), job.getProcessInstanceKey(), job.getElementId(),
                    job.getVariablesAsMap(), System.nanoTime()));
            handler.handle(client, job);
        }).streamEnabled(true).open());
        return this;
    }

    List<SeenJob> seen(String type) {
        return seen.stream().filter(job -> job.type().equals(type)).toList();
    }

    List<SeenJob> seen(String type, long processInstanceKey) {
        return seen.stream()
            .filter(job -> job.type().equals(type) && job.processInstanceKey() == processInstanceKey)
            .toList();
    }

    @Override
    public void close() {
        workers.forEach(JobWorker::close);
    }

}
