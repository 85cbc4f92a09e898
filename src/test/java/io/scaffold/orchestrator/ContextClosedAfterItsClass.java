package io.scaffold.orchestrator;

import org.springframework.core.Ordered;
import org.springframework.test.annotation.DirtiesContext.HierarchyMode;
import org.springframework.test.context.TestContext;
import org.springframework.test.context.support.AbstractTestExecutionListener;

/**
 * Closes a test class's Spring context when the class is done, instead of keeping it in
 * the context cache until the JVM exits. No context here is shared between classes (each
 * has properties of its own), and a cached one keeps its embedded Zeebe engine, job
 * workers and PostgreSQL running. Engines in one JVM share zeebe-process-test's response
 * writer (static fields of its {@code GrpcResponseWriter}), so an idle engine answering
 * its workers' polls could garble a running engine's answer: the command, a run's
 * creation say, then waits for a response that never comes.
 */
public class ContextClosedAfterItsClass extends AbstractTestExecutionListener {

    /** First, so that its {@code afterTestClass} runs after every other listener's. */
    @Override
    public int getOrder() {
        return Ordered.HIGHEST_PRECEDENCE;
    }

    @Override
    public void afterTestClass(TestContext testContext) {
        if (testContext.hasApplicationContext()) {
            testContext.markApplicationContextDirty(HierarchyMode.EXHAUSTIVE);
        }
    }

}
