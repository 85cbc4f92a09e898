package io.scaffold.orchestrator.runs;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How job workers treat failures ({@code scaffold.jobs.*}; defaults in application.yml).
 *
 * @param retryBackoff the first retry delay of a failed job; it doubles with each further
 * attempt
 */
@ConfigurationProperties("scaffold.jobs")
public record JobProperties(Duration retryBackoff) {
}
