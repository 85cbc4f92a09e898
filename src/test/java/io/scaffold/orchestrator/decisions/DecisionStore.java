package io.scaffold.orchestrator.decisions;

import io.scaffold.orchestrator.artifacts.ArtifactStore;
import io.scaffold.orchestrator.artifacts.DomainModels;
import io.scaffold.orchestrator.artifacts.Workspace;
import io.scaffold.orchestrator.runs.RunEventLog;
import io.scaffold.orchestrator.runs.RunRepository;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.autoconfigure.flyway.FlywayAutoConfiguration;
import org.springframework.boot.autoconfigure.jackson.JacksonAutoConfiguration;
import org.springframework.boot.autoconfigure.jdbc.DataSourceAutoConfiguration;
import org.springframework.boot.autoconfigure.jdbc.DataSourceTransactionManagerAutoConfiguration;
import org.springframework.boot.autoconfigure.jdbc.JdbcClientAutoConfiguration;
import org.springframework.boot.autoconfigure.jdbc.JdbcTemplateAutoConfiguration;
import org.springframework.boot.autoconfigure.transaction.TransactionAutoConfiguration;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * The decision store and what it stands on (runs, events, artifacts, the stored model) on
 * a real embedded PostgreSQL migrated by Flyway, without the engine: a test's
 * {@code @SpringBootTest(classes = ...)} names this configuration and calls
 * {@link #properties} from its {@code @DynamicPropertySource}.
 */
@Configuration
@ImportAutoConfiguration({ DataSourceAutoConfiguration.class, DataSourceTransactionManagerAutoConfiguration.class,
        TransactionAutoConfiguration.class, JdbcTemplateAutoConfiguration.class, JdbcClientAutoConfiguration.class,
        FlywayAutoConfiguration.class, JacksonAutoConfiguration.class })
@Import({ RunRepository.class, RunEventLog.class, Workspace.class, ArtifactStore.class, DomainModels.class,
        DecisionRepository.class, RunDecisions.class, DecisionLearning.class })
public class DecisionStore {

    private static EmbeddedPostgres postgres;

    public static synchronized void properties(DynamicPropertyRegistry registry) {
        try {
            if (postgres == null) {
                postgres = EmbeddedPostgres.builder().start();
                Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                    try {
                        postgres.close();
                    }
                    catch (IOException e) {
                        // the JVM ends anyway
                    }
                }));
            }
            String workspace = Files.createTempDirectory("decision-store-test").toString();
            String url = postgres.getJdbcUrl("postgres", "postgres");
            registry.add("spring.datasource.url", () -> url);
            registry.add("spring.datasource.username", () -> "postgres");
            registry.add("scaffold.workspace", () -> workspace);
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

}
