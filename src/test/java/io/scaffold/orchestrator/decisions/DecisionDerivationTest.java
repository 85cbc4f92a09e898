package io.scaffold.orchestrator.decisions;

import static org.assertj.core.api.Assertions.assertThat;

import io.scaffold.orchestrator.domain.DomainModel;
import io.scaffold.orchestrator.domain.decision.Decision;
import io.scaffold.orchestrator.domain.decision.DecisionKind;
import io.scaffold.orchestrator.domain.decision.DecisionSource;
import io.scaffold.orchestrator.spec.SpecOptions;
import io.scaffold.orchestrator.spec.SpecReader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The decisions a model embodies, with their sources, and that applying them unchanged
 * gives the model back.
 */
class DecisionDerivationTest {

    static final Path CORPUS = Path.of("../shared/corpus/jhipster-jdl-samples");

    static final String LIBRARY = """
            entity Book(volumes) { title String required maxlength(120), summary String, cover ImageBlob }
            entity Author { name String required, email String }
            enum Genre { NOVEL, POETRY }
            relationship ManyToOne { Book{author(name)} to Author }
            relationship ManyToOne { Book{editor} to Author }
            relationship OneToOne { Author{portrait} to Book{sitter} }
            paginate Book with pagination
            dto Author with mapstruct
            """;

    final DecisionDerivation derivation = new DecisionDerivation();

    static DomainModel read(String file, String content) {
        return new SpecReader().read(file, content, SpecOptions.DEFAULTS);
    }

    @Test
    void whatTheJdlStatesIsSpecWhatItLeavesOpenIsAnAssumption() {
        Map<String, Decision> d = byId(derivation.derive(read("library.jdl", LIBRARY)));

        assertSource(d.get("field-required:Book.title"), "true", DecisionSource.SPEC, false);
        assertSource(d.get("field-required:Book.summary"), "false", DecisionSource.DEFAULT, true);
        assertSource(d.get("string-length:Book.title"), "120", DecisionSource.SPEC, false);
        assertSource(d.get("string-length:Book.summary"), "255", DecisionSource.DEFAULT, true);
        assertThat(d).doesNotContainKey("string-length:Book.cover");
        assertSource(d.get("table-name:Book"), "volumes", DecisionSource.SPEC, false);
        assertSource(d.get("table-name:Author"), "authors", DecisionSource.DEFAULT, true);
        assertSource(d.get("pagination:Book"), "PAGINATION", DecisionSource.SPEC, false);
        assertSource(d.get("pagination:Author"), "NONE", DecisionSource.DEFAULT, true);
        assertThat(d.get("pagination:Book").options()).containsExactly("NONE", "PAGINATION", "INFINITE_SCROLL");
        assertSource(d.get("dto-style:Author"), "MAPSTRUCT", DecisionSource.SPEC, false);
        assertSource(d.get("dto-style:Book"), "NO", DecisionSource.DEFAULT, true);
        assertSource(d.get("display-field:Book.author"), "name", DecisionSource.SPEC, false);
        assertSource(d.get("display-field:Book.editor"), "id", DecisionSource.DEFAULT, true);
        assertThat(d.get("display-field:Book.editor").options()).containsExactly("id", "name", "email");
        assertSource(d.get("relationship-owner:Author.portrait"), "Author", DecisionSource.SPEC, false);
        assertThat(d.get("relationship-owner:Author.portrait").options()).containsExactly("Author", "Book");
        assertThat(d.get("relationship-owner:Book.author").options()).containsExactly("Book");
        assertSource(d.get("enum-values:Genre"), "NOVEL\nPOETRY", DecisionSource.SPEC, false);
        assertSource(d.get("entity-name:Book"), "Book", DecisionSource.SPEC, false);
        assertSource(d.get("secured:application"), "true", DecisionSource.DEFAULT, true);
        assertSource(d.get("use-cases:application"), null, DecisionSource.HEURISTIC, true);
        assertSource(d.get("objectives:application"), "Manage books\nManage authors", DecisionSource.HEURISTIC, true);
        assertThat(d.get("schema-org-type:Book").chosen()).isEqualTo("Book");
        assertThat(d.get("schema-org-type:Book").source()).isEqualTo(DecisionSource.HEURISTIC);
        assertThat(d.get("schema-org-type:Book").options()).startsWith("Book").endsWith("Thing");
        assertThat(d.get("schema-org-type:Author").options()).startsWith("Person").contains("Thing");
        assertThat(d.keySet()).noneMatch(id -> id.endsWith(":User"));
    }

