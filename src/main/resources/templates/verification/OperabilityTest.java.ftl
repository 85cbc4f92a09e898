package ${app.basePackage};

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.slf4j.LoggerFactory;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * What operations rely on: Prometheus metrics, Swagger UI on the static contract, one JSON object per log line.
 * Requests go to the application without its security filters<#if app.secured> (SecurityTest shows who may reach them)</#if>.
 */
@ExtendWith(OutputCaptureExtension.class)
class OperabilityTest extends ApiTestSupport {

    @Autowired
    private WebApplicationContext context;

    @Test
    void prometheusEndpointServesMetrics() throws Exception {
        operations().perform(get("/actuator/prometheus"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("jvm_memory_used_bytes")));
    }

    @Test
    void swaggerUiShowsTheStaticContract() throws Exception {
        operations().perform(get("/v3/api-docs/swagger-config"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.url").value("/openapi.yaml"));
        operations().perform(get("/openapi.yaml"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("openapi:")));
        operations().perform(get("/application.yml")).andExpect(status().isNotFound());
    }

    @Test
    void logsAreStructuredJson(CapturedOutput output) {
        LoggerFactory.getLogger(OperabilityTest.class).info("operability probe");

        assertThat(output.getOut().lines().filter(line -> line.contains("operability probe")))
                .singleElement()
                .satisfies(line -> assertThat(line).startsWith("{").contains("\"@timestamp\"")
                        .contains("\"message\":\"operability probe\""));
    }

    private MockMvc operations() {
        return MockMvcBuilders.webAppContextSetup(context).build();
    }
}
