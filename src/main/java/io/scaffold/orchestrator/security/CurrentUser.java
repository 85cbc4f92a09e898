package io.scaffold.orchestrator.security;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.stereotype.Component;

/**
 * Who is calling and which organisation's runs they may see: the {@code organization}
 * claim of the token; administrators see every organisation.
 */
@Component
public class CurrentUser {

    /**
     * The access token claim with the caller's Keycloak groups (the realm's group
     * membership mapper, names without a path): the candidate and escalation groups of
     * dmn/gate-policy.dmn.
     */
    public static final String GROUPS_CLAIM = "groups";

    private static final String ROLE_PREFIX = "ROLE_";

    public String name() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        return auth == null ? SecurityConfiguration.LOCAL_USER : auth.getName();
    }

    public String organization() {
        if (SecurityContextHolder.getContext().getAuthentication() instanceof JwtAuthenticationToken jwt) {
            String org = jwt.getToken().getClaimAsString("organization");
            if (org == null || org.isBlank()) {
                throw new NoOrganizationException();
            }
            return org;
        }
        return SecurityConfiguration.LOCAL_USER;
    }

    /**
     * The organisation to restrict queries to, or null for an administrator (or the local
     * user) who sees all.
     */
    public String organizationFilter() {
        return admin() ? null : organization();
    }

    public boolean admin() {
        return roles().contains("admin");
    }

    /**
     * The caller's roles (Keycloak realm roles); the local user of an unsecured server is
     * an administrator.
     */
    public Set<String> roles() {
        return authorities().filter(a -> a.startsWith(ROLE_PREFIX))
            .map(a -> a.substring(ROLE_PREFIX.length()))
            .collect(Collectors.toUnmodifiableSet());
    }

    /**
     * The permissions of {@link Permissions#ALL} the caller holds (every one for the
     * local user of an unsecured server): what the console offers them to do.
     */
    public Set<String> permissions() {
        return authorities().filter(Permissions.ALL::contains).collect(Collectors.toCollection(TreeSet::new));
    }

    private static Stream<String> authorities() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        return auth == null ? Stream.empty() : auth.getAuthorities().stream().map(GrantedAuthority::getAuthority);
    }

    /**
     * The caller's groups (claim {@value #GROUPS_CLAIM}); none for the local user of an
     * unsecured server, who answers approvals as an administrator.
     */
    public Set<String> groups() {
        if (SecurityContextHolder.getContext().getAuthentication() instanceof JwtAuthenticationToken jwt) {
            List<String> groups = jwt.getToken().getClaimAsStringList(GROUPS_CLAIM);
            return groups == null ? Set.of() : Set.copyOf(groups);
        }
        return Set.of();
    }

    /**
     * True when the caller proved who they are (a token); false for the one local user of
     * an unsecured server.
     */
    public boolean identified() {
        return SecurityContextHolder.getContext().getAuthentication() instanceof JwtAuthenticationToken;
    }

    /**
     * A valid token without the organisation claim: the caller belongs nowhere, so may
     * see and start nothing.
     */
    public static class NoOrganizationException extends AccessDeniedException {

        NoOrganizationException() {
            super("the access token has no organization claim; ask an administrator to set the user's "
                    + "organization attribute in Keycloak");
        }

    }

}
