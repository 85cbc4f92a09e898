package io.scaffold.orchestrator.generation;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.scaffold.orchestrator.domain.DomainModel;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Domain analysis, architecture, verification scenarios and delivery documents. */
class DocumentGeneratorsTest {

    private final DomainModel model = DomainFixtures.bugTracker();

    private Map<String, GeneratedFile> generate(PhaseGenerator generator) {
        return Phases.byPath(generator.generate(model, GenerationContext.defaults()));
    }

    @Test
    void domainAnalysisDescribesEveryEntityAndRendersTheModelAsJson() throws Exception {
        Map<String, GeneratedFile> files = generate(new DomainAnalysisGenerator());
        assertThat(files).containsOnlyKeys("docs/requirements/domain-model.md", "docs/requirements/domain-model.json",
                "docs/requirements/schema-org-mapping.md", "docs/requirements/open-questions.md",
                "docs/requirements/objectives-and-use-cases.md", "docs/decisions.md");
        String doc = files.get("docs/requirements/domain-model.md").content();
        model.entities().forEach(e -> assertThat(doc).contains("### " + e.name().original()));
        assertThat(doc).contains("## Objectives", "## Use cases", "| title | STRING | yes | no |");

        JsonNode json = new ObjectMapper().readTree(files.get("docs/requirements/domain-model.json").content());
        assertThat(json.get("name").asText()).isEqualTo("bug-tracker");
        assertThat(json.get("entities")).hasSize(model.entities().size());
        assertThat(json.get("relationships").get(0).get("kind").asText()).isEqualTo("MANY_TO_MANY");

        String mapping = files.get("docs/requirements/schema-org-mapping.md").content();
        model.entities()
            .forEach(e -> assertThat(mapping).contains("| " + e.name().original() + " | https://schema.org/"));
        assertThat(files.get("docs/requirements/open-questions.md").content()).contains("1. Who may delete records?");
    }

    @Test
    void architectureHasC4DiagramsFiveAdrsAndMeasurableNfrs() {
        Map<String, GeneratedFile> files = generate(new ArchitectureGenerator());
        assertThat(files.get("docs/architecture/c4-context.md").content()).contains("```mermaid\nC4Context",
                "System(bug_tracker, \"Bug Tracker\"");
        assertThat(files.get("docs/architecture/c4-container.md").content()).contains("C4Container",
                "Container(api, \"Bug Tracker REST API\"", "ContainerDb(db,", "PostgreSQL 17");
        List<GeneratedFile> adrs = files.values()
            .stream()
            .filter(f -> f.path().startsWith("docs/architecture/adr/"))
            .toList();
        assertThat(adrs).hasSize(5)
            .allSatisfy(adr -> assertThat(adr.content()).contains("## Status", "## Context", "## Decision",
                    "## Consequences"));
        assertThat(files.get("docs/architecture/non-functional-requirements.md").content()).contains("p95 < 200 ms",
                "99.5 %", "Scalability", "Security");
    }

    @Test
    void verificationHasATestAndAFeaturePerEntity() {
        Map<String, GeneratedFile> files = generate(new VerificationGenerator());
        model.entities().forEach(e -> {
            String test = files
                .get("src/test/java/com/example/bugtracker/" + e.name().fieldName().toLowerCase() + "/"
                        + e.name().className() + "ApiTest.java")
                .content();
            assertThat(test).contains("void createsAndReads" + e.name().className(),
                    "void deletes" + e.name().className(),
                    "void answersUnknown" + e.name().className() + "With404ProblemDetails");
            assertThat(files.get("src/test/resources/features/" + e.name().pathSegment() + ".feature").content())
                .startsWith("Feature: ")
                .contains("Scenario: ", "Then the response status is 404");
        });
        assertThat(files.get("src/test/java/com/example/bugtracker/ticket/TicketApiTest.java").content())
            .contains("void rejectsTicketWithoutTitle()", "jsonPath(\"$.errors[0].field\").value(\"title\")");
        assertThat(files.get("src/test/java/com/example/bugtracker/ApiTestSupport.java").content())
            .contains("EmbeddedPostgres.start()", "@DynamicPropertySource", "alwaysDo(new OpenApiContract())");
        assertThat(files.get("src/test/java/com/example/bugtracker/OpenApiContract.java").content())
            .contains("getResourceAsStream(\"/openapi.yaml\")", "SpecificationVersion.DRAFT_2020_12");
        assertThat(files.get("src/test/java/com/example/bugtracker/ticket/TicketApiTest.java").content()).contains(
                "void roundTripsEveryTicketField()", "withZoneSameInstant(ZoneId.of(\"Asia/Kolkata\"))",
                "void rejectsPunctuatedSortWith400ProblemDetails()", "void rejectsTooLongTitleWith400ProblemDetails()");
    }

    @Test
    void deliverySplitsDevOpsAndProductDocuments() {
        DeliveryGenerator delivery = new DeliveryGenerator();
        GenerationContext ctx = GenerationContext.defaults();
        assertThat(delivery.generateDevOps(model, ctx)).extracting(GeneratedFile::path)
            .containsExactly(".github/workflows/ci.yml", "Dockerfile", "README.md", "compose.yaml",
                    "k8s/configmap.yaml", "k8s/deployment.yaml", "k8s/service.yaml");
        assertThat(delivery.generateProductDocs(model, ctx)).extracting(GeneratedFile::path)
            .containsExactly("docs/prd.md", "docs/tickets.md");
        Map<String, GeneratedFile> files = Phases.byPath(delivery.generate(model, ctx));
        assertThat(files).hasSize(9);
        assertThat(files.get("Dockerfile").content()).contains("USER 10001:10001", "HEALTHCHECK", "/actuator/health");
        assertThat(files.get("k8s/deployment.yaml").content()).contains("kind: Deployment", "secretKeyRef");
        assertThat(files.get("docs/tickets.md").content()).contains("## EPIC-3: Ticket management", "## Use cases",
                "Given a request without title, when I POST it, then I get 400");
    }

}
