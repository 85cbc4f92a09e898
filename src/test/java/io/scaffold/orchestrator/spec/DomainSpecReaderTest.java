package io.scaffold.orchestrator.spec;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.scaffold.orchestrator.domain.DomainModel;
import io.scaffold.orchestrator.domain.Entity;
import io.scaffold.orchestrator.domain.EntityOptions;
import io.scaffold.orchestrator.domain.FieldType;
import io.scaffold.orchestrator.domain.Relationship;

import java.math.BigDecimal;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;

class DomainSpecReaderTest {

    private final SpecReader reader = new SpecReader();

    private static final String VALID = """
            application:
              name: Tiny Shop
            entities:
              Product:
                fields:
                  name: {type: String, required: true}
                  price: {type: BigDecimal, min: 0}
            """;

    @Test
    void readsTheLibraryExample() {
        DomainModel model = reader.read(Path.of("examples/library.yaml"), SpecOptions.DEFAULTS);

        assertThat(model.source()).isEqualTo(new DomainModel.Source(DomainModel.Source.Format.YAML, "library.yaml"));
        assertThat(model.name()).isEqualTo("library");
        assertThat(model.basePackage()).isEqualTo("com.example.library");
        assertThat(model.description()).startsWith("Lends books");
        assertThat(model.objectives()).hasSize(2);
        assertThat(model.useCases()).containsExactly("A librarian registers a new book with its author and publisher",
                "A member borrows a copy of a book", "A librarian records the return of a copy");
        assertThat(model.entities()).extracting(e -> e.name().original())
            .containsExactly("Publisher", "Author", "Book", "Member", "Loan");
        Entity book = model.entity("Book").orElseThrow();
        assertThat(book.documentation()).isEqualTo("A title in the catalogue.");
        assertThat(book.options())
            .isEqualTo(new EntityOptions(EntityOptions.Pagination.PAGINATION, false, true, false, true, false, false));
        assertThat(book.fields().getFirst()).satisfies(isbn -> {
            assertThat(isbn.required()).isTrue();
            assertThat(isbn.unique()).isTrue();
            assertThat(isbn.minLength()).isEqualTo(10);
            assertThat(isbn.maxLength()).isEqualTo(13);
            assertThat(isbn.pattern()).isEqualTo("^[0-9X-]+$");
        });
        assertThat(book.fields().get(2).min()).isEqualByComparingTo(new BigDecimal("1450"));
        assertThat(book.fields().get(4).type()).isEqualTo(FieldType.IMAGE_BLOB);
        assertThat(model.entity("Member").orElseThrow().fields().get(2).enumName()).isEqualTo("MemberStatus");
        assertThat(model.enumType("MemberStatus").orElseThrow().values().get(1).label())
            .isEqualTo("Suspended for late returns");
        assertThat(model.relationships()).extracting(Relationship::kind)
            .containsExactly(Relationship.Kind.MANY_TO_ONE, Relationship.Kind.MANY_TO_MANY,
                    Relationship.Kind.MANY_TO_ONE, Relationship.Kind.ONE_TO_MANY);
        assertThat(model.relationships().get(3).required()).isTrue();
        assertThat(model.relationships().get(2).fromField().fieldName()).isEqualTo("book");
    }

    /**
     * {@code dto: true} asks for a MapStruct mapper, {@code serviceImpl: true} for a
     * service interface and its implementation (JDL {@code dto mapstruct},
     * {@code service with serviceImpl}).
     */
    @Test
    void readsMappingAndServiceOptions() {
        DomainModel model = reader.read("shop.json",
                """
                        {"application": {"name": "shop"},
                         "entities": {"Order": {"options": {"dto": true, "serviceImpl": true}, "fields": {"total": "BigDecimal"}},
                                      "Item": {"options": {"service": true}, "fields": {"name": "String"}}}}
                        """,
                SpecOptions.DEFAULTS);
        assertThat(model.entity("Order").orElseThrow().options())
            .isEqualTo(new EntityOptions(EntityOptions.Pagination.NONE, true, true, true, false, false, false));
        assertThat(model.entity("Item").orElseThrow().options())
            .isEqualTo(new EntityOptions(EntityOptions.Pagination.NONE, false, true, false, false, false, false));
    }

