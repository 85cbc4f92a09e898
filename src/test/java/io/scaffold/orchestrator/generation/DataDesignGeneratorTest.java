package io.scaffold.orchestrator.generation;

import io.scaffold.orchestrator.domain.DomainModel;
import io.scaffold.orchestrator.domain.decision.Decision;
import io.scaffold.orchestrator.domain.decision.DecisionKind;
import io.scaffold.orchestrator.domain.decision.DecisionSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The migration, read as text and applied to a real PostgreSQL. */
class DataDesignGeneratorTest {

    private static final Pattern FOREIGN_KEY = Pattern
        .compile("ALTER TABLE (\\w+)\\s+ADD CONSTRAINT \\w+ FOREIGN KEY \\((\\w+)\\)");

    private static EmbeddedPostgres postgres;

    @BeforeAll
    static void startPostgres() throws Exception {
        postgres = EmbeddedPostgres.start();
    }

    @AfterAll
    static void stopPostgres() throws Exception {
        postgres.close();
    }

    private static String migration(DomainModel model) {
        return Phases.byPath(new DataDesignGenerator().generate(model, GenerationContext.defaults()))
            .get(ProjectLayout.SCHEMA_MIGRATION)
            .content();
    }

    @Test
    void manyToManyGetsAJoinTableWithACompositeKey() {
        String sql = migration(DomainFixtures.bugTracker());
        assertThat(sql)
            .contains("CREATE TABLE rel_ticket_label (\n    ticket_id bigint NOT NULL,\n    label_id bigint NOT NULL,\n"
                    + "    CONSTRAINT pk_rel_ticket_label PRIMARY KEY (ticket_id, label_id)");
        assertThat(sql).contains("FOREIGN KEY (label_id) REFERENCES labels (id)");
    }

    @Test
    void everyForeignKeyColumnIsIndexed() {
        for (DomainModel model : List.of(DomainFixtures.bugTracker(), DomainFixtures.awkwardNames(),
                GeneratorsTest.corpus("library.jh"))) {
            String sql = migration(model);
            Matcher fk = FOREIGN_KEY.matcher(sql);
            int count = 0;
            while (fk.find()) {
                count++;
                String table = fk.group(1);
                String column = fk.group(2);
                assertThat(sql).as(model.name() + " " + table + "." + column)
                    .containsAnyOf("ON " + table + " (" + column + ");", "UNIQUE (" + column + ")");
            }
            assertThat(count).as(model.name()).isPositive();
        }
    }

    @Test
    void validationsBecomeConstraints() {
        String sql = migration(DomainFixtures.awkwardNames());
        assertThat(sql).contains("default_value varchar(40) NOT NULL",
                "CONSTRAINT uk_orders_default_value UNIQUE (default_value)",
                "CONSTRAINT ck_orders_order_value CHECK (order_value >= 1 AND order_value <= 100)",
                "CONSTRAINT ck_orders_type CHECK (type IN ('DEFAULT', 'SELECT', 'CLASS'))", "group_id bigint NOT NULL",
                "CONSTRAINT uk_selects_class_id UNIQUE (class_id)");
    }

    @Test
    void migrationAppliesToPostgresAndEnforcesTheRules() throws SQLException {
        try (Connection connection = postgres.getPostgresDatabase().getConnection();
                Statement statement = connection.createStatement()) {
            statement.execute("CREATE SCHEMA bug_tracker; SET search_path TO bug_tracker");
            statement.execute(migration(DomainFixtures.bugTracker()));

            assertThat(names(statement,
                    "SELECT table_name FROM information_schema.tables WHERE table_schema = 'bug_tracker'"))
                .containsExactlyInAnyOrder("projects", "labels", "tickets", "rel_ticket_label", "attachments",
                        "comments", "users");
            assertThat(names(statement, "SELECT indexname FROM pg_indexes WHERE schemaname = 'bug_tracker'"))
                .contains("idx_tickets_project_id", "idx_comments_child_id", "idx_rel_ticket_label_label_id");

            statement.execute("INSERT INTO tickets (title, status) VALUES ('Crash on start', 'OPEN')");
            assertThatThrownBy(() -> statement.execute("INSERT INTO tickets (title, status) VALUES ('x', 'LOST')"))
                .hasMessageContaining("ck_tickets_status");
            assertThatThrownBy(() -> statement.execute("INSERT INTO labels (label) VALUES ('ab')"))
                .hasMessageContaining("ck_labels_label");
            assertThatThrownBy(() -> statement.execute("INSERT INTO tickets (title, project_id) VALUES ('x', 42)"))
                .hasMessageContaining("fk_tickets_project_id");
        }
    }

