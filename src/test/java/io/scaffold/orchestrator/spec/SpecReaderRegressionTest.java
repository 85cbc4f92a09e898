package io.scaffold.orchestrator.spec;

import org.junit.jupiter.api.Test;

/**
 * Inputs that once made a reader fail with something other than a {@link SpecException},
 * kept as regressions.
 */
class SpecReaderRegressionTest {

    @Test
    void numbersThatUsedToEscapeAsJavaExceptions() {
        SpecReaderFuzzTest.readsCleanly("a.jdl", "entity A {\n  name String maxlength(99999999999)\n}"); // ArithmeticException
        SpecReaderFuzzTest.readsCleanly("a.jdl", "entity A {\n  age Integer min(1.2.3)\n}"); // NumberFormatException
        SpecReaderFuzzTest.readsCleanly("a.yaml",
                "application: {name: a}\nentities: {A: {fields: {n: {type: Double, min: 1e400}}}}\n");
    }

}
