package io.scaffold.orchestrator.gates.criteria;

import io.scaffold.orchestrator.gates.ProjectFixture;
import io.scaffold.orchestrator.gates.TestModels;
import io.scaffold.orchestrator.gates.CriterionScore;
import io.scaffold.orchestrator.gates.CriterionValidator;
import io.scaffold.orchestrator.gates.GateSubject;
import io.scaffold.orchestrator.gates.probe.AppliedMigrations;
import io.scaffold.orchestrator.gates.probe.PostgresSandbox;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static io.scaffold.orchestrator.gates.ProjectFixture.copyOfGoodProject;
import static io.scaffold.orchestrator.gates.ProjectFixture.replace;
import static io.scaffold.orchestrator.gates.TestModels.lines;
import static io.scaffold.orchestrator.gates.TestModels.subject;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** The data-design criteria against a real PostgreSQL (embedded binaries). */
class DataDesignValidatorsTest {

    private static final String SCRIPT = "src/main/resources/db/migration/V1__create_schema.sql";

    private static PostgresSandbox sandbox;

    private static AppliedMigrations migrations;

    @TempDir
    Path tmp;

    @BeforeAll
    static void startSandbox() {
        sandbox = new PostgresSandbox();
        migrations = new AppliedMigrations(sandbox);
    }

    @AfterAll
    static void stopSandbox() throws Exception {
        sandbox.destroy();
    }

    @Test
    void goodSchemaMeetsEveryCriterion() {
        GateSubject subject = subject(TestModels.GOOD_PROJECT);
        for (CriterionValidator validator : validators()) {
            CriterionScore score = validator.score(subject);
            assertThat(lines(score)).as(validator.criterion()).isEmpty();
            assertThat(score.score()).as(validator.criterion()).isEqualTo(1.0);
        }
    }

    @Test
    void brokenStatementIsReportedWithFileLineAndPostgresMessage() {
        Path project = copyOfGoodProject(tmp);
        replace(project, SCRIPT, "due_date   DATE,", "due_date   DATTE,");

        CriterionScore applied = new MigrationsApplyValidator(migrations).score(subject(project));
        assertThat(applied.score()).isZero();
        assertThat(lines(applied)).singleElement()
            .asString()
            .startsWith(SCRIPT + ":16: PostgreSQL rejects the statement: ")
            .contains("type \"datte\" does not exist");

        CriterionScore matches = new SchemaMatchesModelValidator(migrations).score(subject(project));
        assertThat(matches.score()).isZero();
        assertThat(lines(matches)).singleElement().asString().contains("see migrations-apply").contains(":16:");
    }

    @Test
    void secondScriptFailingLeavesTheFirstCounted() {
        Path project = copyOfGoodProject(tmp);
        ProjectFixture.write(project, "src/main/resources/db/migration/V2__add_priority.sql",
                "ALTER TABLE tickets\n    ADD COLUMN priority INTEGER REFERENCES nowhere (id);\n");

        CriterionScore applied = new MigrationsApplyValidator(migrations).score(subject(project));

        assertThat(applied.score()).isEqualTo(0.5);
        assertThat(lines(applied)).singleElement()
            .asString()
            // PostgreSQL gives no position for an unknown relation: the finding points at
            // the statement
            .startsWith("src/main/resources/db/migration/V2__add_priority.sql:1: ")
            .contains("relation \"nowhere\" does not exist");
    }

    @Test
    void missingForeignKeyIndexIsFoundInTheCatalogAndLocatedInTheScript() {
        Path project = copyOfGoodProject(tmp);
        replace(project, SCRIPT, "CREATE INDEX ix_tickets_project_id ON tickets (project_id);", "");

        CriterionScore score = new ForeignKeysIndexedValidator(migrations).score(subject(project));

        // three foreign keys; ticket_labels.ticket_id is covered by the join table's
        // primary key
        assertThat(score.score()).isCloseTo(2.0 / 3, within(1e-9));
        assertThat(lines(score)).containsExactly(SCRIPT + ":19: foreign key column tickets.project_id has no index; "
                + "add CREATE INDEX ix_tickets_project_id ON tickets (project_id)");
    }

