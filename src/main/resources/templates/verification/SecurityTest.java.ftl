package ${app.basePackage};

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Without a bearer token the API answers 401; the health probes stay open for the platform. */
class SecurityTest extends ApiTestSupport {

    @Autowired
    private WebApplicationContext context;

    @Test
    void apiRequiresABearerToken() throws Exception {
<#list entities as e>
        anonymous().perform(get("/api/${e.name.pathSegment}")).andExpect(status().isUnauthorized());
</#list>
    }

    @Test
    void healthIsOpen() throws Exception {
        anonymous().perform(get("/actuator/health")).andExpect(status().isOk());
    }

    /** Requests without the JWT every other test sends. */
    private MockMvc anonymous() {
        return MockMvcBuilders.webAppContextSetup(context).apply(springSecurity()).build();
    }
}
