package io.scaffold.orchestrator.search;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.json.jackson.JacksonJsonpMapper;
import co.elastic.clients.transport.rest_client.RestClientTransport;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.http.HttpHost;
import org.elasticsearch.client.RestClient;
import org.elasticsearch.common.logging.LogConfigurator;
import org.elasticsearch.common.settings.Settings;
import org.elasticsearch.common.transport.TransportAddress;
import org.elasticsearch.http.HttpServerTransport;
import org.elasticsearch.node.ClasspathPluginsNode;
import org.elasticsearch.node.Node;
import org.elasticsearch.transport.netty4.Netty4Plugin;

/**
 * One real Elasticsearch 8 node in the test JVM (the server of
 * {@code org.elasticsearch.test:framework}, version in the pom), single-node cluster,
 * HTTP through the Netty 4 transport on a free loopback port. Started on first use,
 * shared by all tests of the JVM, stopped when the JVM exits. Its plugins are the Netty
 * transport and {@link WordDelimiterGraphTestPlugin}.
 */
public final class ElasticsearchNode {

    private static ElasticsearchNode instance;

    private final Node node;

    private final HttpHost http;

    private final RestClient restClient;

    private ElasticsearchNode() {
        Path home;
        try {
            home = Files.createTempDirectory("scaffold-elasticsearch");
        }
        catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
        Settings settings = Settings.builder()
            .put("path.home", home.toString())
            .put("cluster.name", "scaffold-test")
            .put("node.name", "scaffold-test")
            .put("discovery.type", "single-node")
            .put("network.host", "127.0.0.1")
            .put("http.port", "0")
            .put("transport.port", "0")
            .put("http.type", "netty4")
            .put("transport.type", "netty4")
            // The test machine's disk may be fuller than the default watermarks allow.
            .put("cluster.routing.allocation.disk.threshold_enabled", false)
            .build();
        // Netty's processor count is set once per JVM, by the first library that asks for
        // it; when another test's Netty client asked first, the node's own attempt to set
        // it
        // would fail. The Elasticsearch test framework turns it off the same way.
        System.setProperty("es.set.netty.runtime.available.processors", "false");
        // Elasticsearch's logging facade must be bound before the node logs (the server
        // binary does this at boot).
        LogConfigurator.configureESLogging();
        this.node = new ClasspathPluginsNode(settings, List.of(Netty4Plugin.class, WordDelimiterGraphTestPlugin.class));
        try {
            this.node.start();
        }
        catch (Exception ex) {
            throw new IllegalStateException("The Elasticsearch test node did not start: " + ex.getMessage(), ex);
        }
        TransportAddress address = this.node.injector()
            .getInstance(HttpServerTransport.class)
            .boundAddress()
            .publishAddress();
        this.http = new HttpHost(address.getAddress(), address.getPort(), "http");
        this.restClient = RestClient.builder(this.http).build();
    }

    /** The node of this JVM, started on first use and stopped when the JVM exits. */
    public static synchronized ElasticsearchNode get() {
        if (instance == null) {
            instance = new ElasticsearchNode();
            Runtime.getRuntime().addShutdownHook(new Thread(instance::close, "elasticsearch-test-node-stop"));
        }
        return instance;
    }

    /** The node's HTTP address, e.g. {@code http://127.0.0.1:41234}. */
    public String uri() {
        return this.http.toURI();
    }

    /** The official client, over HTTP to the node. */
    public ElasticsearchClient client() {
        return new ElasticsearchClient(new RestClientTransport(this.restClient, new JacksonJsonpMapper()));
    }

    private void close() {
        try {
            this.restClient.close();
            this.node.close();
        }
        catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }

}
