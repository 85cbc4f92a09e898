package io.scaffold.orchestrator.generation;

import io.scaffold.orchestrator.generation.view.EntityView;
import io.scaffold.orchestrator.generation.view.ProjectView;
import io.scaffold.orchestrator.domain.DomainModel;

import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * Verification: API tests per entity that run against a real PostgreSQL started from
 * embedded binaries (one database and one Spring context per test run), and Gherkin
 * acceptance scenarios per entity that Cucumber runs against the API in the same context.
 */
@Component
public final class VerificationGenerator implements PhaseGenerator {

    private static final String T = "verification/";

    @Override
    public String phaseId() {
        return "verification";
    }

    @Override
    public List<GeneratedFile> generate(DomainModel model, GenerationContext ctx) {
        ProjectView view = ProjectView.of(model);
        String test = ProjectLayout.testJava(view.getBasePath());
        Rendering files = new Rendering(view, ctx)
            .add(test + "ApiTestSupport.java", "test", T + "ApiTestSupport.java.ftl")
            .add(test + "OpenApiContract.java", "test", T + "OpenApiContract.java.ftl")
            .add(test + "ApiDocsTest.java", "test", T + "ApiDocsTest.java.ftl")
            .add(test + "OperabilityTest.java", "test", T + "OperabilityTest.java.ftl")
            .add(test + "TestData.java", "test", T + "TestData.java.ftl")
            .add(test + "TestValues.java", "test", T + "TestValues.java.ftl")
            .add(test + "AcceptanceSteps.java", "test", T + "AcceptanceSteps.java.ftl")
            .add(test + "AcceptanceScenariosTest.java", "test", T + "AcceptanceScenariosTest.java.ftl");
        if (view.isSecured()) {
            files.add(test + "SecurityTest.java", "test", T + "SecurityTest.java.ftl");
        }
        for (EntityView e : view.getEntities()) {
            files.add(ProjectLayout.testJava(e.getPackagePath()) + e.getName().className() + "ApiTest.java", "test",
                    T + (e.isReadOnly() ? "ReadOnlyEntityApiTest.java.ftl" : "EntityApiTest.java.ftl"), Map.of("e", e));
            if (e.isSearchable()) {
                files.add(ProjectLayout.testJava(e.getPackagePath()) + e.getName().className() + "SearchApiTest.java",
                        "test", T + "EntitySearchApiTest.java.ftl", Map.of("e", e));
            }
            if (!e.getCriteria().isEmpty()) {
                files.add(ProjectLayout.testJava(e.getPackagePath()) + e.getName().className() + "FilterApiTest.java",
                        "test", T + "EntityFilterApiTest.java.ftl", Map.of("e", e));
            }
            files.add(ProjectLayout.ACCEPTANCE_DIR + "/" + e.getName().pathSegment() + ".feature", "acceptance",
                    T + "entity.feature.ftl", Map.of("e", e));
        }
        return files.files();
    }

}
