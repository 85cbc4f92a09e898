package ${app.basePackage};

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationConverter;
import org.springframework.security.web.SecurityFilterChain;

import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * An OAuth2 resource server: every request needs a JWT bearer token from the issuer at
 * {@code spring.security.oauth2.resourceserver.jwt.issuer-uri} ({@code OAUTH2_ISSUER_URI}) for the audience
 * {@code OAUTH2_AUDIENCE}. Roles are Keycloak realm roles ({@code realm_access.roles}): {@value #USER} uses the API,
 * {@value #ADMIN} also manages<#list app.entities?filter(e -> e.entity.builtIn()) as b> ${b.name.pathSegment}</#list> and reads the actuator
 * endpoints (metrics for Prometheus among them). Open: the health probes, the API contract and Swagger UI.
 */
@Configuration
public class SecurityConfiguration {

    /** The realm role of the application's users. */
    public static final String USER = "user";

    /** The realm role of administrators. */
    public static final String ADMIN = "admin";

    @Bean
    SecurityFilterChain securityFilterChain(HttpSecurity http) throws Exception {
        JwtAuthenticationConverter roles = new JwtAuthenticationConverter();
        roles.setJwtGrantedAuthoritiesConverter(SecurityConfiguration::realmRoles);
        return http
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers("/actuator/health/**", "/v3/api-docs/**", "/openapi.yaml", "/swagger-ui.html",
                                "/swagger-ui/**").permitAll()
                        .requestMatchers("/actuator/**").hasRole(ADMIN)
<#list app.entities?filter(e -> e.entity.builtIn()) as b>
                        .requestMatchers("/api/${b.name.pathSegment}/**").hasRole(ADMIN)
</#list>
                        .requestMatchers("/api/**").hasAnyRole(USER, ADMIN)
                        .anyRequest().authenticated())
                .oauth2ResourceServer(server -> server.jwt(jwt -> jwt.jwtAuthenticationConverter(roles)))
                // Bearer tokens, never cookies: no session, and no CSRF token to protect one.
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(csrf -> csrf.disable())
                .build();
    }

    /** Keycloak's realm roles ({@code realm_access.roles}) as {@code ROLE_} authorities; none without the claim. */
    static Collection<GrantedAuthority> realmRoles(Jwt jwt) {
        if (!(jwt.getClaims().get("realm_access") instanceof Map<?, ?> realmAccess)
                || !(realmAccess.get("roles") instanceof List<?> roles)) {
            return List.of();
        }
        return roles.stream()
                .filter(String.class::isInstance)
                .<GrantedAuthority>map(role -> new SimpleGrantedAuthority("ROLE_" + role))
                .toList();
    }
}
