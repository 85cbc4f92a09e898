package io.scaffold.orchestrator.llm;

import io.micrometer.core.instrument.MeterRegistry;
import io.scaffold.orchestrator.spec.RequirementsAnalyzer;
import io.scaffold.orchestrator.spec.SpecLimits;
import java.time.Clock;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;

/**
 * With {@code scaffold.llm.enabled=true} the agents ask models: the providers named in
 * any chain are built from Spring AI's properties (nothing connects at start-up), and the
 * requirements agent reads free text through them.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "scaffold.llm.enabled", havingValue = "true")
@EnableConfigurationProperties(LlmProperties.class)
class ModelAgentsConfiguration {

    @Bean
    ModelAgents chainedModelAgents(LlmProperties llm, Environment environment, ObjectProvider<AnswerFormat<?>> formats,
            ModelCallLog calls, MeterRegistry meters) {
        Clock clock = Clock.systemUTC();
        Binder binder = Binder.get(environment);
        Map<ProviderKind, ChatProvider> providers = new EnumMap<>(ProviderKind.class);
        Stream.concat(llm.chain().stream(), llm.agents().values().stream().flatMap(a -> a.chain().stream()))
            .map(ProviderKind::fromKey)
            .distinct()
            .forEach(kind -> providers.put(kind,
                    ChatProvider.create(kind, binder.bind("spring.ai." + kind.key(), ProviderSettings.class)
                        .orElseGet(() -> new ProviderSettings(null, null, null)), llm, clock)));
        List<AnswerFormat<?>> registered = formats.orderedStream().toList();
        return new ChainedModelAgents(llm, providers, new StructuredAnswers(registered), calls,
                new ModelMetrics(meters), clock);
    }

    @Bean
    DomainSpecAnswerFormat domainSpecAnswerFormat(SpecLimits limits) {
        return new DomainSpecAnswerFormat(limits);
    }

    @Bean
    RequirementsAnalyzer requirementsAgent(ModelAgents agents, SpecLimits limits, IntakeProvenance intake) {
        return new RequirementsAgent(agents, limits, intake);
    }

}
