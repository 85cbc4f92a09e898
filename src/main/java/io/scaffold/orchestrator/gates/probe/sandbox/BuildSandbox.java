package io.scaffold.orchestrator.gates.probe.sandbox;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * Where a generated project is built: a private copy of the project in a fresh temporary
 * directory, run with an empty environment plus an allow-list (no secret of the server),
 * under {@link SandboxPolicy} limits and, where the machine offers it, inside bubblewrap:
 * a read-only view of the system ({@code /usr} and an allow-list of {@code /etc}), the
 * copy as the only writable tree, private {@code /tmp}, PID, IPC and (on request) network
 * namespaces, and none of the server's files (its workspace, configuration, data, home
 * directory) except the JDK, the Maven wrapper's distributions and the local Maven
 * repository. Without bubblewrap (or user namespaces) the copy, environment and limits
 * still apply and every build logs a warning, unless the policy requires isolation: then
 * it refuses to build. Closing the sandbox removes the copy and everything the build
 * wrote into it.
 */
public final class BuildSandbox implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(BuildSandbox.class);

    /** Longer lines are cut before they are told to a line listener. */
    private static final int MAX_LINE_BYTES = 4096;

    private static final Path BWRAP = Path.of("/usr/bin/bwrap");

    private static final Path PRLIMIT = Path.of("/usr/bin/prlimit");

    private static final List<String> ETC_ALLOWED = List.of("passwd", "group", "nsswitch.conf", "hosts", "host.conf",
            "resolv.conf", "gai.conf", "protocols", "services", "ssl", "ca-certificates", "ca-certificates.conf", "pki",
            "crypto-policies", "alternatives", "ld.so.cache", "ld.so.conf", "ld.so.conf.d", "localtime", "timezone",
            "locale.alias", "os-release", "debian_version", "lsb-release", "mime.types");

    /**
     * Whether a command may reach the network; loopback works either way (the tests'
     * embedded PostgreSQL).
     */
    public enum Network {

        ALLOWED, LOOPBACK_ONLY

    }

    /**
     * Whether the command may add to the local Maven repository and the wrapper's
     * distributions.
     */
    public enum MavenCache {

        WRITABLE, READ_ONLY

    }

    /**
     * @param exitCode -1 when the command was stopped at its time limit
     */
    public record Outcome(int exitCode, boolean timedOut) {
    }

    private final SandboxPolicy policy;

    private final Path javaHome;

    private final Path localRepository;

    private final Path wrapperDists;

    private final Path root;

    private final Path project;

    private final Path home;

    private final Path tmp;

    private final boolean isolated;

    private final OutputTail output;

    private BuildSandbox(SandboxPolicy policy, Path javaHome, Path localRepository, Path wrapperDists, Path root,
            boolean isolated) {
        this.policy = policy;
        this.javaHome = javaHome;
        this.localRepository = localRepository;
        this.wrapperDists = wrapperDists;
        this.root = root;
        this.project = root.resolve("project");
        this.home = root.resolve("home");
        this.tmp = root.resolve("tmp");
        this.isolated = isolated;
        this.output = new OutputTail(policy.outputTailKb() * 1024);
    }

    /**
     * Copies {@code original} (without its {@code target} and {@code .git}) into a new
     * sandbox.
     * @param mavenUserHome the directory whose {@code wrapper/dists} holds the Maven
     * distributions of {@code mvnw}
     */
    public static BuildSandbox open(Path original, SandboxPolicy policy, Path javaHome, Path localRepository,
            Path mavenUserHome) {
        return open(original, policy, javaHome, localRepository, mavenUserHome, osIsolationAvailable());
    }

    /**
     * @param isolated whether to run the commands in bubblewrap (false: as on a machine
     * without it)
     */
    static BuildSandbox open(Path original, SandboxPolicy policy, Path javaHome, Path localRepository,
            Path mavenUserHome, boolean isolated) {
        if (!isolated) {
            if (policy.requireIsolation()) {
                throw new IllegalStateException("verification builds require OS isolation, but bubblewrap (" + BWRAP
                        + ") is missing or cannot create namespaces on this machine; install the Debian "
                        + "package 'bubblewrap' (tools/install-ci-tools.sh) or set "
                        + "scaffold.build-sandbox.require-isolation=false");
            }
            log.warn("OS isolation of the verification build is off (bubblewrap unavailable): building {} with a "
                    + "private copy, a clean environment and resource limits only", original);
        }
        try {
            Files.createDirectories(localRepository);
            Path wrapperDists = Files.createDirectories(mavenUserHome.resolve("wrapper"));
            Path root = Files.createTempDirectory("scaffold-build-").toRealPath();
            BuildSandbox sandbox = new BuildSandbox(policy, javaHome.toRealPath(), localRepository.toRealPath(),
                    wrapperDists.toRealPath(), root, isolated);
            try {
                Files.createDirectories(sandbox.home);
                Files.createDirectories(sandbox.tmp);
                copyProject(original, sandbox.project);
            }
            catch (IOException | RuntimeException e) {
                sandbox.close();
                throw e;
            }
            return sandbox;
        }
        catch (IOException e) {
            throw new UncheckedIOException("cannot prepare a build sandbox for " + original, e);
        }
    }

    /** The private copy the build works on; its reports are read from here. */
    public Path project() {
        return project;
    }

    public boolean isolated() {
        return isolated;
    }

    /**
     * The end of everything the commands printed so far (stdout and stderr), at most the
     * policy's tail size.
     */
    public String output() {
        return output.text();
    }

    /**
     * Runs {@code command} in the project copy and waits for it, at most
     * {@code timeLimit}.
     */
    public Outcome run(List<String> command, Network network, MavenCache cache, Duration timeLimit) {
        return run(command, network, cache, timeLimit, line -> {
        });
    }

    /**
     * As {@link #run(List, Network, MavenCache, Duration)}, telling {@code lines} each
     * line of output as it comes (on the thread reading the output).
     */
    public Outcome run(List<String> command, Network network, MavenCache cache, Duration timeLimit,
            Consumer<String> lines) {
        ProcessBuilder builder = new ProcessBuilder(wrap(command, network, cache)).directory(project.toFile())
            .redirectErrorStream(true);
        builder.environment().clear();
        builder.environment().putAll(environment());
        Process process;
        try {
            process = builder.start();
        }
        catch (IOException e) {
            throw new UncheckedIOException("cannot start " + command + " in " + project, e);
        }
        try {
            Thread pump = Thread.ofPlatform()
                .daemon()
                .name("build-output")
                .start(() -> pump(process.getInputStream(), lines));
            boolean finished = process.waitFor(Math.max(1, timeLimit.toMillis()), TimeUnit.MILLISECONDS);
            if (!finished) {
                stop(process);
            }
            pump.join(TimeUnit.SECONDS.toMillis(10));
            return new Outcome(finished ? process.exitValue() : -1, !finished);
        }
        catch (InterruptedException e) {
            stop(process);
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while building " + project, e);
        }
    }

    /**
     * Maven forks test JVMs (and they start PostgreSQL): ends the whole tree, not just
     * the wrapper.
     */
    private static void stop(Process process) {
        process.descendants().forEach(ProcessHandle::destroyForcibly);
        process.destroyForcibly();
        try {
            process.waitFor(10, TimeUnit.SECONDS);
        }
        catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** The allow-list: nothing of the server's environment reaches the build. */
    Map<String, String> environment() {
        return Map.of("JAVA_HOME", javaHome.toString(), "PATH", javaHome.resolve("bin") + ":/usr/bin:/bin", "HOME",
                home.toString(), "LANG", "C.UTF-8", "TMPDIR", tmp.toString(), "MAVEN_USER_HOME",
                // Maven's JVM: a heap cap, and the client compiler only (a short-lived
                // build finishes sooner without C2's warm-up: 5.8 s instead of 9.3 s to
                // compile the library project)
                wrapperDists.getParent().toString(), "MAVEN_OPTS",
                "-Xmx" + policy.mavenHeapMb() + "m -XX:TieredStopAtLevel=1 -XX:+UseSerialGC",
                // every other JVM (Surefire's fork): a heap cap and the sandbox's own
                // temporary directory
                "JAVA_TOOL_OPTIONS", "-Xmx" + policy.testHeapMb() + "m -Djava.io.tmpdir=" + tmp);
    }

    private List<String> wrap(List<String> command, Network network, MavenCache cache) {
        List<String> wrapped = new ArrayList<>();
        if (Files.isExecutable(PRLIMIT)) {
            wrapped.addAll(List.of(PRLIMIT.toString(), "--as=" + policy.addressSpaceMb() * 1024 * 1024,
                    "--fsize=" + policy.maxFileMb() * 1024 * 1024, "--cpu=" + policy.cpuSeconds(),
                    "--nproc=" + policy.maxProcesses(), "--core=0", "--"));
        }
        else {
            log.warn("{} is missing (Debian package util-linux): the build runs without per-process limits", PRLIMIT);
        }
        if (isolated) {
            wrapped.addAll(bubblewrap(network, cache));
        }
        wrapped.addAll(command);
        return wrapped;
    }

    /** Mounts are applied in order: a later mount shadows part of an earlier one. */
    private List<String> bubblewrap(Network network, MavenCache cache) {
        List<String> args = new ArrayList<>(List.of(BWRAP.toString(), "--die-with-parent", "--new-session",
                "--cap-drop", "ALL", "--unshare-pid", "--unshare-ipc", "--unshare-uts", "--unshare-cgroup-try"));
        if (network == Network.LOOPBACK_ONLY) {
            args.add("--unshare-net");
        }
        args.addAll(List.of("--ro-bind", "/usr", "/usr"));
        for (Path entry : systemConfiguration()) {
            args.addAll(List.of("--ro-bind", entry.toString(), entry.toString()));
        }
        for (String dir : List.of("/bin", "/sbin", "/lib", "/lib32", "/lib64", "/libx32")) {
            Path path = Path.of(dir);
            if (Files.isSymbolicLink(path)) { // merged /usr: /bin -> usr/bin
                try {
                    args.addAll(List.of("--symlink", Files.readSymbolicLink(path).toString(), dir));
                }
                catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
            else if (Files.isDirectory(path)) {
                args.addAll(List.of("--ro-bind", dir, dir));
            }
        }
        args.addAll(List.of("--proc", "/proc", "--dev", "/dev", "--tmpfs", "/tmp", "--ro-bind", javaHome.toString(),
                javaHome.toString()));
        String cacheMount = cache == MavenCache.WRITABLE ? "--bind" : "--ro-bind";
        args.addAll(List.of(cacheMount, localRepository.toString(), localRepository.toString(), cacheMount,
                wrapperDists.toString(), wrapperDists.toString(), "--bind", root.toString(), root.toString(), "--chdir",
                project.toString(), "--"));
        return args;
    }

    /**
     * What a JDK, Maven and PostgreSQL read from {@code /etc}: users, name resolution,
     * certificates, the dynamic linker, time zone, OS release and the JDK's own
     * configuration. The rest (where an administrator may keep the server's environment
     * file or credentials) stays out of sight.
     */
    private static List<Path> systemConfiguration() {
        List<Path> entries = new ArrayList<>();
        for (String name : ETC_ALLOWED) {
            entries.add(Path.of("/etc", name));
        }
        try (Stream<Path> etc = Files.list(Path.of("/etc"))) {
            etc.filter(p -> p.getFileName().toString().startsWith("java")).forEach(entries::add);
        }
        catch (IOException e) {
            throw new UncheckedIOException("cannot list /etc", e);
        }
        return entries.stream().filter(Files::exists).toList(); // follows links: a
                                                                // dangling one cannot be
                                                                // bound
    }

    private void pump(InputStream in, Consumer<String> lines) {
        byte[] buffer = new byte[8192];
        ByteArrayOutputStream line = new ByteArrayOutputStream();
        try (in) {
            for (int n; (n = in.read(buffer)) > 0;) {
                output.write(buffer, n);
                for (int i = 0; i < n; i++) {
                    if (buffer[i] == '\n') {
                        lines.accept(line.toString(StandardCharsets.UTF_8));
                        line.reset();
                    }
                    else if (line.size() < MAX_LINE_BYTES) {
                        line.write(buffer[i]);
                    }
                }
            }
        }
        catch (IOException e) {
            byte[] note = ("[build output unreadable: " + e.getMessage() + "]\n").getBytes(StandardCharsets.UTF_8);
            output.write(note, note.length);
        }
    }

    @Override
    public void close() {
        try {
            deleteTree(root);
        }
        catch (IOException e) {
            log.warn("cannot remove the build sandbox {}: {}", root, e.getMessage());
        }
    }

    /**
     * Is bubblewrap installed and allowed to create the namespaces it needs? Probed once.
     */
    public static boolean osIsolationAvailable() {
        return IsolationProbe.AVAILABLE;
    }

    private static final class IsolationProbe {

        static final boolean AVAILABLE = probe();

        private static boolean probe() {
            if (!Files.isExecutable(BWRAP)) {
                return false;
            }
            try {
                // The mounts and namespaces a real build asks for: a container that masks
                // /proc passes a plainer probe.
                Process process = new ProcessBuilder(BWRAP.toString(), "--ro-bind", "/", "/", "--proc", "/proc",
                        "--dev", "/dev", "--tmpfs", "/tmp", "--unshare-all", "--cap-drop", "ALL", "--die-with-parent",
                        "true")
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                    .start();
                if (!process.waitFor(10, TimeUnit.SECONDS)) {
                    process.destroyForcibly();
                    return false;
                }
                return process.exitValue() == 0;
            }
            catch (IOException e) {
                return false;
            }
            catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
        }

    }

    /**
     * Regular files and directories only: a symbolic link in the project could point
     * anywhere.
     */
    private static void copyProject(Path original, Path copy) throws IOException {
        try (Stream<Path> files = Files.walk(original)) {
            for (Path file : files.toList()) {
                Path relative = original.relativize(file);
                if (!relative.toString().isEmpty()) {
                    String first = relative.getName(0).toString();
                    if (first.equals("target") || first.equals(".git")) {
                        continue;
                    }
                }
                Path target = copy.resolve(relative.toString());
                if (Files.isDirectory(file, LinkOption.NOFOLLOW_LINKS)) {
                    Files.createDirectories(target);
                }
                else if (Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
                    Files.copy(file, target, StandardCopyOption.COPY_ATTRIBUTES);
                }
            }
        }
    }

    /** Removes the tree even where the build took away its own write permission. */
    private static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir, LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        Files.walkFileTree(dir, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path d, BasicFileAttributes attributes) throws IOException {
                Files.setPosixFilePermissions(d, PosixFilePermissions.fromString("rwx------"));
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFileFailed(Path file, IOException e) throws IOException {
                if (Files.isDirectory(file, LinkOption.NOFOLLOW_LINKS)) { // e.g. chmod
                                                                          // 000:
                                                                          // unlistable
                                                                          // until fixed
                    Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rwx------"));
                    deleteTree(file);
                    return FileVisitResult.CONTINUE;
                }
                throw e;
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) throws IOException {
                Files.delete(file);
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult postVisitDirectory(Path d, IOException e) throws IOException {
                if (e != null) {
                    throw e;
                }
                Files.delete(d);
                return FileVisitResult.CONTINUE;
            }
        });
    }

}
