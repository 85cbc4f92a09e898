package io.scaffold.orchestrator.runtime.embedded;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.camunda.client.CamundaClient;
import io.camunda.client.api.command.ClientStatusException;
import io.grpc.Status;
import io.scaffold.orchestrator.ScaffoldTestContext;
import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.NetworkInterface;
import java.net.SocketException;
import java.net.URI;
import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.core.env.Environment;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The embedded engine's gRPC gateway as another program on this machine or the network
 * sees it: a plain Camunda client cannot reach it from outside and cannot command it from
 * inside, while the application's own client can.
 */
@SpringBootTest
@ActiveProfiles("test")
class EmbeddedGatewayTest {

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        ScaffoldTestContext.properties(registry);
    }

    @Autowired
    Environment environment;

    @Autowired
    CamundaClient ownClient;

    @Test
    void theApplicationsOwnClientCommandsTheEngine() {
        assertThat(ownClient.newTopologyRequest().send().join().getBrokers()).hasSize(1);
    }

    @Test
    void aPlainClientOnThisMachineWithoutTheTokenIsRefused() {
        try (CamundaClient intruder = plainClient("127.0.0.1")) {
            assertThatThrownBy(() -> intruder.newTopologyRequest().send().join()).isInstanceOfSatisfying(
                    ClientStatusException.class,
                    e -> assertThat(e.getStatusCode()).isEqualTo(Status.Code.UNAUTHENTICATED));
            assertThatThrownBy(() -> intruder.newCancelInstanceCommand(2251799813685249L).send().join())
                .isInstanceOfSatisfying(ClientStatusException.class,
                        e -> assertThat(e.getStatusCode()).isEqualTo(Status.Code.UNAUTHENTICATED));
        }
    }

    @Test
    void theGatewayIsNotReachableOnANonLoopbackAddressOfThisMachine() throws SocketException {
        Optional<InetAddress> external = NetworkInterface.networkInterfaces()
            .filter(EmbeddedGatewayTest::up)
            .flatMap(NetworkInterface::inetAddresses)
            .filter(a -> a instanceof Inet4Address && !a.isLoopbackAddress() && !a.isLinkLocalAddress())
            .findFirst();
        assumeTrue(external.isPresent(), "this machine has no non-loopback interface address to try");

        try (CamundaClient outsider = plainClient(external.get().getHostAddress())) {
            assertThatThrownBy(() -> outsider.newTopologyRequest().send().join()).isInstanceOfSatisfying(
                    ClientStatusException.class, e -> assertThat(e.getStatusCode()).isEqualTo(Status.Code.UNAVAILABLE));
        }
    }

    private CamundaClient plainClient(String host) {
        int port = URI.create(environment.getRequiredProperty("camunda.client.grpc-address")).getPort();
        return CamundaClient.newClientBuilder()
            .applyEnvironmentVariableOverrides(false)
            .grpcAddress(URI.create("http://" + host + ":" + port))
            .restAddress(URI.create("http://" + host + ":1"))
            .preferRestOverGrpc(false)
            .defaultRequestTimeout(Duration.ofSeconds(5))
            .build();
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
