package io.scaffold.orchestrator.api;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;

/**
 * Limits of the REST API ({@code scaffold.api.*}; defaults in application.yml).
 *
 * @param maxRequestBody the largest request body other than an upload (JSON)
 */
@ConfigurationProperties("scaffold.api")
record ApiProperties(DataSize maxRequestBody) {
}
