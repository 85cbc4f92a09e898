package io.scaffold.orchestrator.generation;

import io.scaffold.orchestrator.domain.DomainModel;
import io.scaffold.orchestrator.spec.JdlParser;
import io.scaffold.orchestrator.spec.SpecOptions;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.ParseOptions;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * JDL {@code readOnly} and {@code filter} in the generated project: a read-only entity's
 * API and contract only read; a filtered entity's list takes criteria query parameters,
 * by field type, declared in the contract. That the output builds and its tests pass is
 * GeneratedBuildTest's and the corpus runs' job.
 */
class JdlOptionsGenerationTest {

    private static final String JDL = """
            entity Catalogue {
              code String required unique
              rank Integer
              scan Blob
            }
            entity Item {
              title String required
              price BigDecimal
              due LocalDate
              done Boolean
              kind Kind
            }
            enum Kind { SMALL, LARGE }
            relationship ManyToOne { Item{catalogue(code) required} to Catalogue }
            relationship ManyToMany { Item{tag} to Catalogue }
            paginate Item with pagination
            readOnly Catalogue
            filter Item, Catalogue
            """;

    private final DomainModel model = new JdlParser().parse("options.jdl", JDL, SpecOptions.DEFAULTS);

    private final Map<String, GeneratedFile> code = Phases
        .byPath(new ImplementationGenerator().generate(model, GenerationContext.defaults()));

    private final Map<String, GeneratedFile> tests = Phases
        .byPath(new VerificationGenerator().generate(model, GenerationContext.defaults()));

    private final OpenAPI contract = contract();

    private OpenAPI contract() {
        String yaml = Phases.byPath(new ApiDesignGenerator().generate(model, GenerationContext.defaults()))
            .get(ProjectLayout.OPENAPI_CONTRACT)
            .content();
        ParseOptions options = new ParseOptions();
        options.setResolve(true);
        var result = new OpenAPIV3Parser().readContents(yaml, null, options);
        assertThat(result.getMessages()).isEmpty();
        return result.getOpenAPI();
    }

    private String file(Map<String, GeneratedFile> files, String suffix) {
        return files.entrySet()
            .stream()
            .filter(f -> f.getKey().endsWith(suffix))
            .map(f -> f.getValue().content())
            .findFirst()
            .orElseThrow(() -> new AssertionError("no file ending " + suffix + " among " + files.keySet()));
    }

    private List<String> parameters(String path) {
        return contract.getPaths().get(path).getGet().getParameters().stream().map(Parameter::getName).toList();
    }

    @Test
    void optionsAreHonouredNotListedAsIgnored() {
        assertThat(model.ignoredFeatures()).noneMatch(f -> f.startsWith("readOnly") || f.startsWith("filter"));
    }

    @Test
    void readOnlyEntityOnlyReads() {
        String controller = file(code, "/CatalogueController.java");
        assertThat(controller).contains("@GetMapping")
            .doesNotContain("@PostMapping", "@PutMapping", "@PatchMapping", "@DeleteMapping");
        assertThat(file(code, "/CatalogueService.java")).doesNotContain("create(", "update(", "delete(", "patch(");
        assertThat(code.keySet()).noneMatch(p -> p.endsWith("/CatalogueRequest.java"))
            .anyMatch(p -> p.endsWith("/ItemRequest.java"));
        PathItem collection = contract.getPaths().get("/api/catalogues");
        PathItem item = contract.getPaths().get("/api/catalogues/{id}");
        assertThat(collection.getGet()).isNotNull();
        assertThat(collection.getPost()).isNull();
        assertThat(item.getGet()).isNotNull();
        assertThat(item.readOperationsMap()).containsOnlyKeys(PathItem.HttpMethod.GET);
        assertThat(contract.getComponents().getSchemas()).doesNotContainKeys("CatalogueRequest", "CataloguePatch")
            .containsKeys("CatalogueResponse", "ItemRequest");
        assertThat(contract.getPaths().get("/api/items").getPost()).as("an entity that refers to it still writes")
            .isNotNull();

        String test = file(tests, "/CatalogueApiTest.java");
        assertThat(test).contains("isMethodNotAllowed()", "testData.createCatalogue()");
        assertThat(file(tests, "/TestData.java")).contains("catalogueRepository.saveAndFlush(row)")
            .contains("itemService.create(");
    }

    @Test
    void filteredListTakesCriteriaByFieldType() {
        List<String> parameters = parameters("/api/items");
        assertThat(parameters).contains("page", "size", "sort", "id.equals", "id.greaterThan", "title.contains",
                "title.doesNotContain", "title.in", "title.specified", "price.lessThanOrEqual", "due.greaterThan",
                "done.equals", "kind.in", "catalogue.id.equals", "catalogue.id.in", "tags.id.equals");
        assertThat(parameters).doesNotContain("done.greaterThan", "kind.contains", "title.greaterThan",
                "catalogue.id.contains");
        assertThat(contract.getPaths().get("/api/items").getGet().getResponses()).containsKey("400");
        List<String> catalogue = parameters("/api/catalogues");
        assertThat(catalogue).contains("code.equals", "rank.greaterThan").noneMatch(p -> p.startsWith("scan."));

        assertThat(file(code, "/ItemController.java")).contains(".text(\"title\")", ".bool(\"done\")",
                ".reference(\"catalogue\", false,", ".reference(\"tags\", true,", "CRITERIA.specification(criteria)");
        assertThat(file(code, "/ItemRepository.java")).contains("JpaSpecificationExecutor<Item>")
            .contains("Page<Item> findAll(Specification<Item> criteria, Pageable pageable);");
        assertThat(code.keySet()).anyMatch(p -> p.endsWith("/common/Criteria.java"));
        assertThat(file(tests, "/ItemFilterApiTest.java")).contains("rejectsInvalidCriteriaWith400NamingTheParameter",
                "\"kind.in\"", "\"catalogue.id.equals\"");
    }

}
