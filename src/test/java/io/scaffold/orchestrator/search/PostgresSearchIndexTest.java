package io.scaffold.orchestrator.search;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The contract, on the PostgreSQL adapter, on embedded PostgreSQL with the real schema.
 */
class PostgresSearchIndexTest extends SearchIndexContract {

    private static EmbeddedPostgres postgres;

    private static PostgresSearchIndex index;

    @BeforeAll
    static void start() throws IOException {
        postgres = EmbeddedPostgres.builder().start();
        Flyway.configure().dataSource(postgres.getPostgresDatabase()).load().migrate();
        index = new PostgresSearchIndex(new JdbcTemplate(postgres.getPostgresDatabase()), new ObjectMapper());
    }

    @AfterAll
    static void stop() throws IOException {
        postgres.close();
    }

    @Override
    protected SearchIndex index() {
        return index;
    }

}
