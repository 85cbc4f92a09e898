package io.scaffold.orchestrator.spec;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.scaffold.orchestrator.domain.DomainModel;
import io.scaffold.orchestrator.domain.Entity;
import io.scaffold.orchestrator.domain.FieldType;
import io.scaffold.orchestrator.domain.Relationship;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;

class FreeTextAnalyzerTest {

    private final DomainModel shop = new SpecReader().read(Path.of("src/test/resources/requirements/shop.md"), SpecOptions.DEFAULTS);

    @Test
    void extractsEntitiesFieldsAndTypesItCanTell() {
        assertThat(shop.source().format()).isEqualTo(DomainModel.Source.Format.TEXT);
        assertThat(shop.name()).isEqualTo("corner-shop");
        assertThat(shop.description()).isEqualTo(
                "A small shop that sells products to its regular customers and keeps track of their orders.");
        assertThat(shop.entities()).extracting(e -> e.name().original()).containsExactly("Customer", "Product", "Supplier", "Order");
        Entity product = shop.entity("Product").orElseThrow();
        assertThat(product.fields()).extracting(f -> f.name().fieldName() + ":" + f.type())
                .containsExactly("name:STRING", "price:BIG_DECIMAL", "sku:STRING", "stock:INTEGER", "weight:STRING");
        assertThat(shop.entity("Order").orElseThrow().fields()).extracting(f -> f.name().fieldName() + ":" + f.type())
                .containsExactly("date:LOCAL_DATE", "total:BIG_DECIMAL", "deliveryWindow:STRING");
        assertThat(product.schemaOrgType()).isEqualTo("Product");
        assertThat(shop.entity("Customer").orElseThrow().schemaOrgType()).isEqualTo("Person");
    }

    @Test
    void readsRelationshipSentences() {
        assertThat(shop.relationships()).hasSize(2);
        Relationship places = shop.relationships().getFirst();
        assertThat(places.kind()).isEqualTo(Relationship.Kind.ONE_TO_MANY);
        assertThat(places.from()).isEqualTo("Customer");
        assertThat(places.to()).isEqualTo("Order");
        assertThat(places.required()).as("'An order belongs to a customer'").isTrue();
        Relationship product = shop.relationships().get(1);
        assertThat(product.kind()).isEqualTo(Relationship.Kind.MANY_TO_ONE);
        assertThat(product.to()).isEqualTo("Product");
    }

    @Test
    void takesGoalsAsObjectivesAndAsksInsteadOfGuessing() {
        assertThat(shop.objectives()).containsExactly("Customers can order products online",
                "The owner sees every open order at a glance");
        assertThat(shop.openQuestions())
                .anyMatch(q -> q.equals("Order.deliveryWindow (line 17): the type is not stated; it is a String for now. Which type is it?"))
                .anyMatch(q -> q.startsWith("Product.weight (line 18): type 'Kilogram' is not known"))
                .anyMatch(q -> q.startsWith("Entity Supplier has no fields besides its id"));
        assertThat(shop.assumptions()).anyMatch(a -> a.startsWith("The domain was extracted by the deterministic free-text analyser"));
    }

    @Test
    void mutualManySentencesMakeAManyToMany() {
        DomainModel model = new FreeTextAnalyzer().analyze("""
                A student attends many courses.
                A course has many students.
                Each course has a title and a start date.
                """, "school.txt");
        assertThat(model.relationships()).singleElement().satisfies(r -> {
            assertThat(r.kind()).isEqualTo(Relationship.Kind.MANY_TO_MANY);
            assertThat(r.from()).isEqualTo("Student");
            assertThat(r.to()).isEqualTo("Course");
        });
        assertThat(model.entity("Course").orElseThrow().fields()).extracting(f -> f.type())
                .containsExactly(FieldType.STRING, FieldType.LOCAL_DATE);
        assertThat(model.openQuestions()).anyMatch(q -> q.startsWith("The requirements state no goals"));
        assertThat(model.name()).isEqualTo("school");
    }

    @Test
    void refusesTextWithoutAnyEntity() {
        assertThatThrownBy(() -> new FreeTextAnalyzer().analyze("We want a great app.\nIt should be fast.\n", "vague.md"))
                .isInstanceOf(SpecException.class)
                .hasMessageStartingWith("vague.md: no entity found in the requirements\n  how to fix: list entities as");
    }
}