    @Test
    void awkwardNamesNeedNoQuoting() throws SQLException {
        try (Connection connection = postgres.getPostgresDatabase().getConnection();
                Statement statement = connection.createStatement()) {
            statement.execute("CREATE SCHEMA awkward; SET search_path TO awkward");
            statement.execute(migration(DomainFixtures.awkwardNames()));
            assertThat(
                    names(statement, "SELECT table_name FROM information_schema.tables WHERE table_schema = 'awkward'"))
                .contains("orders", "groups", "selects", "class_entities", "rel_group_group", "rel_group_option");
            // JDL search on Group: PostgreSQL keeps the tsvector of its text columns
            // (class_name, notes).
            statement.execute("INSERT INTO groups (class_name, notes) VALUES ('Quick brown', 'fox jumps'), "
                    + "('brown fox', NULL)");
            String matching = "SELECT class_name FROM groups WHERE search_vector @@ websearch_to_tsquery('simple', '%s')";
            assertThat(names(statement, matching.formatted("JUMPS"))).containsExactly("Quick brown");
            assertThat(names(statement, matching.formatted("\"brown fox\" -quick"))).containsExactly("brown fox");
            assertThat(names(statement, matching.formatted("nothing or quick"))).containsExactly("Quick brown");
            assertThat(names(statement,
                    "SELECT indexname FROM pg_indexes WHERE schemaname = 'awkward' AND indexdef LIKE '%USING gin%'"))
                .containsExactlyInAnyOrder("idx_groups_search_vector", "idx_selects_search_vector");
        }
    }

    @Test
    void erDiagramShowsEveryTableAndJoinTable() {
        String diagram = Phases
            .byPath(new DataDesignGenerator().generate(DomainFixtures.bugTracker(), GenerationContext.defaults()))
            .get("docs/data/er-diagram.md")
            .content();
        assertThat(diagram).contains("```mermaid\nerDiagram", "    tickets {", "    rel_ticket_label {",
                "projects ||--o{ tickets : \"project\"", "comments ||--o{ comments : \"child\"");
    }

    @Test
    void theDiagramStatesTheDecisionChangesItReflectsAndNothingElse() {
        Decision required = Decision
            .of(DecisionKind.FIELD_REQUIRED, "Ticket.title", "Must every Ticket have a title?",
                    List.of("true", "false"), "false", DecisionSource.DEFAULT, "not marked", true)
            .change("true", DecisionSource.PERSON, "every ticket needs one", false, true);
        Decision useCases = Decision.of(DecisionKind.USE_CASES, DecisionKind.APPLICATION, "What must users do?",
                List.of(), "Close tickets", DecisionSource.PERSON, "asked for", false);
        GenerationContext ctx = GenerationContext.defaults()
            .withFindings(List.of("tickets.project_id has no index"))
            .withDecisions(List.of(required, useCases), List.of(required, useCases));
        String diagram = Phases.byPath(new DataDesignGenerator().generate(DomainFixtures.bugTracker(), ctx))
            .get("docs/data/er-diagram.md")
            .content();
        assertThat(diagram)
            .contains("## Decision changes reflected in this version",
                    "- `field-required:Ticket.title`: `true` (PERSON): every ticket needs one")
            .doesNotContain("use-cases", "Review findings", "project_id has no index");
        String unchanged = Phases
            .byPath(new DataDesignGenerator().generate(DomainFixtures.bugTracker(),
                    GenerationContext.defaults().withFindings(List.of("tickets.project_id has no index"))))
            .get("docs/data/er-diagram.md")
            .content();
        assertThat(unchanged).doesNotContain("Decision changes", "Review findings");
    }

    private static List<String> names(Statement statement, String query) throws SQLException {
        List<String> names = new ArrayList<>();
        try (ResultSet rows = statement.executeQuery(query)) {
            while (rows.next()) {
                names.add(rows.getString(1));
            }
        }
        return names;
    }

}
