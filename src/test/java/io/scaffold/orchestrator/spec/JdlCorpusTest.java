package io.scaffold.orchestrator.spec;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.scaffold.orchestrator.domain.DomainModel;
import io.scaffold.orchestrator.domain.Entity;
import io.scaffold.orchestrator.domain.EntityOptions;
import io.scaffold.orchestrator.domain.Field;
import io.scaffold.orchestrator.domain.FieldType;
import io.scaffold.orchestrator.domain.Relationship;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every JDL sample of the shared corpus either parses or is refused on purpose, with a
 * precise message.
 */
class JdlCorpusTest {

    /** Files refused on purpose: the message they must produce. */
    private static final Map<String, String> REFUSED = Map.of("default.jdl",
            "default.jdl: the domain declares no entity", "default-gradle.jdl",
            "default-gradle.jdl: the domain declares no entity", "reactive-mf.jdl",
            "reactive-mf.jdl:1:1: application gateway includes no entities\n"
                    + "  how to fix: choose an application that has an 'entities' clause: blog, store");

    /** Entity counts (built-in User included) for files whose content is known. */
    private static final Map<String, Integer> ENTITY_COUNTS = Map.of("bug-tracker.jdl", 6, "library.jh", 5,
            "northwind-jdl.jh", 19, "space.jdl", 2, "21-points.jh", 5, "Oracle-Human-Resources-sample.jdl", 8,
            "online-shop.jh", 5);

    private final SpecReader reader = new SpecReader();

