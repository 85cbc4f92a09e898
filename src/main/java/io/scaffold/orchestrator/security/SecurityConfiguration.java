package io.scaffold.orchestrator.security;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.DispatcherType;
import java.net.URI;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.http.HttpMethod;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.convert.converter.Converter;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.context.SecurityContextHolderFilter;
import org.springframework.boot.context.properties.EnableConfigurationProperties;

/**
 * With {@code scaffold.security.enabled=true} the API is an OAuth2 resource server:
 * Keycloak issues the tokens, realm roles ({@code realm_access.roles}) become
 * permissions. Without it (the embedded default, a single local user, see
 * {@link ServerBinding}) every request acts as a local administrator. Either way
 * state-changing requests from another site's pages are refused
 * ({@link OriginCheckFilter}); CSRF tokens are not needed because the API authenticates
 * with bearer tokens, never with cookies. The unsecured server also answers only loopback
 * host names and those of its public URL and allowed origins ({@link HostCheckFilter}),
 * on loopback or, with {@code scaffold.server.allow-insecure-remote}, behind a published
 * container port.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication
@EnableMethodSecurity
@EnableConfigurationProperties({ ScaffoldSecurityProperties.class, PublicServerProperties.class })
class SecurityConfiguration {

    static final String LOCAL_USER = "local";

    /** The console's static files (classpath:/static/, see api/ConsoleHosting). */
    static final String[] CONSOLE = { "/", "/index.html", "/assets/**" };

    /**
     * What the console's page may load: its one script and stylesheet from here (no
     * inline script), inline styles (bpmn-js and form-js style their SVG and inputs),
     * images and fonts from here or data URLs; it talks to this server and, with security
     * on, to the OIDC issuer (discovery, token endpoint) where the login form also posts.
     */
    static String contentSecurityPolicy(String issuer) {
        String idp = issuer == null || issuer.isBlank() ? "" : " " + origin(issuer);
        return "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; "
                + "font-src 'self' data:; connect-src 'self'" + idp + "; form-action 'self'" + idp
                + "; frame-ancestors 'none'; base-uri 'self'; object-src 'none'";
    }

    private static String origin(String url) {
        URI uri = URI.create(url);
        return uri.getScheme() + "://" + uri.getAuthority();
    }

    @Bean
    SecurityFilterChain apiSecurity(HttpSecurity http, ObjectMapper json, ScaffoldSecurityProperties security,
            PublicServerProperties publicServer, @Value("${scaffold.console.oidc.issuer:}") String consoleIssuer)
            throws Exception {
        boolean enabled = security.enabled();
        boolean remote = publicServer.server().allowInsecureRemote();
        List<String> origins = new ArrayList<>(security.allowedOrigins());
        origins.add(publicServer.publicUrl());
        http.csrf(csrf -> csrf.disable())
            .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
            .addFilterAfter(new OriginCheckFilter(origins, json), SecurityContextHolderFilter.class)
            .headers(headers -> headers.contentSecurityPolicy(
                    csp -> csp.policyDirectives(contentSecurityPolicy(enabled ? consoleIssuer : ""))));
        if (enabled) {
            // the end of a Server-Sent Events stream is an async dispatch of a request
            // already authorised
            http.authorizeHttpRequests(auth -> auth.dispatcherTypeMatchers(DispatcherType.ASYNC)
                .permitAll()
                .requestMatchers("/actuator/health/**", "/actuator/info", "/api/v1/openapi/**",
                        "/api/v1/console/config")
                .permitAll()
                // the console's page and bundle: it logs in itself, then calls the API
                // with
                // a token
                .requestMatchers(HttpMethod.GET, CONSOLE)
                .permitAll()
                .requestMatchers("/actuator/prometheus", "/actuator/metrics/**")
                .hasAuthority("metrics:read")
                .anyRequest()
                .authenticated())
                .oauth2ResourceServer(o -> o.jwt(jwt -> jwt.jwtAuthenticationConverter(new KeycloakJwtConverter())));
        }
        else {
            List<GrantedAuthority> all = new ArrayList<>(AuthorityUtils.createAuthorityList(Permissions.ALL));
            all.add(new SimpleGrantedAuthority("ROLE_admin"));
            http.authorizeHttpRequests(auth -> auth.anyRequest().permitAll())
                .anonymous(a -> a.principal(LOCAL_USER).authorities(all))
                .addFilterBefore(new HostCheckFilter(origins, json), OriginCheckFilter.class);
        }
        return http.build();
    }

    /**
     * Keycloak realm roles → {@code ROLE_<role>} plus the permissions the roles grant.
     */
    static final class KeycloakJwtConverter implements Converter<Jwt, AbstractAuthenticationToken> {

        @Override
        public AbstractAuthenticationToken convert(Jwt jwt) {
            List<String> roles = realmRoles(jwt);
            Collection<GrantedAuthority> authorities = new ArrayList<>();
            roles.forEach(role -> authorities.add(new SimpleGrantedAuthority("ROLE_" + role)));
            Permissions.of(roles).forEach(p -> authorities.add(new SimpleGrantedAuthority(p)));
            String name = jwt.getClaimAsString("preferred_username");
            return new JwtAuthenticationToken(jwt, authorities, name != null ? name : jwt.getSubject());
        }

        private static List<String> realmRoles(Jwt jwt) {
            Map<String, Object> realmAccess = jwt.getClaimAsMap("realm_access");
            if (realmAccess != null && realmAccess.get("roles") instanceof Collection<?> roles) {
                return roles.stream().map(String::valueOf).toList();
            }
            return List.of();
        }

    }

}
