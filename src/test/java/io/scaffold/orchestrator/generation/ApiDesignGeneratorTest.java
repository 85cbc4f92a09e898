package io.scaffold.orchestrator.generation;

import io.scaffold.orchestrator.domain.DomainModel;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.ParseOptions;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The OpenAPI contract, read back with swagger-parser. */
class ApiDesignGeneratorTest {

    private static SwaggerParseResult parse(DomainModel model) {
        String yaml = Phases.byPath(new ApiDesignGenerator().generate(model, GenerationContext.defaults()))
            .get(ProjectLayout.OPENAPI_CONTRACT)
            .content();
        ParseOptions options = new ParseOptions();
        options.setResolve(true);
        return new OpenAPIV3Parser().readContents(yaml, null, options);
    }

    @Test
    void isAValidOpenApi31DocumentForEveryDomain() {
        for (DomainModel model : List.of(DomainFixtures.bugTracker(), DomainFixtures.awkwardNames(),
                GeneratorsTest.corpus("library.jh"), GeneratorsTest.corpus("21-points.jh"))) {
            SwaggerParseResult result = parse(model);
            assertThat(result.getMessages()).as(model.name()).isEmpty();
            assertThat(result.getOpenAPI().getOpenapi()).isEqualTo("3.1.0");
        }
    }

    @Test
    void hasCrudPathsForEveryEntity() {
        DomainModel model = DomainFixtures.bugTracker();
        OpenAPI api = parse(model).getOpenAPI();
        model.entities().forEach(e -> {
            String path = "/api/" + e.name().pathSegment();
            assertThat(api.getPaths().get(path).getGet()).as(path).isNotNull();
            assertThat(api.getPaths().get(path).getPost()).as(path).isNotNull();
            assertThat(api.getPaths().get(path + "/{id}").getGet()).isNotNull();
            assertThat(api.getPaths().get(path + "/{id}").getPut()).isNotNull();
            assertThat(api.getPaths().get(path + "/{id}").getDelete()).isNotNull();
        });
    }

    @Test
    void paginatedListsTakePageSizeSortAndAnswerAPage() {
        OpenAPI api = parse(DomainFixtures.bugTracker()).getOpenAPI();
        Operation tickets = api.getPaths().get("/api/tickets").getGet();
        assertThat(tickets.getParameters()).extracting(Parameter::getName).containsExactly("page", "size", "sort");
        assertThat(tickets.getResponses().get("200").getContent().get("application/json").getSchema().get$ref())
            .endsWith("TicketPage");
        assertThat(api.getComponents().getSchemas().get("TicketPage").getRequired()).containsExactly("content", "page",
                "size", "totalElements", "totalPages");
        Operation projects = api.getPaths().get("/api/projects").getGet();
        assertThat(projects.getParameters()).as("an unpaginated list is capped: page through 100 rows at a time")
            .extracting(Parameter::getName)
            .containsExactly("page");
        assertThat(projects.getResponses().get("200").getHeaders()).containsKey("Link");
        assertThat(projects.getResponses()).containsKey("400");
    }

    @Test
    void blobsAreMetadataInJsonAndBytesOnTheirOwnPath() {
        OpenAPI api = parse(DomainFixtures.bugTracker()).getOpenAPI();
        assertThat(api.getComponents().getSchemas().get("AttachmentRequest").getProperties()).doesNotContainKey("file");
        Schema<?> file = (Schema<?>) api.getComponents()
            .getSchemas()
            .get("AttachmentResponse")
            .getProperties()
            .get("file");
        assertThat(file.getOneOf()).extracting(Schema::get$ref).contains("#/components/schemas/BlobMetadata");
        assertThat(api.getComponents().getSchemas().get("BlobMetadata").getRequired())
            .containsExactlyInAnyOrder("contentType", "size", "href");
        var path = api.getPaths().get("/api/attachments/{id}/file");
        assertThat(path.getGet().getResponses().get("200").getContent()).containsOnlyKeys("*/*");
        assertThat(path.getPut().getRequestBody().getContent()).containsOnlyKeys("*/*");
        assertThat(path.getPut().getResponses()).containsKeys("200", "404", "413", "415");
        assertThat(path.getDelete().getResponses()).containsKeys("200", "404");
    }

    @Test
    void errorsAreProblemDetails() {
        OpenAPI api = parse(DomainFixtures.bugTracker()).getOpenAPI();
        Operation update = api.getPaths().get("/api/tickets/{id}").getPut();
        assertThat(update.getResponses()).containsKeys("200", "400", "404", "409");
        for (String status : List.of("400", "404", "409")) {
            assertThat(update.getResponses().get(status).getContent()).containsOnlyKeys("application/problem+json");
        }
    }

    @Test
    void requestSchemasCarryTheValidations() {
        OpenAPI api = parse(DomainFixtures.awkwardNames()).getOpenAPI();
        Schema<?> order = api.getComponents().getSchemas().get("OrderRequest");
        assertThat(order.getRequired()).containsExactlyInAnyOrder("defaultValue", "order", "type", "groupId");
        Schema<?> defaultValue = (Schema<?>) order.getProperties().get("defaultValue");
        assertThat(defaultValue.getMinLength()).isEqualTo(2);
        assertThat(defaultValue.getMaxLength()).isEqualTo(40);
        Schema<?> select = api.getComponents().getSchemas().get("SelectRequest");
        assertThat(((Schema<?>) select.getProperties().get("pattern")).getPattern())
            .isEqualTo("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$");
    }

}
