package io.scaffold.orchestrator.search;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.json.jackson.JacksonJsonpMapper;
import co.elastic.clients.transport.rest_client.RestClientTransport;
import java.net.URI;
import org.apache.http.Header;
import org.apache.http.HttpHeaders;
import org.apache.http.HttpHost;
import org.apache.http.auth.AuthScope;
import org.apache.http.auth.UsernamePasswordCredentials;
import org.apache.http.impl.client.BasicCredentialsProvider;
import org.apache.http.message.BasicHeader;
import org.elasticsearch.client.RestClient;
import org.elasticsearch.client.RestClientBuilder;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.type.AnnotatedTypeMetadata;

/**
 * With {@code scaffold.search.elasticsearch.uris} set, search runs on Elasticsearch: the
 * low-level REST client (also checked by the actuator's health endpoint), the official
 * Java client over it, and the {@link ElasticsearchSearchIndex}, whose index template and
 * index are put at start.
 */
@Configuration(proxyBeanMethods = false)
@Conditional(ElasticsearchConfiguration.Configured.class)
@EnableConfigurationProperties(ElasticsearchProperties.class)
class ElasticsearchConfiguration {

    @Bean(destroyMethod = "close")
    RestClient elasticsearchRestClient(ElasticsearchProperties properties) {
        RestClientBuilder builder = RestClient
            .builder(properties.uris().stream().map(ElasticsearchConfiguration::host).toArray(HttpHost[]::new));
        if (hasText(properties.apiKey())) {
            builder.setDefaultHeaders(
                    new Header[] { new BasicHeader(HttpHeaders.AUTHORIZATION, "ApiKey " + properties.apiKey()) });
        }
        else if (hasText(properties.username())) {
            BasicCredentialsProvider credentials = new BasicCredentialsProvider();
            credentials.setCredentials(AuthScope.ANY,
                    new UsernamePasswordCredentials(properties.username(), properties.password()));
            builder.setHttpClientConfigCallback((http) -> http.setDefaultCredentialsProvider(credentials));
        }
        return builder.build();
    }

    @Bean
    ElasticsearchSearchIndex elasticsearchSearchIndex(RestClient restClient, ElasticsearchProperties properties) {
        ElasticsearchSearchIndex index = new ElasticsearchSearchIndex(
                new ElasticsearchClient(new RestClientTransport(restClient, new JacksonJsonpMapper())),
                properties.index());
        index.prepare();
        return index;
    }

    private static HttpHost host(URI uri) {
        if (uri.getHost() == null || uri.getScheme() == null) {
            throw new IllegalStateException("scaffold.search.elasticsearch.uris: '" + uri
                    + "' is not an HTTP address such as http://elasticsearch:9200");
        }
        return new HttpHost(uri.getHost(), uri.getPort(), uri.getScheme());
    }

    private static boolean hasText(String value) {
        return value != null && !value.isBlank();
    }

    /** Exactly when PostgreSQL does not serve search: a node is configured. */
    static class Configured implements Condition {

        @Override
        public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
            return !new PostgresSearchConfiguration.NoElasticsearch().matches(context, metadata);
        }

    }

}
