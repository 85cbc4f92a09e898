package io.scaffold.orchestrator.gates.probe;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Component;

import javax.sql.DataSource;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;
import java.util.function.Function;

/**
 * A real PostgreSQL server (embedded binaries) for judging migrations: started on first
 * use and kept for the life of the JVM, because starting takes about a second and gates
 * run often; every validation gets a database of its own, dropped afterwards, so parallel
 * criteria never see each other's tables.
 */
@Component
public class PostgresSandbox implements DisposableBean {

    private EmbeddedPostgres server;

    /**
     * Runs {@code work} against a new, empty database and drops that database afterwards.
     */
    public <T> T withFreshDatabase(Function<DataSource, T> work) {
        EmbeddedPostgres pg = server();
        String database = "gate_" + UUID.randomUUID().toString().replace("-", "");
        execute(pg, "CREATE DATABASE " + database);
        try {
            return work.apply(pg.getDatabase("postgres", database));
        }
        finally {
            execute(pg, "DROP DATABASE IF EXISTS " + database + " WITH (FORCE)");
        }
    }

    private synchronized EmbeddedPostgres server() {
        if (server == null) {
            try {
                server = EmbeddedPostgres.builder().start();
            }
            catch (IOException e) {
                throw new UncheckedIOException("cannot start the embedded PostgreSQL server for the data-design gate",
                        e);
            }
        }
        return server;
    }

    private static void execute(EmbeddedPostgres pg, String sql) {
        try (Connection c = pg.getPostgresDatabase().getConnection(); Statement s = c.createStatement()) {
            s.execute(sql);
        }
        catch (SQLException e) {
            throw new IllegalStateException("PostgreSQL sandbox failed on '" + sql + "': " + e.getMessage(), e);
        }
    }

    @Override
    public synchronized void destroy() throws IOException {
        if (server != null) {
            server.close();
            server = null;
        }
    }

}
