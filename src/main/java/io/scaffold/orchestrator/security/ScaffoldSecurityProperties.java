package io.scaffold.orchestrator.security;

import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Who may use the API ({@code scaffold.security.*}; defaults in application.yml).
 *
 * @param enabled on: an OAuth2 resource server; off: one local user, an administrator, on
 * loopback only
 * @param allowedOrigins origins besides {@code scaffold.public-url} whose pages may send
 * state-changing requests
 */
@ConfigurationProperties("scaffold.security")
public record ScaffoldSecurityProperties(boolean enabled, @DefaultValue List<String> allowedOrigins) {
}
