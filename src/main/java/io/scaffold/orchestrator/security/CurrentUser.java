package io.scaffold.orchestrator.security;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.stereotype.Component;

/**
 * Who is calling and which organisation's runs they may see: the {@code organization} claim of the token;
 * administrators see every organisation.
 */
@Component
public class CurrentUser {

    public String name() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        return auth == null ? SecurityConfiguration.LOCAL_USER : auth.getName();
    }

    public String organization() {
        if (SecurityContextHolder.getContext().getAuthentication() instanceof JwtAuthenticationToken jwt) {
            String org = jwt.getToken().getClaimAsString("organization");
            if (org == null || org.isBlank()) {
                throw new IllegalArgumentException("the access token has no organization claim; "
                        + "ask an administrator to set the user's organization attribute in Keycloak");
            }
            return org;
        }
        return SecurityConfiguration.LOCAL_USER;
    }

    /** The organisation to restrict queries to, or null for an administrator (or the local user) who sees all. */
    public String organizationFilter() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        boolean admin = auth != null && auth.getAuthorities().stream().anyMatch(a -> a.getAuthority().equals("ROLE_admin"));
        return admin ? null : organization();
    }
}
