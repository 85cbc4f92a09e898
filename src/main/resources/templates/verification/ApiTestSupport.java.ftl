package ${app.basePackage};

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.MockMvcBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.io.UncheckedIOException;
<#if app.secured>
import java.util.List;
import java.util.Map;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.jwt;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
</#if>

/**
 * Base of the API tests: one real PostgreSQL per JVM (started from embedded binaries, no Docker) and, because
 * every test class shares this configuration, one Spring context for the whole run.
 */
@SpringBootTest
@AutoConfigureMockMvc
@Import({TestData.class, ApiTestSupport.ContractChecked.class<#if app.secured>, ApiTestSupport.BearerToken.class</#if>})
public abstract class ApiTestSupport {

    private static final EmbeddedPostgres POSTGRES = startPostgres();

    @Autowired
    protected MockMvc mockMvc;

    @Autowired
    protected JsonMapper json;

    @Autowired
    protected TestData testData;

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        registry.add("spring.datasource.url", () -> POSTGRES.getJdbcUrl("postgres", "postgres"));
        registry.add("spring.datasource.username", () -> "postgres");
        registry.add("spring.datasource.password", () -> "postgres");
    }

    private static EmbeddedPostgres startPostgres() {
        try {
            EmbeddedPostgres postgres = EmbeddedPostgres.start();
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                try {
                    postgres.close();
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }));
            return postgres;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot start the embedded PostgreSQL", e);
        }
    }
<#if app.secured>

    /**
     * Every request of the tests carries a JWT (spring-security-test's jwt()) of an administrator: the API requires
     * one, and user management the admin role. Its roles go through the application's own converter.
     */
    @TestConfiguration
    static class BearerToken {

        @Bean
        MockMvcBuilderCustomizer bearerToken() {
            return builder -> builder.defaultRequest(get("/").with(jwt()
                    .jwt(token -> token.subject("test-admin").claim("preferred_username", "test-admin")
                            .claim("realm_access", Map.of("roles", List.of(SecurityConfiguration.USER,
                                    SecurityConfiguration.ADMIN))))
                    .authorities(SecurityConfiguration::realmRoles)));
        }
    }
</#if>

    /** Every exchange of the tests is checked against openapi.yaml: a test fails where the API leaves its contract. */
    @TestConfiguration
    static class ContractChecked {

        @Bean
        MockMvcBuilderCustomizer contractChecked() {
            return builder -> builder.alwaysDo(new OpenApiContract());
        }
    }
}
