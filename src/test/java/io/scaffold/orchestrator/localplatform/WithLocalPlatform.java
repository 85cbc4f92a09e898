package io.scaffold.orchestrator.localplatform;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Starts components of the local platform before the test class (before its Spring
 * context) and stops the ones it started once the class is done (after its Spring context
 * closed, so no worker talks to a stopped broker).
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@ExtendWith(WithLocalPlatform.Extension.class)
public @interface WithLocalPlatform {

    /** keycloak, postgres */
    String[] value();

    final class Extension implements BeforeAllCallback {

        @Override
        public void beforeAll(ExtensionContext context) {
            String[] components = context.getRequiredTestClass().getAnnotation(WithLocalPlatform.class).value();
            LocalPlatform platform = LocalPlatform.start(components);
            // Closed when the class's extension context closes: after every afterAll
            // callback, Spring's included.
            context.getStore(ExtensionContext.Namespace.create(WithLocalPlatform.class))
                .put(LocalPlatform.class, (ExtensionContext.Store.CloseableResource) platform::close);
        }

    }

}
