package io.scaffold.orchestrator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.junit.platform.launcher.EngineFilter;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;
import org.junit.platform.launcher.listeners.SummaryGeneratingListener;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.test.context.junit.jupiter.SpringJUnitConfig;

class ContextClosedAfterItsClassTest {

    static final List<String> EVENTS = new CopyOnWriteArrayList<>();

    @Test
    void aTestClassContextIsClosedWhenTheClassIsDone() {
        EVENTS.clear();
        SummaryGeneratingListener summary = new SummaryGeneratingListener();

        LauncherFactory.create()
            .execute(LauncherDiscoveryRequestBuilder.request()
                .selectors(selectClass(SampleSpringTest.class))
                .filters(EngineFilter.includeEngines("junit-jupiter"))
                .build(), summary);

        assertThat(summary.getSummary().getTestsSucceededCount()).isEqualTo(1);
        assertThat(EVENTS).containsExactly("the test ran in an active context", "the context closed");
    }

    /** Run by the test above only (surefire leaves nested classes out). */
    @SpringJUnitConfig(SampleConfiguration.class)
    static class SampleSpringTest {

        @Autowired
        ConfigurableApplicationContext context;

        @Test
        void usesItsContext() {
            EVENTS.add(context.isActive() ? "the test ran in an active context" : "the context was not active");
        }

    }

    @Configuration(proxyBeanMethods = false)
    static class SampleConfiguration {

        @Bean
        DisposableBean closingRecorder() {
            return () -> EVENTS.add("the context closed");
        }

    }

}
