package io.scaffold.orchestrator.artifacts;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.scaffold.orchestrator.contract.Phase;
import io.scaffold.orchestrator.domain.DomainModel;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * The normalised domain model of a run, stored as an artifact when the run starts (the
 * spec is read only then) so that intake, every later agent and a retry on another worker
 * work from the same model.
 */
@Component
public class DomainModels {

    public static final String PATH = "docs/scaffold/domain-model.json";

    private final ArtifactStore artifacts;

    private final ObjectMapper json;

    DomainModels(ArtifactStore artifacts, ObjectMapper json) {
        this.artifacts = artifacts;
        this.json = json;
    }

    public void save(UUID runId, DomainModel model, String agent) {
        try {
            artifacts.save(runId, PATH, json.writerWithDefaultPrettyPrinter().writeValueAsString(model) + "\n",
                    ArtifactType.REQUIREMENTS, Phase.INTAKE.id(), agent);
        }
        catch (JsonProcessingException e) {
            throw new IllegalStateException("domain model is not serialisable", e);
        }
    }

    public DomainModel load(UUID runId) {
        String text = artifacts.latestText(runId, PATH)
            .orElseThrow(() -> new IllegalStateException("run " + runId + " has no " + PATH + " (intake did not run)"));
        try {
            return json.readValue(text, DomainModel.class);
        }
        catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot read " + PATH + " of run " + runId, e);
        }
    }

}
