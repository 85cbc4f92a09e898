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
import java.time.Duration;
import javax.sql.DataSource;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The embedded runtime (the default): the Zeebe engine in-process and, unless
 * {@code spring.datasource.url} names an external database, a real PostgreSQL started
 * from Maven-shipped binaries. Both live as long as the application: the engine keeps its
 * state in memory, so runs do not outlive the process and neither does the database. The
 * engine has no REST API, so user tasks, incidents and element instances are read from
 * its record stream and user tasks are completed by process instance modification.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "scaffold.runtime", havingValue = "embedded", matchIfMissing = true)
class EmbeddedRuntimeConfiguration {

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
    @ConditionalOnExpression("'${spring.datasource.url:}'.isEmpty()")
    EmbeddedPostgres embeddedPostgres() throws IOException {
        return EmbeddedPostgres.builder().start();
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
