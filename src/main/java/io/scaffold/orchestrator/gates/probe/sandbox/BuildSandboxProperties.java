package io.scaffold.orchestrator.gates.probe.sandbox;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How verification builds are isolated ({@code scaffold.build-sandbox.*}; defaults in
 * application.yml; the build's limits are gate policy,
 * {@code gates/verification.properties}).
 *
 * @param requireIsolation refuse a build without OS isolation instead of warning and
 * building without it
 */
@ConfigurationProperties("scaffold.build-sandbox")
public record BuildSandboxProperties(boolean requireIsolation) {
}
