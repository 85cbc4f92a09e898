package io.scaffold.orchestrator.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.scaffold.orchestrator.ScaffoldTestContext;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.ConnectException;
import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.NetworkInterface;
import java.net.Socket;
import java.net.SocketException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The default server (security off, every caller the local administrator) over real HTTP:
 * it listens on loopback only, refuses state-changing requests that a web page of another
 * site makes the user's browser send, and answers no request for another host name (DNS
 * rebinding).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class ClosedByDefaultTest {

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private static final String BOUNDARY = "----scaffoldtest";

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        ScaffoldTestContext.properties(registry);
    }

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Test
    void isNotReachableOnANonLoopbackAddressOfThisMachine() throws IOException {
        Optional<InetAddress> external = nonLoopbackAddress();
        assumeTrue(external.isPresent(), "this machine has no non-loopback interface address to try");

        try (Socket socket = new Socket()) {
            assertThatThrownBy(() -> socket.connect(new InetSocketAddress(external.get(), port), 2000))
                .as("connecting to %s:%d", external.get().getHostAddress(), port)
                .isInstanceOf(ConnectException.class);
        }
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 2000);
            assertThat(socket.isConnected()).isTrue();
        }
    }

    @Test
    void aCrossSiteMultipartPostIsRefusedAndStoresNothing() throws Exception {
        long runsBefore = runs();
        HttpResponse<String> response = HTTP.send(multipartSpec().header("Origin", "https://evil.example").build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).as(response.body()).isEqualTo(403);
        assertThat(response.headers().firstValue("Content-Type"))
            .hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
        assertThat(new ObjectMapper().readTree(response.body()).path("detail").asText())
            .contains("https://evil.example");
        assertThat(runs()).isEqualTo(runsBefore);
    }

    @Test
    void aForeignRefererWithoutOriginIsRefusedAndAnUnparsableOriginToo() throws Exception {
        long runsBefore = runs();
        assertThat(HTTP
            .send(multipartSpec().header("Referer", "http://192.0.2.7:" + port + "/attack.html").build(),
                    HttpResponse.BodyHandlers.ofString())
            .statusCode()).isEqualTo(403);
        assertThat(HTTP.send(multipartSpec().header("Origin", "null").build(), HttpResponse.BodyHandlers.ofString())
            .statusCode()).isEqualTo(403);
        assertThat(runs()).isEqualTo(runsBefore);
    }

    @Test
    void requestsFromThisServersOwnOriginOrWithoutOriginReachTheApi() throws Exception {
        // A spec that does not parse: the answer (400) comes from the controller, past
        // the origin check.
        String badSpec = "{\"specFileName\":\"a.jdl\",\"specContent\":\"entity {\"}";
        for (String origin : new String[] { "http://localhost:" + port, "http://127.0.0.1:" + port, null }) {
            HttpRequest.Builder request = HttpRequest
                .newBuilder(URI.create("http://127.0.0.1:" + port + "/api/v1/processes"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(badSpec));
            if (origin != null) {
                request.header("Origin", origin);
            }
            HttpResponse<String> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
            assertThat(response.statusCode()).as("Origin %s: %s", origin, response.body()).isEqualTo(400);
            assertThat(response.body()).contains("invalid-spec");
        }
        // Reading is not state-changing: a GET from anywhere is answered (a browser keeps
        // the answer from the page).
        assertThat(HTTP
            .send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/v1/processes"))
                .header("Origin", "https://evil.example")
                .GET()
                .build(), HttpResponse.BodyHandlers.ofString())
            .statusCode()).isEqualTo(200);
    }

    @Test
    void aRequestForAnotherHostNameIsRefusedAsDnsRebindingWouldSendIt() throws Exception {
        assertThat(statusLine("GET /api/v1/processes", "rebound.example:" + port)).contains(" 403 ");
        assertThat(statusLine("GET /api/v1/processes", "localhost:" + port)).contains(" 200 ");
        assertThat(statusLine("GET /api/v1/processes", "127.0.0.1:" + port)).contains(" 200 ");
    }

    /**
     * The status line of a request sent by hand: the JDK's HTTP client does not let a
     * caller set Host.
     */
    private String statusLine(String requestLine, String host) throws IOException {
        try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), port)) {
            socket.getOutputStream()
                .write((requestLine + " HTTP/1.1\r\nHost: " + host + "\r\nConnection: close\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            return new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.US_ASCII))
                .readLine();
        }
    }

    private HttpRequest.Builder multipartSpec() {
        String body = "--" + BOUNDARY + "\r\n"
                + "Content-Disposition: form-data; name=\"spec\"; filename=\"shop.jdl\"\r\n"
                + "Content-Type: application/octet-stream\r\n\r\n" + "entity Order { total BigDecimal }\n\r\n" + "--"
                + BOUNDARY + "--\r\n";
        return HttpRequest
            .newBuilder(URI.create("http://127.0.0.1:" + port + "/api/v1/processes?automationLevel=manual"))
            .header("Content-Type", "multipart/form-data; boundary=" + BOUNDARY)
            .POST(HttpRequest.BodyPublishers.ofString(body));
    }

    private long runs() {
        return jdbc.sql("select count(*) from runs").query(Long.class).single();
    }

    static Optional<InetAddress> nonLoopbackAddress() throws SocketException {
        return NetworkInterface.networkInterfaces()
            .filter(ClosedByDefaultTest::up)
            .flatMap(NetworkInterface::inetAddresses)
            .filter(a -> a instanceof Inet4Address && !a.isLoopbackAddress() && !a.isLinkLocalAddress())
            .findFirst();
    }

    private static boolean up(NetworkInterface nic) {
        try {
            return nic.isUp() && !nic.isLoopback();
        }
        catch (SocketException e) {
            return false;
        }
    }

}
