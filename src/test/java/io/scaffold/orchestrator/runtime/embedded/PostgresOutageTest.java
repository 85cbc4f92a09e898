package io.scaffold.orchestrator.runtime.embedded;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import com.zaxxer.hikari.HikariDataSource;
import io.scaffold.orchestrator.ScaffoldTestContext;
import io.scaffold.orchestrator.process.IncidentFinder;
import io.scaffold.orchestrator.process.ScaffoldRuns;
import io.scaffold.orchestrator.process.StartRequest;
import io.scaffold.orchestrator.runs.PhaseRepository;
import io.scaffold.orchestrator.runs.Run;
import io.scaffold.orchestrator.runs.RunRepository;
import io.scaffold.orchestrator.runs.RunStatus;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.sql.Connection;
import java.sql.Statement;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.dao.DataAccessException;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The database goes away during a run: the jobs that need it fail until their retries run
 * out and the run waits on an incident; the database comes back; retrying the run (the
 * incident resolution the API offers) lets it complete. The real embedded PostgreSQL of
 * the application on its data directory, its database closed to connections with every
 * session ended, then opened again.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE)
@ActiveProfiles("test")
class PostgresOutageTest {

    private static final Path DATA_DIR;

    static {
        try {
            DATA_DIR = Files.createTempDirectory("scaffold-outage-data");
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        ScaffoldTestContext.properties(registry);
        registry.add("scaffold.data-dir", DATA_DIR::toString);
    }

    @Autowired
    ScaffoldRuns scaffoldRuns;

    @Autowired
    RunRepository runs;

    @Autowired
    PhaseRepository phases;

    @Autowired
    IncidentFinder incidents;

    @Autowired
    DataSource dataSource;

    @Autowired
    EmbeddedPostgres postgres;

    @Test
    void aRunWaitingOnAnIncidentWhilePostgresIsDownCompletesWhenRetriedAfterItIsBack() throws Exception {
        // a job waits this long for a connection before it fails
        ((HikariDataSource) dataSource).setConnectionTimeout(1_000);
        Run run = scaffoldRuns.start(new StartRequest("library.yaml",
                Files.readString(Path.of("examples", "library.yaml")), "full", null, "local", "test", null));
        await().dontCatchUncaughtExceptions()
            .atMost(Duration.ofMinutes(3))
            .pollInterval(Duration.ofMillis(50))
            .until(() -> phases.forRun(run.id()).stream().anyMatch(p -> p.phaseId().equals("architecture")));

        // The outage: the application's database takes no connections and every session
        // of
        // it ends (the embedded binaries cannot be started again by hand here: they
        // refuse
        // root, which this machine's sandbox is; the server itself stays up for the
        // admin)
        admin("alter database postgres allow_connections false",
                "select pg_terminate_backend(pid) from pg_stat_activity where datname = 'postgres'");

        // other threads (the search indexer) fail while the database is away: that is the
        // outage, not the test's failure
        long instance = run.processInstanceKey();
        await().dontCatchUncaughtExceptions()
            .alias("an incident on the run's process instance")
            .atMost(Duration.ofMinutes(3))
            .pollInterval(Duration.ofMillis(200))
            .until(() -> !incidents.openIncidents(instance).isEmpty());
        assertThatThrownBy(() -> runs.find(run.id())).as("the database is really away")
            .isInstanceOf(DataAccessException.class);

        admin("alter database postgres allow_connections true");
        // pooled connections whose sessions were ended: pgjdbc's own assertion (tests run
        // with -ea) trips on a batch over one before Hikari notices; production (no -ea)
        // gets an SQLException and a new connection
        ((HikariDataSource) dataSource).getHikariPoolMXBean().softEvictConnections();
        await().dontCatchUncaughtExceptions()
            .alias("PostgreSQL back")
            .atMost(Duration.ofMinutes(1))
            .pollInterval(Duration.ofMillis(200))
            .ignoreExceptions()
            .until(() -> runs.find(run.id()).isPresent());
        assertThat(scaffoldRuns.retry(run.id())).isPositive();
        await().dontCatchUncaughtExceptions()
            .alias("the run to end")
            .atMost(Duration.ofMinutes(5))
            .pollInterval(Duration.ofMillis(200))
            .until(() -> runs.find(run.id()).orElseThrow().status().finished());
        assertThat(runs.find(run.id()).orElseThrow().status()).isEqualTo(RunStatus.COMPLETED);
    }

    /** Statements run as the superuser from another database (template1). */
    private void admin(String... statements) throws Exception {
        try (Connection connection = postgres.getDatabase("postgres", "template1").getConnection();
                Statement statement = connection.createStatement()) {
            for (String sql : statements) {
                statement.execute(sql);
            }
        }
    }

}
