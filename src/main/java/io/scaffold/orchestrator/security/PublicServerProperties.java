package io.scaffold.orchestrator.security;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How this server is reached ({@code scaffold.public-url}, {@code scaffold.server.*};
 * defaults in application.yml).
 *
 * @param publicUrl the application's address as its users reach it: links in approval
 * tasks, an allowed origin
 * @param server what the server may listen on
 */
@ConfigurationProperties("scaffold")
public record PublicServerProperties(String publicUrl, @DefaultValue Server server) {

    /**
     * @param allowInsecureRemote listen on another interface than loopback with security
     * off (logs a warning)
     */
    public record Server(boolean allowInsecureRemote) {
    }
}
