package io.scaffold.orchestrator.security;

import java.net.InetAddress;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.autoconfigure.web.ServerProperties;
import org.springframework.boot.web.context.WebServerInitializedEvent;
import org.springframework.boot.web.server.ConfigurableWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.context.ApplicationListener;
import org.springframework.stereotype.Component;
import org.springframework.boot.context.properties.EnableConfigurationProperties;

/**
 * Closed by default. Without security every caller acts as the local administrator, so
 * the server then listens on the loopback interface only, unless {@code server.address}
 * names another one and {@code scaffold.server.allow-insecure-remote=true} says that this
 * is meant.
 */
@Component
@ConditionalOnWebApplication
@EnableConfigurationProperties({ ScaffoldSecurityProperties.class, PublicServerProperties.class })
class ServerBinding implements WebServerFactoryCustomizer<ConfigurableWebServerFactory>,
        ApplicationListener<WebServerInitializedEvent> {

    private static final Logger log = LoggerFactory.getLogger(ServerBinding.class);

    private final boolean securityEnabled;

    private final boolean allowInsecureRemote;

    private final InetAddress configured;

    private InetAddress bound;

    ServerBinding(ServerProperties server, ScaffoldSecurityProperties security, PublicServerProperties publicServer) {
        this.securityEnabled = security.enabled();
        this.allowInsecureRemote = publicServer.server().allowInsecureRemote();
        this.configured = server.getAddress();
    }

    @Override
    public void customize(ConfigurableWebServerFactory factory) {
        bound = configured;
        if (securityEnabled || (configured != null && configured.isLoopbackAddress())) {
            return;
        }
        if (configured == null) {
            bound = InetAddress.getLoopbackAddress();
            factory.setAddress(bound);
        }
        else if (!allowInsecureRemote) {
            throw new IllegalStateException("server.address=" + configured.getHostAddress() + " would let everyone "
                    + "who reaches that interface act as the local administrator, because security is off. Turn "
                    + "security on (scaffold.security.enabled=true with an OIDC issuer), remove server.address to "
                    + "listen on 127.0.0.1 only, or accept the risk with scaffold.server.allow-insecure-remote=true "
                    + "(SCAFFOLD_SERVER_ALLOW_INSECURE_REMOTE=true)");
        }
    }

    @Override
    public void onApplicationEvent(WebServerInitializedEvent event) {
        if (event.getApplicationContext().getServerNamespace() != null) {
            return; // a separate management server, if one is configured
        }
        String host = bound == null ? "0.0.0.0" : bound.getHostAddress();
        String url = "http://" + (host.contains(":") ? "[" + host + "]" : host) + ":" + event.getWebServer().getPort();
        if (securityEnabled) {
            log.info("Scaffold Orchestrator listening on {} (security on: every API call needs a token)", url);
        }
        else if (bound != null && bound.isLoopbackAddress()) {
            log.info("Scaffold Orchestrator listening on {} only (security off: reachable from this machine only, "
                    + "every caller acts as the local administrator)", url);
        }
        else {
            log.warn("Scaffold Orchestrator listening on {} WITHOUT SECURITY (scaffold.server.allow-insecure-remote"
                    + "=true): everyone who reaches this address acts as the local administrator", url);
        }
    }

}
