package io.scaffold.orchestrator.search;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.type.AnnotatedTypeMetadata;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Without {@code scaffold.search.elasticsearch.uris}, search runs on PostgreSQL: the
 * embedded default needs nothing else.
 */
@Configuration(proxyBeanMethods = false)
@Conditional(PostgresSearchConfiguration.NoElasticsearch.class)
class PostgresSearchConfiguration {

    @Bean
    PostgresSearchIndex postgresSearchIndex(JdbcTemplate jdbcTemplate, ObjectMapper json) {
        return new PostgresSearchIndex(jdbcTemplate, json);
    }

    /** Matches when no Elasticsearch node is configured (as a list or a comma list). */
    static class NoElasticsearch implements Condition {

        @Override
        public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
            return Binder.get(context.getEnvironment())
                .bind("scaffold.search.elasticsearch.uris", Bindable.listOf(String.class))
                .map(List::isEmpty)
                .orElse(true);
        }

    }

}
