package io.scaffold.orchestrator.llm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.BindException;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.env.SystemEnvironmentPropertySource;
import org.springframework.boot.context.properties.source.ConfigurationPropertySources;

/**
 * The model configuration as Spring binds it, from properties and environment variables.
 */
class LlmPropertiesTest {

    static LlmProperties bind(Map<String, Object> environmentVariables) {
        StandardEnvironment environment = new StandardEnvironment();
        environment.getPropertySources()
            .addFirst(new SystemEnvironmentPropertySource(
                    "test-" + StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME, environmentVariables));
        ConfigurationPropertySources.attach(environment);
        return Binder.get(environment).bindOrCreate("scaffold.llm", LlmProperties.class);
    }

    @Test
    void defaultsToOneOpenAiChainWithShortResilienceSettings() {
        LlmProperties llm = bind(Map.of());

        assertThat(llm.enabled()).isFalse();
        assertThat(llm.chain(AgentRole.ARCHITECT)).containsExactly("openai");
        // a provider that never answers: the first question's attempts open the circuit,
        // and together they stay within the minute a model may add to a run
        assertThat(llm.circuitBreaker().failureThreshold()).isLessThanOrEqualTo(llm.retries() + 1);
        assertThat(llm.timeout().multipliedBy(llm.retries() + 1)).isLessThan(Duration.ofMinutes(1));
        assertThat(llm.circuitBreaker().openFor()).isGreaterThanOrEqualTo(Duration.ofMinutes(5));
    }

    @Test
    void environmentVariablesChooseTheChainsPerAgent() {
        LlmProperties llm = bind(Map.of("SCAFFOLD_LLM_ENABLED", "true", "SCAFFOLD_LLM_CHAIN", "anthropic, openai",
                "SCAFFOLD_LLM_AGENTS_DOMAINANALYST_CHAIN", "ollama", "SCAFFOLD_LLM_AGENTS_REVISER_CHAIN", "",
                "SCAFFOLD_LLM_TIMEOUT", "5s"));

        assertThat(llm.enabled()).isTrue();
        assertThat(llm.chain(AgentRole.ARCHITECT)).containsExactly("anthropic", "openai");
        assertThat(llm.chain(AgentRole.DOMAIN_ANALYST)).containsExactly("ollama");
        assertThat(llm.chain(AgentRole.REVISER)).isEmpty();
        assertThat(llm.timeout()).isEqualTo(Duration.ofSeconds(5));
    }

    @Test
    void anUnknownAgentIsRefusedNamingTheAgents() {
        assertThatThrownBy(() -> bind(Map.of("SCAFFOLD_LLM_AGENTS_DOMAINEXPERT_CHAIN", "openai")))
            .isInstanceOf(BindException.class)
            .rootCause()
            .hasMessageContaining("scaffold.llm.agents.domainexpert: no such agent")
            .hasMessageContaining("domain-analyst");
    }

}
