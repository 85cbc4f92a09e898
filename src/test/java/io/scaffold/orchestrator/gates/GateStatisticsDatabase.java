package io.scaffold.orchestrator.gates;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.UUID;
import org.flywaydb.core.Flyway;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * An embedded PostgreSQL migrated by Flyway for the gate statistics tests, with runs of
 * chosen organisations and the repository of their gate evaluations.
 */
final class GateStatisticsDatabase implements AutoCloseable {

    private final EmbeddedPostgres postgres;

    private final JdbcClient jdbc;

    final GateEvaluationRepository evaluations;

    GateStatisticsDatabase() throws IOException {
        postgres = EmbeddedPostgres.builder().start();
        Flyway.configure()
            .dataSource(postgres.getPostgresDatabase())
            .locations("classpath:db/migration")
            .load()
            .migrate();
        jdbc = JdbcClient.create(postgres.getPostgresDatabase());
        evaluations = new GateEvaluationRepository(jdbc, new ObjectMapper());
    }

    /** A new running run of the organisation. */
    UUID run(String organization) {
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                insert into runs (id, organization, created_by, application_name, spec_file, spec_format,
                                  automation_level, status, created_at)
                values (?, ?, 'someone', 'app', 'app.jdl', 'jdl', 'partial', 'RUNNING', ?)""")
            .params(id, organization, Timestamp.from(Instant.now()))
            .update();
        return id;
    }

    @Override
    public void close() throws IOException {
        postgres.close();
    }

}