    @Test
    void readsJsonToo() {
        DomainModel model = reader.read("shop.json",
                """
                        {"application": {"name": "shop"},
                         "entities": {"Order": {"fields": {"total": "BigDecimal", "placedAt": {"type": "Instant", "required": true}}}}}
                        """,
                SpecOptions.DEFAULTS);
        assertThat(model.source().format()).isEqualTo(DomainModel.Source.Format.JSON);
        assertThat(model.entity("Order").orElseThrow().name().sqlName()).isEqualTo("orders");
        assertThat(model.useCases()).contains("Create an order");
    }

    @Test
    void minimalSpecGetsDerivedDefaults() {
        DomainModel model = reader.read("tiny.yaml", VALID, SpecOptions.DEFAULTS);
        assertThat(model.name()).isEqualTo("tiny-shop");
        assertThat(model.basePackage()).isEqualTo("com.example.tinyshop");
        assertThat(model.objectives()).containsExactly("Manage products");
        assertThat(model.entity("Product").orElseThrow().schemaOrgType()).isEqualTo("Product");
    }

    private SpecException refuse(String file, String content) {
        SpecException e = catchThrowableOfType(SpecException.class,
                () -> reader.read(file, content, SpecOptions.DEFAULTS));
        assertThat(e).as("refused").isNotNull();
        return e;
    }

    @Test
    void schemaViolationsPointAtTheKey() {
        SpecException unknownKey = refuse("tiny.yaml", VALID.replace("min: 0", "minimum: 0"));
        assertThat(unknownKey.getMessage()).startsWith("tiny.yaml:7:33: /entities/Product/fields/price: ")
            .contains("minimum")
            .contains("how to fix: follow the domain spec schema schema/domain-spec.schema.json");

        SpecException badType = refuse("tiny.yaml", VALID.replace("type: BigDecimal", "type: money"));
        assertThat(badType.line()).isEqualTo(7);
        assertThat(badType.column()).isEqualTo(15);
        assertThat(badType.problem()).startsWith("/entities/Product/fields/price/type: ").contains("pattern");

        SpecException missingName = refuse("tiny.yaml", VALID.replace("  name: Tiny Shop", "  title: Tiny Shop"));
        assertThat(missingName.getMessage()).startsWith(
                "tiny.yaml:1:1: /application: required property 'name' not found" + " (and 1 more schema violation)");

        SpecException badKind = refuse("rel.yaml", VALID + """
                relationships:
                  - {kind: OneToFew, from: Product, to: Product}
                """);
        assertThat(badKind.line()).isEqualTo(9);
        assertThat(badKind.column()).isEqualTo(6);
        assertThat(badKind.problem()).startsWith("/relationships/0/kind: ");
    }

    @Test
    void semanticErrorsPointAtTheKeyToo() {
        SpecException unknownEntity = refuse("rel.yaml", VALID + """
                relationships:
                  - kind: ManyToOne
                    from: Product
                    to: Vendor
                """);
        assertThat(unknownEntity.getMessage())
            .startsWith("rel.yaml:11:5: relationship Product to Vendor refers to unknown entity 'Vendor'");

        SpecException range = refuse("tiny.yaml", VALID.replace("min: 0", "min: 10, max: 1"));
        assertThat(range.getMessage())
            .startsWith("tiny.yaml:7:33: min 10 is greater than max 1 on field price of entity Product");

        SpecException unknownEnum = refuse("tiny.yaml", VALID.replace("type: BigDecimal", "type: Currency"));
        assertThat(unknownEnum.getMessage())
            .startsWith("tiny.yaml:7:15: unknown type 'Currency' for field price of entity Product");
    }

    @Test
    void malformedYamlAndDuplicateKeysAreLocated() {
        SpecException malformed = refuse("bad.yaml", "application:\n  name: [unclosed\nentities: {}\n");
        assertThat(malformed.problem()).startsWith("malformed YAML: ");
        assertThat(malformed.line()).isGreaterThan(1);

        SpecException duplicate = refuse("dup.yaml", VALID + "  Product:\n    fields: {}\n");
        assertThat(duplicate.problem()).contains("Duplicate field 'Product'");
        assertThat(duplicate.line()).isEqualTo(8);

        SpecException badJson = refuse("bad.json", "{\"application\": {\"name\": \"x\"},}");
        assertThat(badJson.problem()).startsWith("malformed JSON: ");
        assertThat(badJson.line()).isEqualTo(1);
        assertThat(badJson.column()).isEqualTo(31);
    }

}
