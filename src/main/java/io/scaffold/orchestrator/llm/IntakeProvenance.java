package io.scaffold.orchestrator.llm;

import io.scaffold.orchestrator.domain.DomainModel;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * The provenance of a domain model read at intake, before its run exists: the
 * requirements agent remembers it with the model, and the run's start claims it (records
 * it for the run's domain model artifact and links the intake's model calls to the run).
 * Models read but never started are forgotten after {@value #CAPACITY} newer ones.
 */
@Component
public class IntakeProvenance {

    static final int CAPACITY = 64;

    private final ProvenanceLog provenance;

    private final ModelCallLog calls;

    private final Map<DomainModel, Provenance> pending = new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<DomainModel, Provenance> eldest) {
            return size() > CAPACITY;
        }
    };

    IntakeProvenance(ProvenanceLog provenance, ModelCallLog calls) {
        this.provenance = provenance;
        this.calls = calls;
    }

    synchronized void remember(DomainModel model, Provenance answeredBy) {
        pending.put(model, answeredBy);
    }

    /**
     * Records how the run's domain model was read, when an agent read it (free text);
     * does nothing for models parsed from JDL or a domain spec.
     * @param artifactPath where the run stores the domain model
     */
    public void claim(UUID runId, String artifactPath, DomainModel model) {
        Provenance answeredBy;
        synchronized (this) {
            answeredBy = pending.remove(model);
        }
        if (answeredBy == null) {
            return;
        }
        provenance.record(runId, artifactPath, answeredBy);
        if (answeredBy.callId() != null) {
            calls.assignRun(answeredBy.callId(), runId);
        }
    }

}
