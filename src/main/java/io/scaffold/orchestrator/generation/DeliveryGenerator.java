package io.scaffold.orchestrator.generation;

import io.scaffold.orchestrator.generation.view.ProjectView;
import io.scaffold.orchestrator.domain.DomainModel;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * Delivery packaging, in two parts because two agents work on it in parallel: DevOps
 * files (Dockerfile, Compose, Kubernetes manifests, CI workflow, README) and product
 * documents (PRD, epics and stories).
 */
@Component
public final class DeliveryGenerator implements PhaseGenerator {

    private static final String T = "delivery/";

    @Override
    public String phaseId() {
        return "delivery";
    }

    /** Both parts. */
    @Override
    public List<GeneratedFile> generate(DomainModel model, GenerationContext ctx) {
        List<GeneratedFile> files = new ArrayList<>(generateDevOps(model, ctx));
        files.addAll(generateProductDocs(model, ctx));
        files.sort(Comparator.comparing(GeneratedFile::path));
        return List.copyOf(files);
    }

    /** What the DevOps engineer agent delivers. */
    public List<GeneratedFile> generateDevOps(DomainModel model, GenerationContext ctx) {
        return new Rendering(ProjectView.of(model), ctx).add(ProjectLayout.DOCKERFILE, "delivery", T + "Dockerfile.ftl")
            .add(ProjectLayout.COMPOSE, "delivery", T + "compose.yaml.ftl")
            .add(ProjectLayout.k8sManifest("configmap"), "delivery", T + "k8s-configmap.yaml.ftl")
            .add(ProjectLayout.k8sManifest("deployment"), "delivery", T + "k8s-deployment.yaml.ftl")
            .add(ProjectLayout.k8sManifest("service"), "delivery", T + "k8s-service.yaml.ftl")
            .add(ProjectLayout.CI_WORKFLOW, "delivery", T + "ci.yml.ftl")
            .add(ProjectLayout.README, "documentation", T + "README.md.ftl")
            .files();
    }

    /** What the product owner agent delivers. */
    public List<GeneratedFile> generateProductDocs(DomainModel model, GenerationContext ctx) {
        return new Rendering(ProjectView.of(model), ctx).add(ProjectLayout.PRD, "documentation", T + "prd.md.ftl")
            .add(ProjectLayout.TICKETS, "documentation", T + "tickets.md.ftl")
            .files();
    }

}
