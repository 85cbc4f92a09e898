<#assign builtIns = entities?filter(e -> e.entity.builtIn())>
<#assign own = entities?filter(e -> !e.entity.builtIn())>
package ${app.basePackage};

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

import java.util.List;
import java.util.Map;

<#if app.accountEntity??>
import static org.hamcrest.Matchers.contains;
</#if>
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.jwt;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
<#if app.accountEntity??>
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
</#if>
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Who may do what: without a bearer token the API answers 401, a token without a realm role or with the wrong one
 * 403<#if builtIns?has_content> (user management is the admin's)</#if>, the actuator endpoints other than health are the admin's. Tokens carry Keycloak's
 * {@code realm_access.roles} claim and go through the application's own role converter.
 */
class SecurityTest extends ApiTestSupport {

    @Autowired
    private WebApplicationContext context;

    @Test
    void anonymousRequestIsRejected() throws Exception {
<#list entities as e>
        anonymous().perform(get("/api/${e.name.pathSegment}")).andExpect(status().isUnauthorized());
<#if e.searchable>
        anonymous().perform(get("/api/${e.name.pathSegment}/_search").param("query", "a")).andExpect(status().isUnauthorized());
</#if>
</#list>
        anonymous().perform(get("/actuator/prometheus")).andExpect(status().isUnauthorized());
    }

    @Test
    void tokenWithoutRealmRoleIsForbidden() throws Exception {
<#list own as e>
        anonymous().perform(get("/api/${e.name.pathSegment}").with(token("nobody"))).andExpect(status().isForbidden());
</#list>
    }

    @Test
    void userRoleUsesTheApi() throws Exception {
<#list own as e>
        anonymous().perform(get("/api/${e.name.pathSegment}").with(token("someone", SecurityConfiguration.USER)))
                .andExpect(status().isOk());
<#if e.searchable>
        anonymous().perform(get("/api/${e.name.pathSegment}/_search").param("query", "a").with(token("someone", SecurityConfiguration.USER)))
                .andExpect(status().isOk());
</#if>
</#list>
    }
<#if builtIns?has_content>

    @Test
    void userRoleOnAdminEndpointIsForbidden() throws Exception {
<#list builtIns as e>
        anonymous().perform(get("/api/${e.name.pathSegment}").with(token("someone", SecurityConfiguration.USER)))
                .andExpect(status().isForbidden());
</#list>
    }

    @Test
    void adminManagesUsers() throws Exception {
<#list builtIns as e>
        anonymous().perform(get("/api/${e.name.pathSegment}").with(token("chief", SecurityConfiguration.ADMIN)))
                .andExpect(status().isOk());
</#list>
    }
</#if>

    @Test
    void actuatorIsProtected() throws Exception {
        anonymous().perform(get("/actuator/prometheus").with(token("someone", SecurityConfiguration.USER)))
                .andExpect(status().isForbidden());
        anonymous().perform(get("/actuator/env").with(token("someone", SecurityConfiguration.USER)))
                .andExpect(status().isForbidden());
        anonymous().perform(get("/actuator/prometheus").with(token("chief", SecurityConfiguration.ADMIN)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("jvm_memory_used_bytes")));
    }

    @Test
    void healthIsOpen() throws Exception {
        anonymous().perform(get("/actuator/health")).andExpect(status().isOk());
        anonymous().perform(get("/actuator/health/readiness")).andExpect(status().isOk());
    }

    @Test
    void apiContractAndSwaggerUiAreOpen() throws Exception {
        anonymous().perform(get("/openapi.yaml")).andExpect(status().isOk());
        anonymous().perform(get("/swagger-ui/index.html")).andExpect(status().isOk());
    }
<#if app.accountEntity??>

    @Test
    void accountIsTheTokensUserCreatedOnFirstSight() throws Exception {
        long id = json.readTree(anonymous().perform(get("/api/account").with(token("newcomer", SecurityConfiguration.USER)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.login").value("newcomer"))
                .andExpect(jsonPath("$.subject").value("subject-of-newcomer"))
                .andExpect(jsonPath("$.roles", contains(SecurityConfiguration.USER)))
                .andReturn().getResponse().getContentAsString()).get("id").asLong();

        anonymous().perform(get("/api/account").with(token("newcomer", SecurityConfiguration.USER)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.id").value(id));
        anonymous().perform(get("/api/${app.accountEntity.name.pathSegment}/" + id).with(token("chief", SecurityConfiguration.ADMIN)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.login").value("newcomer"));
        anonymous().perform(get("/api/account")).andExpect(status().isUnauthorized());
    }
</#if>

    /** A JWT as Keycloak issues it: subject, username and realm roles, mapped by the application's converter. */
    private static RequestPostProcessor token(String username, String... realmRoles) {
        return jwt().jwt(token -> token.subject("subject-of-" + username)
                        .claim("preferred_username", username)
                        .claim("realm_access", Map.of("roles", List.of(realmRoles))))
                .authorities(SecurityConfiguration::realmRoles);
    }

    /** Requests without the administrator's JWT every other test sends. */
    private MockMvc anonymous() {
        return MockMvcBuilders.webAppContextSetup(context).apply(springSecurity()).build();
    }
}
