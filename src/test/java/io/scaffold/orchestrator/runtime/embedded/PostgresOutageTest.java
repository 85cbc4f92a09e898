package io.scaffold.orchestrator.runtime.embedded;

import static org.assertj.core.api.Assertions.assertThat;
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
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * PostgreSQL stops during a run: the jobs that need it fail until their retries run out
 * and the run waits on an incident; PostgreSQL starts again; retrying the run (the
 * incident resolution the API offers) lets it complete. The real embedded PostgreSQL of
 * the application, stopped (fast shutdown) and started again on its data directory and
 * port.
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

    @Test
    void aRunWaitingOnAnIncidentWhilePostgresIsDownCompletesWhenRetriedAfterItIsBack() throws Exception {
        // a job waits this long for a connection before it fails
        ((HikariDataSource) dataSource).setConnectionTimeout(1_000);
        Run run = scaffoldRuns.start(new StartRequest("library.yaml",
                Files.readString(Path.of("examples", "library.yaml")), "full", null, "local", "test", null));
        await().atMost(Duration.ofMinutes(3))
            .pollInterval(Duration.ofMillis(50))
            .until(() -> phases.forRun(run.id()).stream().anyMatch(p -> p.phaseId().equals("architecture")));

        ProcessHandle postmaster = postmaster();
        List<String> command = new ArrayList<>();
        command.add(postmaster.info().command().orElseThrow());
        command.addAll(List.of(postmaster.info().arguments().orElseThrow()));
        new ProcessBuilder("kill", "-INT", Long.toString(postmaster.pid())).start().waitFor();
        assertThat(postmaster.onExit().get(60, TimeUnit.SECONDS).isAlive()).isFalse();

        long instance = run.processInstanceKey();
        await("an incident on the run's process instance").atMost(Duration.ofMinutes(3))
            .pollInterval(Duration.ofMillis(200))
            .until(() -> !incidents.openIncidents(instance).isEmpty());

        Process restarted = new ProcessBuilder(command).redirectErrorStream(true)
            .redirectOutput(DATA_DIR.resolve("postgres-restarted.log").toFile())
            .start();
        try {
            await("PostgreSQL back").atMost(Duration.ofMinutes(1))
                .pollInterval(Duration.ofMillis(200))
                .ignoreExceptions()
                .until(() -> runs.find(run.id()).isPresent());
            assertThat(scaffoldRuns.retry(run.id())).isPositive();
            await("the run to end").atMost(Duration.ofMinutes(5))
                .pollInterval(Duration.ofMillis(200))
                .until(() -> runs.find(run.id()).orElseThrow().status().finished());
            assertThat(runs.find(run.id()).orElseThrow().status()).isEqualTo(RunStatus.COMPLETED);
        }
        finally {
            // the context's close stops PostgreSQL on the data directory; a leftover is
            // stopped at once
            restarted.onExit().thenRun(() -> {
            });
            Runtime.getRuntime().addShutdownHook(new Thread(restarted::destroy));
        }
    }

    private static ProcessHandle postmaster() throws IOException {
        long pid = Long
            .parseLong(Files.readAllLines(DATA_DIR.resolve("postgres").resolve("postmaster.pid")).getFirst().trim());
        return ProcessHandle.of(pid).orElseThrow();
    }

}
