package io.scaffold.orchestrator.api;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * What the console in the browser needs to know about its server
 * ({@code scaffold.console.*}; defaults in application.yml).
 *
 * @param operateUrl Operate's base URL on a cluster, blank when there is none
 * @param tasklistUrl Tasklist's base URL on a cluster, blank when there is none
 * @param oidc where the console logs in when security is on
 */
@ConfigurationProperties("scaffold.console")
record ConsoleProperties(String operateUrl, String tasklistUrl, Oidc oidc) {

    /**
     * @param issuer the OpenID Connect issuer (the Keycloak realm's URL)
     * @param clientId the realm's public client for the console (authorization code with
     * PKCE)
     */
    record Oidc(String issuer, String clientId, String scopes) {
    }

}
