package io.scaffold.orchestrator.spec;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.scaffold.orchestrator.decisions.DecisionDerivation;
import io.scaffold.orchestrator.domain.DomainModel;
import io.scaffold.orchestrator.domain.decision.DecisionChange;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;

class ClarifyingQuestionsTest {

    private final SpecReader reader = new SpecReader();

    /** The questions about the decisions a run of the model starts with. */
    private static List<ClarifyingQuestion> questions(DomainModel model) {
        return ClarifyingQuestions.of(model, new DecisionDerivation().derive(model));
    }

    @Test
    void aJdlSpecIsAskedWhatItLeavesOpenMostImportantFirst() {
        DomainModel model = reader.read("books.jdl", """
                entity Author { name String, born LocalDate }
                entity Book { title String required, pages Integer }
                paginate Author with infinite-scroll
                relationship ManyToOne { Book{author} to Author }
                """, null);

        List<ClarifyingQuestion> questions = questions(model);

        assertThat(questions).extracting(ClarifyingQuestion::decisionId)
            .containsExactly("secured:application", "field-required:Author.name", "display-field:Book.author",
                    "pagination:Book");
        assertThat(questions.get(1).question()).isEqualTo("Is Author.name required?");
        assertThat(questions.get(2)).satisfies(q -> {
            assertThat(q.question()).isEqualTo("Which Author field shows in a Book's author?");
            assertThat(q.options()).as("the decision's options").containsExactly("id", "name", "born");
            assertThat(q.recommended()).isEqualTo("name");
        });
        assertThat(questions.get(3)).satisfies(q -> {
            assertThat(q.question()).isEqualTo("How should the list of Books be paged?");
            assertThat(q.options()).containsExactly("NONE", "PAGINATION", "INFINITE_SCROLL");
            assertThat(q.recommended()).isEqualTo("PAGINATION");
        });
        assertThat(questions).allSatisfy(q -> {
            assertThat(q.options()).hasSizeBetween(2, 4).contains(q.recommended());
            assertThat(q.why()).isNotBlank();
        });
        assertThat(model.openQuestions()).as("a choice is a question, not also a note")
            .noneMatch(q -> q.contains("required"));
    }

    @Test
    void aCompleteYamlSpecIsAskedOnlyAboutLoginAndPaging() {
        DomainModel library = reader.read(Path.of("examples", "library.yaml"), SpecOptions.DEFAULTS);

        assertThat(questions(library)).extracting(ClarifyingQuestion::decisionId)
            .containsExactly("secured:application", "pagination:Publisher", "pagination:Author", "pagination:Member");
    }

    @Test
    void freeTextIsAskedForTypesAndRequiredFieldsAndAtMostTenQuestions() {
        DomainModel model = reader.read("shop.md", """
                # Shop
                - Customer: name, email
                - Widget: colour, weight
                - Gizmo: shade
                - Doohickey: hue
                - Thingamajig: tint
                - Whatsit: tone
                """, null);

        List<ClarifyingQuestion> questions = questions(model);

        assertThat(questions).hasSize(ClarifyingQuestions.MAX_QUESTIONS);
        ClarifyingQuestion customer = questions.get(1);
        assertThat(customer.decisionId()).isEqualTo("schema-org-type:Customer");
        assertThat(customer.question()).isEqualTo("Which schema.org type is a Customer?");
        assertThat(customer.options()).hasSizeBetween(2, 4).contains("Person", "Thing");
        assertThat(customer.recommended()).isEqualTo("Person");
        assertThat(questions).extracting(ClarifyingQuestion::decisionId)
            .as("login first, then the guessed types, then required fields; no type question without alternatives")
            .startsWith("secured:application", "schema-org-type:Customer")
            .contains("field-required:Customer.name", "field-required:Widget.colour")
            .doesNotContain("schema-org-type:Widget");
    }

    @Test
    void anAnswerIsOneOfTheOptionsAndNoAnswerTakesTheRecommendation() {
        ClarifyingQuestion paging = new ClarifyingQuestion("pagination:Book", "How should the list of Books be paged?",
                List.of("NONE", "PAGINATION", "INFINITE_SCROLL"), "PAGINATION", "not stated");

        assertThat(paging.answer("NONE")).extracting(DecisionChange::decisionId, DecisionChange::value)
            .containsExactly("pagination:Book", "NONE");
        assertThat(paging.answer(" ").value()).isEqualTo("PAGINATION");
        assertThatThrownBy(() -> paging.answer("ALL")).isInstanceOf(IllegalArgumentException.class)
            .hasMessage("'ALL' is not an answer to pagination:Book (How should the list of Books be paged?): "
                    + "choose one of [NONE, PAGINATION, INFINITE_SCROLL]");
        assertThatThrownBy(() -> new ClarifyingQuestion("pagination:Book", "?", List.of("NONE"), "NONE", ""))
            .hasMessageContaining("2 to 4 options");
    }

}
