package io.scaffold.orchestrator.api;

import java.time.Duration;
import java.util.Arrays;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.autoconfigure.web.WebProperties;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.CacheControl;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Serves the console the build bundles into {@code classpath:/static/} (Spring's static
 * locations, {@code spring.web.resources.static-locations}): {@code /} is its index.html,
 * always revalidated so a new build reaches the browser at once; the scripts and styles
 * under {@code /assets/} carry content hashes in their names, so a browser keeps them for
 * a year.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication
class ConsoleHosting implements WebMvcConfigurer {

    private final String[] bundle;

    ConsoleHosting(WebProperties web) {
        this.bundle = web.getResources().getStaticLocations();
    }

    @Override
    public void addResourceHandlers(ResourceHandlerRegistry registry) {
        String[] assets = Arrays.stream(bundle)
            .map(location -> (location.endsWith("/") ? location : location + "/") + "assets/")
            .toArray(String[]::new);
        registry.addResourceHandler("/assets/**")
            .addResourceLocations(assets)
            .setCacheControl(CacheControl.maxAge(Duration.ofDays(365)).cachePublic().immutable());
        registry.addResourceHandler("/index.html").addResourceLocations(bundle).setCacheControl(CacheControl.noCache());
    }

}
