package io.scaffold.orchestrator.process;

import io.scaffold.orchestrator.runs.Run;
import io.scaffold.orchestrator.runs.RunEventData;
import io.scaffold.orchestrator.runs.RunEventLog;
import io.scaffold.orchestrator.runs.RunRepository;
import java.time.Instant;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/**
 * On the embedded runtime the engine keeps its state in memory: a run that was in flight
 * when the server stopped (or was killed) has no process instance at the next start. This
 * marks every such run INTERRUPTED, with a {@code ProcessInterrupted} event naming the
 * lost instance, before the server takes requests or the workers take jobs;
 * {@link ScaffoldRuns#resume} continues it. A cluster keeps its instances, so there a
 * restart interrupts nothing. One embedded server per database: a second one on the same
 * database would take the first one's runs for interrupted (the data directory's lock
 * prevents that for the embedded PostgreSQL).
 */
@Component
@ConditionalOnProperty(name = "scaffold.runtime", havingValue = "embedded", matchIfMissing = true)
class InterruptedRuns implements SmartInitializingSingleton {

    private static final Logger log = LoggerFactory.getLogger(InterruptedRuns.class);

    private final RunRepository runs;

    private final RunEventLog events;

    InterruptedRuns(RunRepository runs, RunEventLog events) {
        this.runs = runs;
        this.events = events;
    }

    @Override
    public void afterSingletonsInstantiated() {
        for (Run run : runs.inFlight()) {
            if (runs.interrupt(run.id())) {
                long key = run.processInstanceKey() == null ? 0 : run.processInstanceKey();
                events.append(run.id(), "interrupted@" + key, new RunEventData.ProcessInterrupted(key), Instant.now());
                log.warn(
                        "run {} ({}) was in flight when the server stopped: it is INTERRUPTED; "
                                + "the Resume button on its page in the console, `scaffold resume {}` or "
                                + "POST /api/v1/processes/{}/resume continues it",
                        run.id(), run.applicationName(), run.id(), run.id());
            }
        }
    }

}
