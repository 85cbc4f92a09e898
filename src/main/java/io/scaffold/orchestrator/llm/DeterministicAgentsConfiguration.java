package io.scaffold.orchestrator.llm;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Without {@code scaffold.llm.enabled=true} every agent answers deterministically. */
@Configuration(proxyBeanMethods = false)
class DeterministicAgentsConfiguration {

    @Bean
    @ConditionalOnProperty(name = "scaffold.llm.enabled", havingValue = "false", matchIfMissing = true)
    ModelAgents deterministicAgents() {
        return new DeterministicAgents();
    }

}
