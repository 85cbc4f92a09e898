package io.scaffold.orchestrator.gates.probe.sandbox;

import java.time.Duration;
import java.util.Properties;

/**
 * The limits of one verification build. Generated test code runs in it, and spec text may
 * have influenced that code, so every resource is bounded: wall time for the whole build,
 * CPU seconds, address space, file size and process count per process (set with
 * {@code prlimit}), heap of Maven's JVM and of Surefire's forked JVM, and the build
 * output kept in memory.
 *
 * @param timeout wall time of the whole build (dependency resolution and test run)
 * @param mavenHeapMb {@code -Xmx} of Maven's own JVM
 * @param testHeapMb default {@code -Xmx} of every other JVM the build starts (Surefire's
 * fork)
 * @param addressSpaceMb virtual memory of each process ({@code RLIMIT_AS}); a JVM
 * reserves far more than its heap
 * @param maxFileMb largest file a build process may write ({@code RLIMIT_FSIZE})
 * @param cpuSeconds CPU time of each process ({@code RLIMIT_CPU})
 * @param maxProcesses processes and threads of the build's user ({@code RLIMIT_NPROC};
 * root is exempt)
 * @param outputTailKb how much of the end of the build output is kept
 * @param requireIsolation refuse to build when OS isolation (bubblewrap) is not
 * available, instead of falling back to private copy, clean environment and limits only
 */
public record SandboxPolicy(Duration timeout, int mavenHeapMb, int testHeapMb, long addressSpaceMb, long maxFileMb,
        long cpuSeconds, int maxProcesses, int outputTailKb, boolean requireIsolation) {

    public SandboxPolicy {
        if (timeout.isNegative() || timeout.isZero()) {
            throw new IllegalArgumentException("build timeout must be positive, got " + timeout);
        }
        if (mavenHeapMb <= 0 || testHeapMb <= 0 || addressSpaceMb <= 0 || maxFileMb <= 0 || cpuSeconds <= 0
                || maxProcesses <= 0 || outputTailKb <= 0) {
            throw new IllegalArgumentException("every build limit must be positive: " + this);
        }
    }

    /**
     * The shipped limits; {@link #from} overrides them with the verification gate's
     * {@code build.*} keys.
     */
    public static final SandboxPolicy DEFAULTS = new SandboxPolicy(Duration.ofMinutes(15), 768, 768, 6144, 1024, 1800,
            4096, 256, false);

    /**
     * The defaults overridden by {@code build.timeout} (ISO-8601),
     * {@code build.maven-heap-mb}, {@code build.test-heap-mb},
     * {@code build.address-space-mb}, {@code build.max-file-mb},
     * {@code build.cpu-seconds}, {@code build.max-processes} and
     * {@code build.output-tail-kb} where present.
     */
    public static SandboxPolicy from(Properties properties, boolean requireIsolation) {
        SandboxPolicy d = DEFAULTS;
        return new SandboxPolicy(Duration.parse(properties.getProperty("build.timeout", d.timeout.toString()).trim()),
                (int) number(properties, "build.maven-heap-mb", d.mavenHeapMb),
                (int) number(properties, "build.test-heap-mb", d.testHeapMb),
                number(properties, "build.address-space-mb", d.addressSpaceMb),
                number(properties, "build.max-file-mb", d.maxFileMb),
                number(properties, "build.cpu-seconds", d.cpuSeconds),
                (int) number(properties, "build.max-processes", d.maxProcesses),
                (int) number(properties, "build.output-tail-kb", d.outputTailKb), requireIsolation);
    }

    public SandboxPolicy withTimeout(Duration limit) {
        return new SandboxPolicy(limit, mavenHeapMb, testHeapMb, addressSpaceMb, maxFileMb, cpuSeconds, maxProcesses,
                outputTailKb, requireIsolation);
    }

    public SandboxPolicy withOutputTailKb(int kb) {
        return new SandboxPolicy(timeout, mavenHeapMb, testHeapMb, addressSpaceMb, maxFileMb, cpuSeconds, maxProcesses,
                kb, requireIsolation);
    }

    public SandboxPolicy withRequireIsolation(boolean required) {
        return new SandboxPolicy(timeout, mavenHeapMb, testHeapMb, addressSpaceMb, maxFileMb, cpuSeconds, maxProcesses,
                outputTailKb, required);
    }

    private static long number(Properties properties, String key, long fallback) {
        String value = properties.getProperty(key);
        try {
            return value == null ? fallback : Math.toIntExact(Long.parseLong(value.trim()));
        }
        catch (NumberFormatException | ArithmeticException e) {
            throw new IllegalStateException("build policy key " + key + " must be a whole number, got '" + value + "'",
                    e);
        }
    }
}