    static Stream<Path> corpus() {
        List<Path> files = Corpus.jdlFiles();
        assertThat(files).hasSizeGreaterThanOrEqualTo(20);
        return files.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("corpus")
    void parsesOrRefusesOnPurpose(Path file) {
        String name = file.getFileName().toString();
        if (REFUSED.containsKey(name)) {
            assertThatThrownBy(() -> reader.read(file, SpecOptions.DEFAULTS)).isInstanceOf(SpecException.class)
                .hasMessageStartingWith(REFUSED.get(name));
            return;
        }
        DomainModel model = reader.read(file, SpecOptions.DEFAULTS);
        assertThat(model.entities()).isNotEmpty();
        assertThat(model.source()).isEqualTo(new DomainModel.Source(DomainModel.Source.Format.JDL, name));
        assertThat(model.name()).matches("[a-z][a-z0-9-]*");
        assertThat(model.basePackage()).matches("[a-z][a-z0-9_.]*");
        assertThat(model.objectives()).isNotEmpty();
        assertThat(model.useCases()).isNotEmpty();
        for (Relationship r : model.relationships()) {
            assertThat(model.entity(r.from())).as("from of %s", r).isPresent();
            assertThat(model.entity(r.to())).as("to of %s", r).isPresent();
        }
        for (Entity e : model.entities()) {
            assertThat(e.schemaOrgType()).isNotBlank();
            for (Field f : e.fields()) {
                if (f.type() == FieldType.ENUM) {
                    assertThat(model.enumType(f.enumName()))
                        .as("enum of %s.%s", e.name().original(), f.name().original())
                        .isPresent();
                }
            }
        }
        if (ENTITY_COUNTS.containsKey(name)) {
            assertThat(model.entities()).hasSize(ENTITY_COUNTS.get(name));
        }
    }

    @Test
    void bugTrackerIsReadCompletely() {
        DomainModel model = reader.read(Corpus.file("bug-tracker.jdl"), SpecOptions.DEFAULTS);

        assertThat(model.name()).isEqualTo("bug-tracker");
        assertThat(model.basePackage()).isEqualTo("com.example.bugtracker");
        assertThat(model.entities()).extracting(e -> e.name().original())
            .containsExactly("Project", "Label", "Ticket", "Attachment", "Comment", "User");
        Entity user = model.entity("User").orElseThrow();
        assertThat(user.builtIn()).isTrue();
        assertThat(user.fields()).singleElement().satisfies(login -> {
            assertThat(login.name().fieldName()).isEqualTo("login");
            assertThat(login.required()).isTrue();
            assertThat(login.unique()).isTrue();
        });
        Entity ticket = model.entity("Ticket").orElseThrow();
        assertThat(ticket.options().pagination()).isEqualTo(EntityOptions.Pagination.PAGINATION);
        assertThat(ticket.fields()).extracting(f -> f.name().fieldName())
            .containsExactly("title", "description", "dueDate", "date", "status", "type", "priority");
        assertThat(ticket.fields().get(4).type()).isEqualTo(FieldType.ENUM);
        assertThat(ticket.fields().get(4).enumName()).isEqualTo("Status");
        assertThat(model.entity("Label").orElseThrow().fields().getFirst().minLength()).isEqualTo(3);
        assertThat(model.enumType("Status").orElseThrow().values())
            .contains(new io.scaffold.orchestrator.domain.EnumType.Value("WAITING_FOR_RESPONSE",
                    "Waiting for Customer Response"));

        assertThat(model.relationships()).hasSize(7);
        Relationship assignedTo = model.relationships()
            .stream()
            .filter(r -> r.fromField().fieldName().equals("assignedTo"))
            .findFirst()
            .orElseThrow();
        assertThat(assignedTo.kind()).isEqualTo(Relationship.Kind.MANY_TO_ONE);
        assertThat(assignedTo.to()).isEqualTo("User");
        assertThat(assignedTo.displayField()).isEqualTo("login");
        Relationship comments = model.relationships()
            .stream()
            .filter(r -> r.from().equals(r.to()))
            .findFirst()
            .orElseThrow();
        assertThat(comments.fromField().fieldName()).isEqualTo("parent");
        assertThat(comments.toField().fieldName()).isEqualTo("child");
        Relationship attachments = model.relationships()
            .stream()
            .filter(r -> r.to().equals("Attachment"))
            .findFirst()
            .orElseThrow();
        assertThat(attachments.fromField().fieldName()).as("defaulted as JHipster does").isEqualTo("attachment");
        assertThat(attachments.toField().fieldName()).isEqualTo("ticket");
        assertThat(model.assumptions())
            .anyMatch(a -> a.contains("navigation field on Ticket defaulted to 'attachment'"));
    }

    @Test
    void optionsConstantsAndDocumentationAreApplied() {
        DomainModel library = reader.read(Corpus.file("library.jh"), SpecOptions.DEFAULTS);
        Entity author = library.entity("Author").orElseThrow();
        assertThat(author.fields().getFirst().maxLength()).as("maxlength(DEFAULT_MAX_LENGTH)").isEqualTo(50);
        assertThat(library.entity("Book").orElseThrow().fields().get(2).minLength()).as("minlength(DEFAULT_MIN_LENGTH)")
            .isEqualTo(4);
        assertThat(author.options())
            .isEqualTo(new EntityOptions(EntityOptions.Pagination.PAGINATION, false, true, true, true, false, false));
        assertThat(library.basePackage()).isEqualTo("com.sgaraba.library");
        assertThat(library.ignoredFeatures()).anyMatch(f -> f.contains("cacheProvider hazelcast"));
        assertThat(library.ignoredFeatures()).as("options the generated project does not honour, with their line")
            .as("filter and service with serviceImpl are honoured, so not listed")
            .noneMatch(f -> f.startsWith("filter") || f.startsWith("service"));

        DomainModel oracle = reader.read(Corpus.file("Oracle-Human-Resources-sample.jdl"), SpecOptions.DEFAULTS);
        assertThat(oracle.entity("Employee").orElseThrow().options().service()).as("service all ... except Employee")
            .isFalse();
        assertThat(oracle.entity("Region").orElseThrow().options().service()).isTrue();
        assertThat(oracle.entity("Task").orElseThrow().documentation())
            .isEqualTo("Task entity.\n@author The JHipster team.");
        assertThat(oracle.entity("Location").orElseThrow().documentation()).isEqualTo("not an ignored comment");
        assertThat(oracle.entity("Employee").orElseThrow().fields().getFirst().documentation())
            .isEqualTo("The firstname attribute.");
        assertThat(oracle.relationships()).anyMatch(r -> r.documentation().equals("A relationship"));
        assertThat(oracle.entity("Employee").orElseThrow().options().pagination())
            .isEqualTo(EntityOptions.Pagination.INFINITE_SCROLL);

        DomainModel store = reader.read(Corpus.file("microservice-ecommerce-store.jdl"), SpecOptions.DEFAULTS);
        Field email = store.entity("Customer")
            .orElseThrow()
            .fields()
            .stream()
            .filter(f -> f.name().fieldName().equals("email"))
            .findFirst()
            .orElseThrow();
        assertThat(email.pattern()).isEqualTo("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$");
        assertThat("someone@example.org").matches(email.pattern());
    }

    @Test
    void northwindIdFieldsBecomeTheTechnicalId() {
        DomainModel model = reader.read(Corpus.file("northwind-jdl.jh"), SpecOptions.DEFAULTS);
        assertThat(model.entities())
            .allSatisfy(e -> assertThat(e.fields()).noneMatch(f -> f.name().original().equals("id")));
        assertThat(model.assumptions()).anyMatch(a -> a.startsWith("Customer.id (Integer, line 14)"));
        assertThat(model.openQuestions()).anyMatch(q -> q.startsWith("No relationships are declared"));
    }

    @Test
    void deploymentsAreReportedNotAppliedAndSearchIsGeneratedAsPostgresFullText() {
        DomainModel k8s = reader.read(Corpus.file("microservice-ecommerce-reactive.jdl"), SpecOptions.DEFAULTS);
        assertThat(k8s.ignoredFeatures()).anyMatch(f -> f.startsWith("deployment kubernetes (line 223)"));
        DomainModel blog = reader.read(Corpus.file("microservices-blog-store.jh"), SpecOptions.DEFAULTS);
        assertThat(blog.entity("Post").orElseThrow().options().search()).isTrue();
        assertThat(blog.ignoredFeatures()).as("Blog, Post and Tag have text to search")
            .noneMatch(f -> f.startsWith("search"));
        assertThat(blog.assumptions()).anyMatch(
                a -> a.startsWith("search with elasticsearch (line 88) is generated as PostgreSQL full-text search"));
    }

}
