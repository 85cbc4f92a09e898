package io.scaffold.orchestrator.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.InetAddress;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.web.ServerProperties;
import org.springframework.boot.web.embedded.tomcat.TomcatServletWebServerFactory;

/**
 * Where the server listens for each combination of security, server.address and the
 * explicit opt-in.
 */
class ServerBindingTest {

    @Test
    void withoutSecurityAndWithoutAnAddressTheServerListensOnLoopback() {
        assertThat(boundAddress(null, false, false)).isEqualTo(InetAddress.getLoopbackAddress());
    }

    @Test
    void withoutSecurityAnotherInterfaceNeedsTheExplicitOptIn() throws Exception {
        InetAddress any = InetAddress.getByName("0.0.0.0");
        assertThatThrownBy(() -> boundAddress(any, false, false)).isInstanceOf(IllegalStateException.class)
            .hasMessageContaining("server.address=0.0.0.0")
            .hasMessageContaining("scaffold.security.enabled=true")
            .hasMessageContaining("scaffold.server.allow-insecure-remote=true");
        assertThat(boundAddress(any, false, true)).isEqualTo(any);
    }

    @Test
    void withSecurityTheConfiguredAddressOrEveryInterfaceIsUsed() throws Exception {
        assertThat(boundAddress(null, true, false)).isNull();
        InetAddress any = InetAddress.getByName("0.0.0.0");
        assertThat(boundAddress(any, true, false)).isEqualTo(any);
    }

    private static InetAddress boundAddress(InetAddress configured, boolean security, boolean optIn) {
        ServerProperties server = new ServerProperties();
        server.setAddress(configured);
        TomcatServletWebServerFactory factory = new TomcatServletWebServerFactory();
        factory.setAddress(configured);
        new ServerBinding(server, new ScaffoldSecurityProperties(security, List.of()),
                new PublicServerProperties("http://localhost:8080", new PublicServerProperties.Server(optIn)))
            .customize(factory);
        return factory.getAddress();
    }

}
