package io.scaffold.orchestrator.decisions;

import static org.assertj.core.api.Assertions.assertThat;

import io.scaffold.orchestrator.domain.DomainModel;
import io.scaffold.orchestrator.domain.decision.Decision;
import io.scaffold.orchestrator.domain.decision.DecisionSource;
import io.scaffold.orchestrator.generation.DomainAnalysisGenerator;
import io.scaffold.orchestrator.generation.GeneratedFile;
import io.scaffold.orchestrator.generation.GenerationContext;
import io.scaffold.orchestrator.generation.ProjectLayout;
import io.scaffold.orchestrator.generation.Phases;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Changing a decision changes what the generators write: each kind, changed alone, shows
 * in the file it is about.
 */
class DecisionOutputTest {

    static final DomainModel LIBRARY = DecisionDerivationTest.read("library.jdl", DecisionDerivationTest.LIBRARY);

    static final List<Decision> DERIVED = new DecisionDerivation().derive(LIBRARY);

    static final Map<String, GeneratedFile> BEFORE = Phases.byPath(Phases.generateAll(LIBRARY));

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            schema-org-type:Author         | Thing             | schema-org-mapping.md   | https://schema.org/Thing
            field-required:Book.summary    | true              | V1__create_schema.sql   | summary varchar(255) NOT NULL
            string-length:Book.summary     | 4000              | V1__create_schema.sql   | summary varchar(4000)
            relationship-owner:Author.portrait | Book          | V1__create_schema.sql   | sitter_id bigint
            display-field:Book.editor      | email             | openapi.yaml            | with its id and email
            enum-values:Genre              | NOVEL\\nESSAY      | Genre.java              | ESSAY
            table-name:Author              | writers           | V1__create_schema.sql   | CREATE TABLE writers
            pagination:Author              | PAGINATION        | AuthorController.java   | Pageable pageable
            entity-name:Author             | Writer            | WriterController.java   | class WriterController
            use-cases:application          | Lend a book       | objectives-and-use-cases.md | Lend a book
            objectives:application         | Grow readership   | objectives-and-use-cases.md | Grow readership
            """)
    void aChangedDecisionChangesItsFile(String decisionId, String value, String file, String expected) {
        List<Decision> decisions = DERIVED.stream()
            .map(d -> d.id().equals(decisionId)
                    ? d.change(value.replace("\\n", "\n"), DecisionSource.PERSON, "test", false, true) : d)
            .toList();
        assertThat(decisions).as("the decision exists").anyMatch(d -> d.id().equals(decisionId));

        Map<String, GeneratedFile> after = Phases
            .byPath(Phases.generateAll(DecisionApplication.apply(LIBRARY, decisions)));

        GeneratedFile changed = after.values()
            .stream()
            .filter(f -> f.path().endsWith(file))
            .findFirst()
            .orElseThrow(() -> new AssertionError("no " + file + " among " + after.keySet()));
        assertThat(changed.content()).contains(expected);
        GeneratedFile before = BEFORE.get(changed.path());
        if (before != null) {
            assertThat(before.content()).as("before the change").doesNotContain(expected);
        }
    }

    /**
     * Secured is the default; a person's "false" removes the resource server, the realm
     * and the tokens of the tests.
     */
    @Test
    void securedFalseGeneratesAnOpenApplication() {
        List<Decision> decisions = DERIVED.stream()
            .map(d -> d.id().equals("secured:application")
                    ? d.change("false", DecisionSource.PERSON, "test", false, true) : d)
            .toList();
        Map<String, GeneratedFile> open = Phases
            .byPath(Phases.generateAll(DecisionApplication.apply(LIBRARY, decisions)));

        Map<String, String> securedOnly = Map.of("SecurityConfiguration.java", "oauth2ResourceServer", "realm.json",
                "admin-dev-password", "SecurityTest.java", "anonymousRequestIsRejected", "pom.xml",
                "spring-boot-starter-security-oauth2-resource-server", "application.yml",
                "issuer-uri: ${OAUTH2_ISSUER_URI:", "ApiTestSupport.java",
                "authorities(SecurityConfiguration::realmRoles)", "README.md", "Run it locally with Keycloak",
                "compose.yaml", "keycloak/realm.json");
        securedOnly.forEach((file, text) -> {
            assertThat(BEFORE.values()).as("secured by default: %s has %s", file, text)
                .anyMatch(f -> f.path().endsWith(file) && f.content().contains(text));
            assertThat(open.values()).as("open: no %s in %s", text, file)
                .noneMatch(f -> f.path().endsWith(file) && f.content().contains(text));
        });
    }

    @Test
    void decisionsMdListsEveryDecisionWithItsSourceAndEncodesWhatAPersonWrote() {
        Decision renamed = DERIVED.stream()
            .filter(d -> d.id().equals("entity-name:Author"))
            .findFirst()
            .orElseThrow()
            .change("Writer", DecisionSource.PERSON, "<script>alert(1)</script> | `x` *y*", false, true);
        List<Decision> current = DERIVED.stream().map(d -> d.id().equals(renamed.id()) ? renamed : d).toList();
        GenerationContext context = GenerationContext.defaults().withDecisions(current, List.of(renamed));

        String doc = Phases.byPath(new DomainAnalysisGenerator().generate(LIBRARY, context))
            .get(ProjectLayout.DECISIONS)
            .content();

        assertThat(DERIVED).allSatisfy(d -> assertThat(doc).contains("- Decision: `" + d.id() + "`"));
        assertThat(doc)
            .contains("## Which schema.org type is Author?", "- Options: `Person`", "- Source: HEURISTIC, assumption",
                    "- Source: SPEC\n", "- Source: PERSON, locked", "- Chosen: `Writer`", "  - NOVEL\n  - POETRY\n")
            .doesNotContain("<script>");
    }

}