    /**
     * A domain with users (JDL's built-in User) is secured by a rule, not only by the
     * default.
     */
    @Test
    void aDomainWithUsersIsSecuredByHeuristic() {
        Map<String, Decision> d = byId(derivation.derive(read("tracker.jdl", """
                entity Ticket { title String required }
                relationship ManyToOne { Ticket{assignedTo(login)} to User with builtInEntity }
                """)));

        assertSource(d.get("secured:application"), "true", DecisionSource.HEURISTIC, true);
        assertThat(d.get("secured:application").rationale()).contains("built-in User");
    }

    @Test
    void freeTextIsReadByRulesSoEverythingIsAHeuristicAssumption() throws IOException {
        DomainModel model = read("shop.md", Files.readString(Path.of("src/test/resources/requirements/shop.md")));
        List<Decision> decisions = derivation.derive(model);
        assertThat(decisions).isNotEmpty()
            .filteredOn(d -> d.kind() == DecisionKind.ENTITY_NAME || d.kind() == DecisionKind.USE_CASES)
            .isNotEmpty()
            .allSatisfy(d -> {
                assertThat(d.source()).isEqualTo(DecisionSource.HEURISTIC);
                assertThat(d.assumption()).isTrue();
            });
        assertThat(decisions).noneMatch(d -> d.source() == DecisionSource.SPEC);
    }

    @Test
    void aYamlSpecStatesWhatItSays() {
        DomainModel model = read("shop.yaml", """
                application:
                  name: shop
                useCases: [Order products]
                entities:
                  Product:
                    fields:
                      name: {type: String, required: true, maxLength: 80}
                """);
        Map<String, Decision> d = byId(derivation.derive(model));
        assertSource(d.get("field-required:Product.name"), "true", DecisionSource.SPEC, false);
        assertSource(d.get("string-length:Product.name"), "80", DecisionSource.SPEC, false);
        assertSource(d.get("use-cases:application"), "Order products", DecisionSource.SPEC, false);
        assertSource(d.get("objectives:application"), "Manage products", DecisionSource.HEURISTIC, true);
    }

    @Test
    void decisionsAreUniqueValidAndGiveTheModelBackForEveryCorpusSpec() throws IOException {
        List<Path> specs;
        try (Stream<Path> files = Files.list(CORPUS)) {
            specs = files.filter(p -> p.toString().endsWith(".jdl") || p.toString().endsWith(".jh")).sorted().toList();
        }
        assertThat(specs).hasSizeGreaterThan(10);
        int read = 0;
        for (Path spec : specs) {
            DomainModel model;
            try {
                model = new SpecReader().read(spec, SpecOptions.DEFAULTS);
            }
            catch (RuntimeException notAMonolith) {
                continue; // the spec tests say which specs are refused and why
            }
            read++;
            List<Decision> decisions = derivation.derive(model);
            assertThat(decisions).as(spec.toString()).extracting(Decision::id).doesNotHaveDuplicates();
            for (Decision d : decisions) {
                if (!d.options().isEmpty() && !d.kind().listValued()) {
                    assertThat(d.options()).as(d.id()).contains(d.chosen());
                }
            }
            assertThat(DecisionApplication.apply(model, decisions)).as(spec.toString()).isEqualTo(model);
        }
        assertThat(read).isGreaterThan(10);
    }

    private static void assertSource(Decision decision, String chosen, DecisionSource source, boolean assumption) {
        assertThat(decision).isNotNull();
        if (chosen != null) {
            assertThat(decision.chosen()).as(decision.id()).isEqualTo(chosen);
        }
        assertThat(decision.source()).as(decision.id()).isEqualTo(source);
        assertThat(decision.assumption()).as(decision.id()).isEqualTo(assumption);
    }

    static Map<String, Decision> byId(List<Decision> decisions) {
        return decisions.stream().collect(Collectors.toMap(Decision::id, Function.identity()));
    }

}
