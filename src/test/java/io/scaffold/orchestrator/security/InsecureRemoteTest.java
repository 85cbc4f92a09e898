package io.scaffold.orchestrator.security;

import static org.assertj.core.api.Assertions.assertThat;

import io.scaffold.orchestrator.ScaffoldTestContext;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.InetAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The unsecured server as the container image runs it (docs/deployment.md): every
 * interface of the container, with the explicit opt-in, its port published on the host's
 * loopback only. A web page that DNS-rebinds its own name to 127.0.0.1 reaches that port
 * too, so the Host check stays on: only loopback names and the host of
 * {@code scaffold.public-url} are answered.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = { "server.address=0.0.0.0", "scaffold.server.allow-insecure-remote=true",
                "scaffold.public-url=http://scaffold.test:8080" })
@ActiveProfiles("test")
class InsecureRemoteTest {

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        ScaffoldTestContext.properties(registry);
    }

    @LocalServerPort
    int port;

    @Test
    void aRequestForAnotherHostNameIsRefusedEvenOffLoopback() throws IOException {
        assertThat(statusLine("rebound.example:" + port)).contains(" 403 ");
        assertThat(statusLine("localhost:" + port)).contains(" 200 ");
        assertThat(statusLine("scaffold.test:8080")).as("the public URL's host").contains(" 200 ");
    }

    /**
     * The status line of a request sent by hand: the JDK's HTTP client does not let a
     * caller set Host.
     */
    private String statusLine(String host) throws IOException {
        try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), port)) {
            socket.getOutputStream()
                .write(("GET /api/v1/processes HTTP/1.1\r\nHost: " + host + "\r\nConnection: close\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            return new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.US_ASCII))
                .readLine();
        }
    }

}
