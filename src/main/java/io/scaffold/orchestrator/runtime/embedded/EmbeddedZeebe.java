package io.scaffold.orchestrator.runtime.embedded;

import io.camunda.zeebe.process.test.api.ZeebeTestEngine;
import io.camunda.zeebe.process.test.engine.EngineFactory;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.config.BeanFactoryPostProcessor;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.context.EnvironmentAware;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.Environment;
import org.springframework.core.env.MapPropertySource;

/**
 * The real Zeebe engine (zeebe-process-test) running in this JVM. It starts before any
 * bean is created and points the Camunda client at its gRPC gateway, so that everything
 * else (workers, deployment, commands) is configured exactly as against a cluster. The
 * engine has no REST gateway: the client is told to use gRPC. Its gateway is reachable
 * from this machine only and obeys this process only ({@link EngineGatewayGuard}).
 */
public final class EmbeddedZeebe implements BeanFactoryPostProcessor, EnvironmentAware, DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedZeebe.class);

    private ConfigurableEnvironment environment;

    private ZeebeTestEngine engine;

    @Override
    public void setEnvironment(Environment environment) {
        this.environment = (ConfigurableEnvironment) environment;
    }

    @Override
    public void postProcessBeanFactory(ConfigurableListableBeanFactory beanFactory) {
        long start = System.nanoTime();
        int port = freePort();
        EngineGatewayGuard guard = new EngineGatewayGuard();
        engine = guard.build(port, () -> EngineFactory.create(port));
        engine.start();
        String grpc = "http://127.0.0.1:" + port;
        environment.getPropertySources()
            .addFirst(new MapPropertySource("embeddedZeebe", Map.of("camunda.client.grpc-address", grpc,
                    // Nothing listens here: the embedded engine speaks gRPC only.
                    "camunda.client.rest-address", "http://localhost:" + freePort(),
                    "camunda.client.prefer-rest-over-grpc", "false", "camunda.client.worker.defaults.stream-enabled",
                    "true")));
        beanFactory.registerSingleton("zeebeTestEngine", engine);
        // The Camunda client configuration takes every ClientInterceptor bean.
        beanFactory.registerSingleton("embeddedEngineToken", guard.clientInterceptor());
        log.info("Embedded Zeebe engine listening on {} (loopback only, commands need this process's token; "
                + "started in {} ms)", grpc, (System.nanoTime() - start) / 1_000_000);
    }

    @Override
    public void destroy() {
        if (engine != null) {
            engine.stop();
        }
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
        catch (IOException e) {
            throw new UncheckedIOException("no free local port for the embedded Zeebe gateway", e);
        }
    }

}
