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
 * JDL {@code readOnly}, {@code filter} and {@code search} in the generated project: a
 * read-only entity's API and contract only read; a filtered entity's list takes criteria
 * query parameters, by field type, declared in the contract; a searched entity with text
 * has a PostgreSQL full-text search endpoint (tsvector column, GIN index, contract,
 * tests), together with readOnly and filter. That the output builds and its tests pass is
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
            entity Counter {
              total Integer
            }
            enum Kind { SMALL, LARGE }
            relationship ManyToOne { Item{catalogue(code) required} to Catalogue }
            relationship ManyToMany { Item{tag} to Catalogue }
            paginate Item with pagination
            readOnly Catalogue
            filter Item, Catalogue
            search Item, Catalogue, Counter with elasticsearch
            """;

    private final DomainModel model = new JdlParser().parse("options.jdl", JDL, SpecOptions.DEFAULTS);

    private final Map<String, GeneratedFile> code = Phases
        .byPath(new ImplementationGenerator().generate(model, GenerationContext.defaults()));

    private final Map<String, GeneratedFile> tests = Phases
        .byPath(new VerificationGenerator().generate(model, GenerationContext.defaults()));

    private final String schema = Phases.byPath(new DataDesignGenerator().generate(model, GenerationContext.defaults()))
        .get(ProjectLayout.SCHEMA_MIGRATION)
        .content();

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

    private static final String MAPPING_JDL = """
            entity Shelf {
              code String required
              photo ImageBlob
            }
            entity Volume {
              title String required
              xRay String
            }
            entity Note {
              text String
            }
            relationship ManyToOne { Volume{shelf(code)} to Shelf }
            relationship ManyToMany { Volume{tag(code)} to Shelf{volume} }
            dto Volume, Shelf with mapstruct
            dto Note with no
            service Volume, Shelf with serviceImpl
            service Note with serviceClass
            readOnly Shelf
            """;

    private final DomainModel mapping = new JdlParser().parse("mapping.jdl", MAPPING_JDL, SpecOptions.DEFAULTS);

    private final Map<String, GeneratedFile> mappingCode = Phases
        .byPath(new ImplementationGenerator().generate(mapping, GenerationContext.defaults()));

    @Test
    void dtoMapstructAndServiceImplAreHonouredNotListedAsIgnored() {
        assertThat(mapping.ignoredFeatures()).noneMatch(f -> f.startsWith("dto") || f.startsWith("service"));
    }

    /**
     * dto mapstruct: an interface MapStruct implements as a Spring bean; blobs shown as
     * metadata, references by id and display field (collections sorted), request fields
     * copied while the id and the references (resolved by the service) are left alone,
     * JavaBeans names where they differ from the record's (xRay / XRay).
     */
    @Test
    void dtoMapstructRendersAMapstructMapper() {
        String volume = file(mappingCode, "/VolumeMapper.java");
        assertThat(volume)
            .contains("@Mapper(componentModel = \"spring\", unmappedTargetPolicy = ReportingPolicy.ERROR)",
                    "interface VolumeMapper {", "VolumeResponse toResponse(Volume entity);",
                    "VolumeResponse.ShelfRef toShelfRef(Shelf target);",
                    "VolumeResponse.TagRef toTagRef(Shelf target);",
                    "default List<VolumeResponse.TagRef> toTagRefs(Set<Shelf> targets) {",
                    ".sorted(Comparator.comparing(VolumeResponse.TagRef::id))",
                    "@Mapping(target = \"xRay\", source = \"XRay\")", "@Mapping(target = \"id\", ignore = true)",
                    "@Mapping(target = \"shelf\", ignore = true)", "@Mapping(target = \"tags\", ignore = true)",
                    "@Mapping(target = \"XRay\", source = \"xRay\")",
                    "void copyFields(VolumeRequest request, @MappingTarget Volume entity);")
            .doesNotContain("static ");
        String shelf = file(mappingCode, "/ShelfMapper.java");
        assertThat(shelf)
            .contains("@Mapping(target = \"photo\", expression = \"java(photoMetadata(entity))\")",
                    "default Blobs.Metadata photoMetadata(Shelf entity) {",
                    "\"/api/shelves/\" + entity.getId() + \"/photo\"")
            .as("read-only: nothing is copied from a request")
            .doesNotContain("copyFields", "MappingTarget");
        assertThat(file(mappingCode, "/NoteMapper.java")).as("dto no: the hand-written mapper")
            .contains("final class NoteMapper", "static NoteResponse toResponse(Note entity)")
            .doesNotContain("org.mapstruct");

        String service = file(mappingCode, "/VolumeServiceImpl.java");
        assertThat(service)
            .contains("private final VolumeMapper mapper;", ".map(mapper::toResponse)",
                    "mapper.copyFields(request, entity);", "new ETags.Versioned<>(mapper.toResponse(entity)")
            .doesNotContain("VolumeMapper.toResponse", "VolumeMapper::toResponse");
        assertThat(file(mappingCode, "/NoteService.java")).contains(".map(NoteMapper::toResponse)",
                "NoteMapper.copyFields(request, entity);");
    }

    /**
     * The pom has MapStruct, its processor on the compiler's path (also a provided
     * dependency, so go-offline fetches it) and unmapped targets as errors; a project
     * without dto mapstruct has none of it.
     */
    @Test
    void dtoMapstructAddsMapstructToTheBuild() {
        String pom = mappingCode.get(ProjectLayout.POM).content();
        String version = GenerationContext.defaults().version("mapstruct");
        assertThat(version).matches("\\d+\\.\\d+\\.\\d+");
        assertThat(pom).contains("<mapstruct.version>" + version + "</mapstruct.version>",
                "<artifactId>mapstruct</artifactId>", "<annotationProcessorPaths>",
                "<arg>-Amapstruct.unmappedTargetPolicy=ERROR</arg>");
        assertThat(pom.indexOf("<artifactId>mapstruct-processor</artifactId>"))
            .isNotEqualTo(pom.lastIndexOf("<artifactId>mapstruct-processor</artifactId>"));
        assertThat(code.get(ProjectLayout.POM).content()).doesNotContain("mapstruct");
    }

    /**
     * service with serviceImpl: the interface XService the controller depends on and the
     * transactional class XServiceImpl; serviceClass stays one class.
     */
    @Test
    void serviceImplRendersAnInterfaceAndItsImplementation() {
        assertThat(file(mappingCode, "/VolumeService.java")).contains("public interface VolumeService {",
                "ETags.Versioned<VolumeResponse> create(VolumeRequest request);",
                "ETags.Versioned<VolumeResponse> patch(Long id, String ifMatch, JsonNode patch);",
                "void delete(Long id);");
        assertThat(file(mappingCode, "/VolumeServiceImpl.java")).contains(
                "@Service\n@Transactional\n" + "public class VolumeServiceImpl implements VolumeService {",
                "    @Override\n    public void delete(Long id)");
        assertThat(file(mappingCode, "/ShelfService.java")).as("read-only")
            .contains("public interface ShelfService {", "Blobs.Content photoContent(Long id);")
            .doesNotContain("create(", "uploadPhoto");
        assertThat(file(mappingCode, "/VolumeController.java")).contains("private final VolumeService service;");
        assertThat(file(mappingCode, "/NoteService.java")).contains("public class NoteService {")
            .doesNotContain("@Override");
        assertThat(mappingCode.keySet()).noneMatch(path -> path.endsWith("/NoteServiceImpl.java"));
    }

    @Test
    void searchedEntityWithTextHasAFullTextSearchEndpoint() {
        assertThat(model.ignoredFeatures()).as("search is honoured where there is text; Counter has none")
            .contains("search (line 22) with elasticsearch for Counter: no String or TextBlob field to search, "
                    + "so no search endpoint is generated")
            .noneMatch(f -> f.startsWith("search") && (f.contains("Item") || f.contains("Catalogue")));
        assertThat(model.assumptions()).anyMatch(a -> a.startsWith("search with elasticsearch (line 22) is generated"));

        assertThat(schema).as("a stored generated tsvector of the text columns and a GIN index")
            .contains("search_vector tsvector GENERATED ALWAYS AS (to_tsvector('simple', coalesce(title, ''))) STORED,")
            .contains("search_vector tsvector GENERATED ALWAYS AS (to_tsvector('simple', coalesce(code, ''))) STORED,")
            .contains("CREATE INDEX idx_items_search_vector ON items USING gin (search_vector);")
            .contains("CREATE INDEX idx_catalogues_search_vector ON catalogues USING gin (search_vector);");
        String counters = schema.substring(schema.indexOf("CREATE TABLE counters"));
        assertThat(counters.substring(0, counters.indexOf(");"))).doesNotContain("search_vector");
        assertThat(schema).doesNotContain("ON counters USING gin");
        assertThat(file(code, "/Item.java")).as("the entity does not map the column").doesNotContain("search");

        assertThat(file(code, "/ItemRepository.java"))
            .contains("SELECT id FROM items WHERE search_vector @@ websearch_to_tsquery('simple', :query) ")
            .contains("ORDER BY ts_rank(search_vector, websearch_to_tsquery('simple', :query)) DESC, id ")
            .contains("SELECT count(*) FROM items WHERE search_vector @@ websearch_to_tsquery('simple', :query)")
            .as("ids natively, then the rows by id with the list's entity graph")
            .contains(
                    "@EntityGraph(attributePaths = {\"catalogue\"})\n    List<Item> findByIdIn(Collection<Long> ids);");
        assertThat(file(code, "/ItemService.java"))
            .contains("public PageResponse<ItemResponse> search(String query, Pageable pageable)")
            .contains("repository.findByIdIn(ids)");
        assertThat(file(code, "/ItemController.java")).contains("@GetMapping(\"/_search\")")
            .contains("Set.of(\"page\", \"size\")")
            .contains("SearchQuery.checked(query, parameters, SEARCH_PAGING), pageable)")
            .as("the list keeps its criteria")
            .contains("CRITERIA.specification(criteria)");
        assertThat(file(code, "/CatalogueController.java")).as("read-only, unpaged: search with page and Link")
            .contains("@GetMapping(\"/_search\")", "Set.of(\"page\")",
                    "PageResponse.withNextLink(service.search(checked, PageResponse.checkedPage(page)))")
            .doesNotContain("@PostMapping");
        assertThat(file(code, "/CounterController.java")).doesNotContain("_search");
        assertThat(file(code, "/CounterRepository.java")).doesNotContain("searchIds");
        assertThat(code.keySet()).anyMatch(p -> p.endsWith("/common/SearchQuery.java"));

        List<String> paths = List.copyOf(contract.getPaths().keySet());
        assertThat(paths).contains("/api/items/_search", "/api/catalogues/_search")
            .doesNotContain("/api/counters/_search");
        assertThat(paths.indexOf("/api/items/_search")).as("declared before the {id} template that also matches it")
            .isLessThan(paths.indexOf("/api/items/{id}"));
        var search = contract.getPaths().get("/api/items/_search").getGet();
        assertThat(search.getParameters()).extracting(Parameter::getName).containsExactly("query", "page", "size");
        assertThat(search.getParameters().getFirst().getRequired()).isTrue();
        assertThat(search.getResponses()).containsKeys("200", "400");
        assertThat(search.getResponses().get("200").getContent().get("application/json").getSchema().get$ref())
            .endsWith("/ItemPage");
        assertThat(contract.getPaths().get("/api/catalogues/_search").getGet().getParameters())
            .extracting(Parameter::getName)
            .containsExactly("query", "page");

        assertThat(file(tests, "/ItemSearchApiTest.java")).contains("findsTheRowsThatHoldEveryWord",
                "findsPhrasesAlternativesAndExcludesNegatedWords", "ranksTheBestMatchFirstThenById", "pagesLikeTheList",
                "rejectsABlankOrMissingQueryWith400NamingIt", "rejectsSortAndCriteriaWith400NamingThem",
                "searchLoadsABoundedNumberOfQueries", "row.setTitle(text);");
        assertThat(file(tests, "/CatalogueSearchApiTest.java")).contains("row.setCode(text);");
        assertThat(tests.keySet()).noneMatch(p -> p.endsWith("/CounterSearchApiTest.java"));
        assertThat(file(tests, "/SecurityTest.java")).contains("get(\"/api/items/_search\").param(\"query\", \"a\")");
    }

}
