package io.scaffold.orchestrator.gates.probe;

import io.scaffold.orchestrator.gates.CriterionScore;
import io.scaffold.orchestrator.gates.FindingRule;
import io.scaffold.orchestrator.gates.GatesData;
import io.scaffold.orchestrator.gates.VerificationBuildProgress;
import io.scaffold.orchestrator.gates.probe.sandbox.BuildSandboxProperties;
import io.scaffold.orchestrator.gates.probe.sandbox.SandboxPolicy;
import io.scaffold.orchestrator.generation.ProjectLayout;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;

/**
 * One Maven build ({@code ./mvnw -B verify}, in a build sandbox with the limits of
 * verification.properties) per project content, shared by the three build criteria, which
 * run as parallel jobs: results are cached by a digest of the project's files (build
 * output aside), and concurrent callers for the same content wait for the same run.
 */
@Component
@EnableConfigurationProperties(BuildSandboxProperties.class)
public class VerificationBuilds {

    private static final int OUTPUT_TAIL_LINES = 40;

    /**
     * Build results kept: enough for the parallel criteria of the gates running at one
     * time.
     */
    private static final int KEPT_BUILDS = 16;

    private final OncePerKey<ProjectBuild.Result> builds = new OncePerKey<>(KEPT_BUILDS);

    private final SandboxPolicy policy;

    /** Told what a build is doing (the terminal's progress line listens). */
    private final ApplicationEventPublisher events;

    @Autowired
    VerificationBuilds(BuildSandboxProperties sandbox, GatesData data, ApplicationEventPublisher events) {
        this(SandboxPolicy.from(data.properties("verification.properties"), sandbox.requireIsolation()), events);
    }

    public VerificationBuilds(SandboxPolicy policy) {
        this(policy, event -> {
        });
    }

    VerificationBuilds(SandboxPolicy policy, ApplicationEventPublisher events) {
        this.policy = policy;
        this.events = events;
    }

    public ProjectBuild.Result build(Path projectDir) {
        return builds
            .get(projectDir.toAbsolutePath().normalize() + "@" + digest(projectDir),
                    () -> new ProjectBuild(projectDir, policy,
                            step -> events.publishEvent(new VerificationBuildProgress(projectDir, step)))
                        .run("verify"));
    }

    /** A project without a Maven wrapper cannot be built. */
    public static boolean buildable(Path projectDir) {
        return Files.isRegularFile(projectDir.resolve(ProjectLayout.MAVEN_WRAPPER));
    }

    /** What every build criterion scores for a project that cannot be built: 0. */
    public static CriterionScore unbuildable(FindingRule rule) {
        return new CriterionScore(rule.criterion(), 0.0, List.of(rule.in(ProjectLayout.MAVEN_WRAPPER,
                "the Maven wrapper is missing", "generate the Maven wrapper; the project cannot build without it")));
    }

    /** The last lines of the build output, for findings. */
    public static String tail(ProjectBuild.Result result) {
        List<String> lines = result.output().lines().toList();
        return String.join("\n", lines.subList(Math.max(0, lines.size() - OUTPUT_TAIL_LINES), lines.size()));
    }

    /**
     * SHA-256 over the relative path and content of every file except build output and
     * VCS data.
     */
    public static String digest(Path projectDir) {
        try (Stream<Path> files = Files.walk(projectDir)) {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
                Path relative = projectDir.relativize(file);
                String first = relative.getName(0).toString();
                if (first.equals("target") || first.equals(".git")) {
                    continue;
                }
                sha.update(relative.toString().replace('\\', '/').getBytes(java.nio.charset.StandardCharsets.UTF_8));
                sha.update((byte) 0);
                sha.update(Files.readAllBytes(file));
            }
            return HexFormat.of().formatHex(sha.digest());
        }
        catch (IOException e) {
            throw new UncheckedIOException("cannot read " + projectDir, e);
        }
        catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

}