    @Test
    void schemaThatDriftsFromTheModelIsScoredPerCheck() {
        Path project = copyOfGoodProject(tmp);
        replace(project, SCRIPT, "title      VARCHAR(255) NOT NULL,", "title      VARCHAR(255),");
        replace(project, SCRIPT, "estimate   INTEGER,", "estimate   BIGINT,");
        replace(project, SCRIPT, "project_id BIGINT NOT NULL REFERENCES projects (id)",
                "project_id BIGINT REFERENCES projects (id)");

        CriterionScore score = new SchemaMatchesModelValidator(migrations).score(subject(project));

        // 3 tables + 7 columns + 2 relationships = 12 checks, 3 fail
        assertThat(score.score()).isCloseTo(9.0 / 12, within(1e-9));
        assertThat(lines(score)).containsExactlyInAnyOrder(SCRIPT
                + ":15: column tickets.title (field Ticket.title) is nullable but the field is required; add NOT NULL",
                SCRIPT + ":18: column tickets.estimate (field Ticket.estimate) has type int8 but INTEGER needs one of int4; change the column type",
                SCRIPT + ":19: MANY_TO_ONE Ticket.project -> Project is required but tickets.project_id is nullable; add NOT NULL");
    }

    @Test
    void missingTableAndJoinTableAreReported() {
        Path project = copyOfGoodProject(tmp);
        replace(project, SCRIPT, "CREATE INDEX ix_ticket_labels_label_id ON ticket_labels (label_id);", "");
        replace(project, SCRIPT, "CREATE TABLE ticket_labels (", "CREATE TABLE ticket_labels_unused (");
        replace(project, SCRIPT, "    label_id  BIGINT NOT NULL REFERENCES labels (id),",
                "    label_id  BIGINT NOT NULL,");

        CriterionScore score = new SchemaMatchesModelValidator(migrations).score(subject(project));

        assertThat(score.score()).isCloseTo(11.0 / 12, within(1e-9));
        assertThat(lines(score)).singleElement()
            .asString()
            .startsWith(SCRIPT
                    + ":13: MANY_TO_MANY Ticket.labels -> Label has no join table with foreign keys to tickets and labels");
    }

    @Test
    void namesThatNeedQuotingOrAreTooLongBreakTheNamingRules() {
        Path project = copyOfGoodProject(tmp);
        String longName = "a_column_name_that_goes_on_and_on_well_beyond_what_postgres_keeps_x";
        ProjectFixture.write(project, "src/main/resources/db/migration/V2__orders.sql", """
                CREATE TABLE "Order" (
                    id BIGINT PRIMARY KEY,
                    "user" VARCHAR(20),
                    %s INTEGER
                );
                """.formatted(longName));

        CriterionScore score = new NamingRulesValidator(migrations).score(subject(project));

        assertThat(score.score()).isLessThan(1.0).isGreaterThan(0.5);
        assertThat(lines(score)).contains(
                "src/main/resources/db/migration/V2__orders.sql:4: identifier " + longName
                        + " has 67 characters; PostgreSQL truncates names to 63; shorten it",
                "src/main/resources/db/migration/V2__orders.sql:1: table Order is not lower snake_case; rename it, e.g. to order",
                "src/main/resources/db/migration/V2__orders.sql:3: column Order.user is the PostgreSQL reserved word 'user' "
                        + "and works only quoted; rename it, e.g. to user_value");
    }

    @Test
    void projectWithoutMigrationsScoresZero() {
        CriterionScore score = new MigrationsApplyValidator(migrations).score(subject(tmp));

        assertThat(score.score()).isZero();
        assertThat(lines(score)).singleElement()
            .asString()
            .startsWith("src/main/resources/db/migration: no V<version>");
    }

    private static CriterionValidator[] validators() {
        return new CriterionValidator[] { new MigrationsApplyValidator(migrations),
                new SchemaMatchesModelValidator(migrations), new NamingRulesValidator(migrations),
                new ForeignKeysIndexedValidator(migrations) };
    }

}
