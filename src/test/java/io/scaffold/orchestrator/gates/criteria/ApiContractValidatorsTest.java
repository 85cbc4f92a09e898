package io.scaffold.orchestrator.gates.criteria;

import io.scaffold.orchestrator.gates.ProjectFixture;
import io.scaffold.orchestrator.gates.TestModels;
import io.scaffold.orchestrator.gates.CriterionScore;
import io.scaffold.orchestrator.gates.CriterionValidator;
import io.scaffold.orchestrator.gates.Finding;
import io.scaffold.orchestrator.gates.Severity;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;

import static io.scaffold.orchestrator.gates.ProjectFixture.copyOfGoodProject;
import static io.scaffold.orchestrator.gates.ProjectFixture.replace;
import static io.scaffold.orchestrator.gates.TestModels.lines;
import static io.scaffold.orchestrator.gates.TestModels.subject;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.assertj.core.api.Assertions.within;

class ApiContractValidatorsTest {

    private static final String FILE = "src/main/resources/openapi.yaml";

    @TempDir
    Path tmp;

    @Test
    void goodContractMeetsEveryCriterion() {
        for (CriterionValidator validator : List.of(new ContractValidValidator(), new EntitiesCoveredValidator(),
                new ProblemDetailsValidator(), new PaginationValidator())) {
            CriterionScore score = validator.score(subject(TestModels.GOOD_PROJECT));
            assertThat(lines(score)).as(validator.criterion()).isEmpty();
            assertThat(score.score()).as(validator.criterion()).isEqualTo(1.0);
        }
    }

    @Test
    void openApi30AndParserMessagesLowerContractValid() {
        Path project = copyOfGoodProject(tmp);
        replace(project, FILE, "openapi: 3.1.0", "openapi: 3.0.3");
        replace(project, FILE,
                "      responses:\n        '204':\n          description: Deleted\n        '404':\n          $ref: '#/components/responses/NotFound'\n",
                "");

        CriterionScore score = new ContractValidValidator().score(subject(project));

        assertThat(score.score()).isLessThanOrEqualTo(0.4);
        assertThat(lines(score))
            .contains(FILE + ":1: declares openapi 3.0.3; the contract must be OpenAPI 3.1 (openapi: 3.1.0)");
        assertThat(lines(score))
            .contains(FILE + ":43: attribute paths.'/api/projects/{id}'(delete).responses is missing; "
                    + "fix the contract where the parser points");
        assertThat(score.findings()).extracting(Finding::ruleId, Finding::severity)
            .containsExactly(tuple("API-CONTRACT-INVALID", Severity.BLOCKER),
                    tuple("API-OPENAPI-VERSION", Severity.MAJOR));
    }

    @Test
    void unparseableOrMissingContractScoresZero() {
        Path project = copyOfGoodProject(tmp);
        ProjectFixture.write(project, FILE, "openapi: 3.1.0\ninfo:\n  title: [x\npaths: {}\n");
        CriterionScore broken = new ContractValidValidator().score(subject(project));
        assertThat(broken.score()).isZero();
        assertThat(lines(broken)).first().asString().startsWith(FILE + ":4: ").doesNotContain("\n");
        assertThat(new EntitiesCoveredValidator().score(subject(project)).score()).isZero();

        CriterionScore missing = new ProblemDetailsValidator().score(subject(tmp.resolve("nothing-here")));
        assertThat(missing.score()).isZero();
        assertThat(lines(missing)).singleElement().asString().startsWith(FILE + ": the API contract is missing");
    }

    @Test
    void removedPathAndOperationLowerCoverage() {
        Path project = copyOfGoodProject(tmp);
        replace(project, FILE, "  /api/labels/{id}:", "  /api/label-lookup/{id}:");
        replace(project, FILE, "    delete:\n      operationId: deleteTicket",
                "    patch:\n      operationId: deleteTicket");
        replace(project, FILE, "    put:\n      operationId: updateTicket",
                "    head:\n      operationId: updateTicket");

        CriterionScore score = new EntitiesCoveredValidator().score(subject(project));

        // 3 entities x 5 operations; the label item path (3) is gone; tickets keep PATCH
        // as update but lose DELETE
        assertThat(score.score()).isCloseTo(11.0 / 15, within(1e-9));
        assertThat(lines(score)).containsExactly(
                FILE + ": entity Label has no item path …/labels/{id}; add it with GET, PUT or PATCH, DELETE",
                FILE + ":201: /api/tickets/{id} has no DELETE operation for entity Ticket; add it");
    }

    @Test
    void errorResponsesThatAreNotProblemDetailsAreFound() {
        Path project = copyOfGoodProject(tmp);
        replace(project, FILE,
                "    NotFound:\n      description: No such resource\n      content:\n        application/problem+json:",
                "    NotFound:\n      description: No such resource\n      content:\n        application/json:");

        CriterionScore score = new ProblemDetailsValidator().score(subject(project));

        // 15 operations, the 9 that answer 404 fail
        assertThat(score.score()).isCloseTo(6.0 / 15, within(1e-9));
        assertThat(lines(score)).hasSize(9)
            .contains(FILE + ":201: DELETE /api/tickets/{id} response 404 is not application/problem+json; "
                    + "declare the content as application/problem+json with a ProblemDetail schema");
    }

    @Test
    void onlyOperationsThatTakeInputMustDeclareA4xx() {
        Path project = copyOfGoodProject(tmp);
        // a list without parameters cannot be called wrongly: no 4xx needed
        replace(project, FILE,
                "                  $ref: '#/components/schemas/ProjectResponse'\n        '400':\n"
                        + "          $ref: '#/components/responses/BadRequest'\n",
                "                  $ref: '#/components/schemas/ProjectResponse'\n");
        assertThat(new ProblemDetailsValidator().score(subject(project)).score()).isEqualTo(1.0);

        // an item path takes an id: without its 404 it is a finding
        replace(project, FILE,
                "                $ref: '#/components/schemas/ProjectResponse'\n        '404':\n"
                        + "          $ref: '#/components/responses/NotFound'\n",
                "                $ref: '#/components/schemas/ProjectResponse'\n");
        CriterionScore score = new ProblemDetailsValidator().score(subject(project));
        assertThat(score.score()).isCloseTo(14.0 / 15, within(1e-9));
        assertThat(lines(score)).singleElement().asString().contains("GET /api/projects/{id} declares no 4xx response");
    }

    @Test
    void paginatedListWithoutSortAndPageObjectLosesTwoOfFourChecks() {
        Path project = copyOfGoodProject(tmp);
        replace(project, FILE, "        - $ref: '#/components/parameters/Sort'\n", "");
        replace(project, FILE, "$ref: '#/components/schemas/TicketPage'",
                "type: array\n                items:\n                  $ref: '#/components/schemas/TicketResponse'");

        CriterionScore score = new PaginationValidator().score(subject(project));

        assertThat(score.score()).isEqualTo(0.5);
        assertThat(lines(score)).containsExactly(
                FILE + ":164: GET /api/tickets (Ticket is paginated) has no query parameter sort; "
                        + "add the query parameter sort",
                FILE + ":164: GET /api/tickets (Ticket is paginated) answers no page object; answer 200 with a page "
                        + "object (content array plus page metadata), not a bare array");
    }

}
