package io.scaffold.orchestrator.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class SchemaOrgVocabularyTest {

    private final SchemaOrgVocabulary vocabulary = SchemaOrgVocabulary.standard();

    @Test
    void shipsAboutSixtyTypes() {
        assertThat(vocabulary.size()).isBetween(55, 90);
    }

    @ParameterizedTest
    @CsvSource({ "Customer, Person", "Person, Person", "BankAccount, BankAccount", "SpaceEvent, Event",
            "CustomerDetails, Person", "ProductCategory, ProductGroup", "Invoices, Invoice", "Book, Book",
            "Shipment, ParcelDelivery", "Widget, Thing" })
    void matchesByNameFirst(String entity, String type) {
        assertThat(vocabulary.match(entity, List.of())).isEqualTo(type);
    }

    @Test
    void fallsBackToFieldNamesAndThenThing() {
        assertThat(vocabulary.match("Contact", List.of("firstName", "lastName", "email"))).isEqualTo("Person");
        assertThat(vocabulary.match("Widget", List.of("firstName", "email"))).isEqualTo("Person");
        assertThat(vocabulary.match("Widget", List.of("price", "sku", "name"))).isEqualTo("Product");
        assertThat(vocabulary.match("Gathering", List.of("startDate", "location", "title"))).isEqualTo("Event");
        assertThat(vocabulary.match("Widget", List.of("email"))).as("one shared property is coincidence")
            .isEqualTo("Thing");
    }

}
