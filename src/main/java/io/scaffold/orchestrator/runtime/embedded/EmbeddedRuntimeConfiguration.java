package io.scaffold.orchestrator.runtime.embedded;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.zaxxer.hikari.HikariDataSource;
import io.camunda.client.CamundaClient;
import io.camunda.zeebe.process.test.api.ZeebeTestEngine;
import io.scaffold.orchestrator.process.ElementInstanceFinder;
import io.scaffold.orchestrator.process.IncidentFinder;
import io.scaffold.orchestrator.process.UserTaskCompleter;
import io.scaffold.orchestrator.process.UserTaskInbox;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The embedded runtime (the default): the Zeebe engine in-process and, unless
 * {@code spring.datasource.url} names an external database, a real PostgreSQL started
 * from Maven-shipped binaries, its data in the data directory ({@link DataDirectory}), so
 * runs, artifacts, gates and events outlive the process. The engine keeps its state in
 * memory: a run in flight when the process ends is INTERRUPTED at the next start and can
 * be resumed (process/InterruptedRuns, process/ScaffoldRuns#resume). The engine has no
 * REST API, so user tasks, incidents and element instances are read from its record
 * stream and user tasks are completed by process instance modification.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "scaffold.runtime", havingValue = "embedded", matchIfMissing = true)
class EmbeddedRuntimeConfiguration {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedRuntimeConfiguration.class);

    @Bean
    static EmbeddedZeebe embeddedZeebe() {
        return new EmbeddedZeebe();
    }

    @Bean(destroyMethod = "close")
    EngineRecords engineRecords(ZeebeTestEngine engine,
            @Value("${scaffold.engine.records-read-interval:2s}") Duration readInterval) {
        return new EngineRecords(new EngineLog(engine), readInterval);
    }

    @Bean
    UserTaskInbox embeddedUserTaskInbox(EngineRecords records, ObjectMapper json) {
        return new EmbeddedUserTaskInbox(records, json);
    }

    @Bean
    UserTaskCompleter embeddedUserTaskCompleter(CamundaClient client, EngineRecords records) {
        return new EmbeddedUserTaskCompleter(client, records);
    }

    @Bean
    ElementInstanceFinder embeddedElementInstanceFinder(EngineRecords records) {
        return new EmbeddedElementInstanceFinder(records);
    }

    @Bean
    IncidentFinder embeddedIncidentFinder(EngineRecords records) {
        return new EmbeddedIncidentFinder(records);
    }

    @Bean(destroyMethod = "close")
    @ConditionalOnExpression("'${spring.datasource.url:}'.isEmpty() and !'${scaffold.data-dir:}'.isBlank()")
    DataDirectory dataDirectory(@Value("${scaffold.data-dir}") Path dir) {
        return DataDirectory.lock(dir);
    }

    /**
     * Started before any bean is created, while the engine starts
     * ({@link OneShotPostgres}).
     */
    @Bean
    @ConditionalOnExpression("'${spring.datasource.url:}'.isEmpty() and '${scaffold.data-dir:}'.isBlank()")
    static OneShotPostgres oneShotPostgres() {
        return new OneShotPostgres();
    }

    /**
     * On the data directory when there is one (kept across restarts: initdb only the
     * first time), else the one-shot PostgreSQL started early on a copy of the template
     * ({@code ./scaffold run}).
     */
    @Bean(destroyMethod = "close")
    @ConditionalOnExpression("'${spring.datasource.url:}'.isEmpty()")
    EmbeddedPostgres embeddedPostgres(ObjectProvider<DataDirectory> dataDirectory,
            ObjectProvider<OneShotPostgres> oneShot) throws IOException {
        long start = System.nanoTime();
        DataDirectory data = dataDirectory.getIfAvailable();
        if (data == null) {
            return oneShot.getObject().await();
        }
        data.stopOrphanedPostgres();
        boolean fresh = !Files.exists(data.postgres().resolve("PG_VERSION"));
        EmbeddedPostgres postgres = EmbeddedPostgres.builder()
            .setDataDirectory(data.postgres())
            .setCleanDataDirectory(false)
            .start();
        log.info("PostgreSQL on {} started in {} ms{}", data.postgres(), (System.nanoTime() - start) / 1_000_000,
                fresh ? " (new data directory)" : "");
        return postgres;
    }

    @Bean
    @ConditionalOnExpression("'${spring.datasource.url:}'.isEmpty()")
    DataSource dataSource(EmbeddedPostgres postgres) {
        HikariDataSource pool = new HikariDataSource();
        pool.setJdbcUrl(postgres.getJdbcUrl("postgres", "postgres"));
        pool.setUsername("postgres");
        pool.setMaximumPoolSize(20);
        return pool;
    }

}
