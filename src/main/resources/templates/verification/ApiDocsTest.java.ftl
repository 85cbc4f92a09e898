package ${app.basePackage};

import org.junit.jupiter.api.Test;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The running application describes its API, and the schema migration was applied (the context started). */
class ApiDocsTest extends ApiTestSupport {

    @Test
    void servesOpenApiDescriptionOfEveryResource() throws Exception {
        mockMvc.perform(get("/v3/api-docs"))
                .andExpect(status().isOk())
<#list entities as e>
                .andExpect(jsonPath("$.paths['/api/${e.name.pathSegment}']").exists())
</#list>
                .andExpect(jsonPath("$.openapi").exists());
    }
}
