package io.scaffold.orchestrator.generation;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class IndefiniteArticleTest {

    @ParameterizedTest
    @CsvSource({ "Order, an Order", "Attachment, an Attachment", "Item, an Item", "User, a User",
            "Unit Price, a Unit Price", "Umbrella, an Umbrella", "One Time Code, a One Time Code",
            "Hour Sheet, an Hour Sheet", "Holiday, a Holiday", "SQL Query, an SQL Query", "URL Mapping, a URL Mapping",
            "Bank Account, a Bank Account", "Euro Rate, a Euro Rate" })
    void picksTheArticleBySound(String label, String expected) {
        assertThat(IndefiniteArticle.before(label)).isEqualTo(expected);
    }

}
