package io.scaffold.orchestrator.spec;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.scaffold.orchestrator.domain.DomainModel;
import io.scaffold.orchestrator.domain.Entity;

import org.junit.jupiter.api.Test;

class JdlApplicationSelectionTest {

    private final SpecReader reader = new SpecReader();

    private DomainModel store(String application) {
        return reader.read(Corpus.file("microservice-ecommerce-store.jdl"), new SpecOptions(application));
    }

    @Test
    void defaultIsTheGatewayWithAllItsEntities() {
        DomainModel model = store(null);
        assertThat(model.name()).isEqualTo("store");
        assertThat(model.basePackage()).isEqualTo("com.jhipster.demo.store");
        assertThat(model.entities()).extracting(e -> e.name().original())
            .containsExactly("Product", "ProductCategory", "Customer", "ProductOrder", "OrderItem", "Invoice",
                    "Shipment", "Notification", "User");
        assertThat(model.ignoredFeatures())
            .anyMatch(f -> f.startsWith("application invoice (microservice, line 24) is not generated"))
            .anyMatch(f -> f.startsWith("application notification (microservice, line 39) is not generated"))
            .anyMatch(f -> f.contains("applicationType gateway (line 10)"));
        assertThat(store("store")).isEqualTo(model);
    }

    @Test
    void aMicroserviceGetsOnlyItsEntitiesEnumsAndRelationships() {
        DomainModel invoice = store("invoice");
        assertThat(invoice.name()).isEqualTo("invoice");
        assertThat(invoice.basePackage()).isEqualTo("com.jhipster.demo.invoice");
        assertThat(invoice.entities()).extracting(e -> e.name().original()).containsExactly("Invoice", "Shipment");
        assertThat(invoice.enums()).extracting(e -> e.name().original())
            .containsExactly("InvoiceStatus", "PaymentMethod");
        assertThat(invoice.relationships()).singleElement().satisfies(r -> {
            assertThat(r.from()).isEqualTo("Invoice");
            assertThat(r.to()).isEqualTo("Shipment");
            assertThat(r.required()).as("Shipment{invoice(code) required}").isTrue();
        });
        assertThat(invoice.entities()).noneMatch(Entity::builtIn);
        assertThat(invoice.entity("Invoice").orElseThrow().options().service()).isTrue();
    }

    @Test
    void applicationNamesAreMatchedIgnoringCase() {
        assertThat(store("Notification").entities()).extracting(e -> e.name().original())
            .containsExactly("Notification");
    }

    @Test
    void anUnknownApplicationIsRefusedWithTheNamesToChooseFrom() {
        assertThatThrownBy(() -> store("billing")).isInstanceOf(SpecException.class)
            .hasMessage("microservice-ecommerce-store.jdl: application 'billing' is not declared in this file\n"
                    + "  how to fix: choose one of: store, invoice, notification")
            .satisfies(e -> assertThat(((SpecException) e).line()).isZero());
    }

    @Test
    void aMicrofrontendGatewayWithoutEntitiesCanBeReplacedByAMicroservice() {
        DomainModel blog = reader.read(Corpus.file("reactive-mf.jdl"), new SpecOptions("blog"));
        assertThat(blog.entities()).extracting(e -> e.name().original()).containsExactly("Blog", "Post", "Tag", "User");
    }

}
