package io.scaffold.orchestrator.spec;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.scaffold.orchestrator.domain.DomainModel;
import io.scaffold.orchestrator.domain.decision.DecisionChange;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;

class ClarifyingQuestionsTest {

    private final SpecReader reader = new SpecReader();

    @Test
    void aJdlSpecIsAskedWhatItLeavesOpenMostImportantFirst() {
        DomainModel model = reader.read("books.jdl", """
                entity Author { name String, born LocalDate }
                entity Book { title String required, pages Integer }
                paginate Author with infinite-scroll
                relationship ManyToOne { Book{author} to Author }
                """, null);

        List<ClarifyingQuestion> questions = ClarifyingQuestions.of(model);

        assertThat(questions).extracting(ClarifyingQuestion::decisionId)
            .containsExactly("secured:application", "field-required:Author.name", "display-field:Book.author",
                    "pagination:Book");
        assertThat(questions.get(1).question()).isEqualTo("Is Author.name required?");
        assertThat(questions.get(2)).satisfies(q -> {
            assertThat(q.question()).isEqualTo("Which Author field shows in a Book's author?");
            assertThat(q.options()).containsExactly("name", "id");
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
    void aCompleteYamlSpecIsOnlyAskedAboutLogin() {
        DomainModel library = reader.read(Path.of("examples", "library.yaml"), SpecOptions.DEFAULTS);

        assertThat(ClarifyingQuestions.of(library)).extracting(ClarifyingQuestion::decisionId)
            .containsExactly("secured:application", "pagination:Publisher", "pagination:Author", "pagination:Member");
    }

    @Test
    void freeTextIsAskedForATypeAndRequiredFieldsAndAtMostTenQuestions() {
        DomainModel model = reader.read("shop.md", """
                # Shop
                - Customer: name, email
                - Widget: colour, weight
                - Gizmo: shade
                - Doohickey: hue
                - Thingamajig: tint
                - Whatsit: tone
                """, null);

        List<ClarifyingQuestion> questions = ClarifyingQuestions.of(model);

        assertThat(questions).hasSize(ClarifyingQuestions.MAX_QUESTIONS);
        ClarifyingQuestion widget = questions.stream()
            .filter(q -> q.decisionId().equals("schema-org-type:Widget"))
            .findFirst()
            .orElseThrow();
        assertThat(widget.question()).isEqualTo("Which schema.org type is a Widget?");
        assertThat(widget.options()).hasSizeBetween(2, 4).first().isEqualTo("Thing");
        assertThat(questions).extracting(ClarifyingQuestion::decisionId)
            .as("login first, then the types nothing matched, then required fields")
            .startsWith("secured:application", "schema-org-type:Widget")
            .contains("field-required:Customer.name")
            .doesNotContain("schema-org-type:Customer");
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
