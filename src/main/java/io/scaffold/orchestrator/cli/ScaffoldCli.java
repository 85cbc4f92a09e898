package io.scaffold.orchestrator.cli;

import io.scaffold.orchestrator.domain.DomainModel;
import io.scaffold.orchestrator.process.ScaffoldRuns;
import io.scaffold.orchestrator.process.StartRequest;
import io.scaffold.orchestrator.runs.FailureMessages;
import io.scaffold.orchestrator.runs.Run;
import io.scaffold.orchestrator.spec.SpecException;
import io.scaffold.orchestrator.spec.SpecReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * {@code scaffold run}: one complete scaffold on the embedded runtime. The input is
 * checked before anything is stored (exit code 2 with file, line and column): an
 * unreadable file before the application starts, the spec itself by the run's one reading
 * ({@link ScaffoldRuns#read}). Progress is printed as the process reports it, and the
 * exit code is 0 only when the run completed.
 */
public final class ScaffoldCli {

    static final int COMPLETED = 0;
    static final int FAILED = 1;
    static final int BAD_INPUT = 2;

    private ScaffoldCli() {
    }

    public static int usage(String problem, PrintStream err) {
        err.println("scaffold: " + problem);
        err.print(CliOptions.USAGE);
        return BAD_INPUT;
    }

    /**
     * @param application the Spring Boot application class to start (passed in, so that
     * this package does not depend on the one that starts it)
     */
    public static int run(Class<?> application, String[] args, PrintStream out, PrintStream err, InputStream in) {
        CliOptions options;
        String spec;
        try {
            options = CliOptions.parse(List.of(args));
            spec = new SpecReader().text(options.spec()); // a missing or unreadable file
                                                          // fails before the start-up
        }
        catch (CliOptions.UsageException e) {
            return usage(e.getMessage(), err);
        }
        catch (SpecException e) {
            err.println("scaffold: " + e.getMessage());
            return BAD_INPUT;
        }
        if (options.out() != null && !emptyOrAbsent(absolute(options.out()))) {
            return occupied(absolute(options.out()), err);
        }

        RunFollower follower = new RunFollower();
        try (ConfigurableApplicationContext context = new SpringApplicationBuilder(application)
            .web(options.console() ? WebApplicationType.SERVLET : WebApplicationType.NONE)
            // with the console: a free port unless server.port says otherwise; security
            // stays off, so the server listens on loopback only (security/ServerBinding)
            .properties("logging.level.root=WARN", "logging.level.io.camunda=ERROR", "server.port=0")
            .listeners(follower.listeners())
            .run(oneShotStorage())) {
            ScaffoldRuns runs = context.getBean(ScaffoldRuns.class);
            StartRequest request = new StartRequest(options.spec().getFileName().toString(), spec, options.automation(),
                    options.app(), "local", System.getProperty("user.name", "cli"), null);
            DomainModel model = runs.read(request); // the run's one reading of the spec
            Path outDir = absolute(options.out() != null ? options.out() : Path.of(model.name()));
            if (!emptyOrAbsent(outDir)) {
                return occupied(outDir, err);
            }
            follower.print(new ProgressPrinter(out, model), null);
            Run run = runs.start(request.withOutputDir(outDir), model);
            follower.follow(run.id());
            if (options.console()) {
                out.println("Console: http://127.0.0.1:" + context.getEnvironment().getProperty("local.server.port")
                        + "/#/runs/" + run.id() + " (until the run ends)");
            }
            return follower.awaitEnd(context, run, outDir, out, in);
        }
        catch (SpecException e) {
            err.println("scaffold: " + e.getMessage());
            return BAD_INPUT;
        }
        catch (RuntimeException e) {
            // the whole failure goes to the log under a reference the message names
            err.println("scaffold: the run failed: " + FailureMessages.describe("the run", e));
            return FAILED;
        }
    }

    private static int occupied(Path outDir, PrintStream err) {
        err.println("scaffold: output directory " + outDir + " exists and is not empty\n"
                + "  how to fix: choose another directory with --out, or remove it");
        return BAD_INPUT;
    }

    /**
     * A one-shot run keeps its database in a temporary directory, unless a data directory
     * is named ({@code SCAFFOLD_DATA_DIR} or {@code -Dscaffold.data-dir}): no initdb-once
     * cost to carry, no lock held against a server on {@code ~/.scaffold}. Its working
     * folders then stay apart from the server's ({@code ~/.scaffold/cli-workspace} unless
     * {@code SCAFFOLD_WORKSPACE} or {@code -Dscaffold.workspace} says otherwise), as each
     * start removes the folders of runs its database does not know.
     */
    static String[] oneShotStorage() {
        if (System.getenv("SCAFFOLD_DATA_DIR") != null || System.getProperty("scaffold.data-dir") != null) {
            return new String[0];
        }
        if (System.getenv("SCAFFOLD_WORKSPACE") != null || System.getProperty("scaffold.workspace") != null) {
            return new String[] { "--scaffold.data-dir=" };
        }
        return new String[] { "--scaffold.data-dir=",
                "--scaffold.workspace=" + Path.of(System.getProperty("user.home"), ".scaffold", "cli-workspace") };
    }

    private static Path absolute(Path dir) {
        return dir.toAbsolutePath().normalize();
    }

    private static boolean emptyOrAbsent(Path dir) {
        if (!Files.exists(dir)) {
            return true;
        }
        if (!Files.isDirectory(dir)) {
            return false;
        }
        try (Stream<Path> entries = Files.list(dir)) {
            return entries.findAny().isEmpty();
        }
        catch (IOException e) {
            return false;
        }
    }

}
