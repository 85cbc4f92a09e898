package io.scaffold.orchestrator.cli;

import io.scaffold.orchestrator.process.ScaffoldRuns;
import io.scaffold.orchestrator.runs.Run;
import io.scaffold.orchestrator.runs.RunRepository;
import io.scaffold.orchestrator.runs.RunStatus;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * {@code scaffold resume RUN-ID} and {@code scaffold runs}: the embedded runtime started
 * on the durable data directory ({@code SCAFFOLD_DATA_DIR}, {@code -Dscaffold.data-dir},
 * else {@code ~/.scaffold}), where a start marks the runs that were in flight INTERRUPTED
 * (process/InterruptedRuns). {@code runs}, and {@code resume} without an id, list them;
 * {@code resume} continues one before its first unfinished phase
 * ({@link ScaffoldRuns#resume}), prints its progress like {@code scaffold run} and exits
 * with its outcome. Nothing is resumed, exit code 2, for an id that is not a run of the
 * directory, a run that is not INTERRUPTED, or a directory a running server holds.
 */
public final class ResumeCommand {

    /** The most runs {@code scaffold runs} lists. */
    private static final int LISTED = 100;

    private ResumeCommand() {
    }

    /** {@code scaffold runs}: the interrupted runs of the data directory. */
    public static int list(Class<?> application, String[] args, PrintStream out, PrintStream err) {
        if (args.length > 0) {
            return ScaffoldCli.usage("scaffold runs takes no arguments, found '" + args[0] + "'", err);
        }
        Path dataDir = dataDir();
        try (ConfigurableApplicationContext context = start(application, dataDir, new RunFollower())) {
            printInterrupted(context.getBean(RunRepository.class), dataDir, out);
            return ScaffoldCli.COMPLETED;
        }
        catch (RuntimeException e) {
            return cannotStart(dataDir, e, err);
        }
    }

    /** {@code scaffold resume [RUN-ID]}. */
    public static int resume(Class<?> application, String[] args, PrintStream out, PrintStream err, InputStream in) {
        if (args.length == 0) {
            return list(application, args, out, err);
        }
        if (args.length > 1 || args[0].startsWith("-")) {
            return ScaffoldCli.usage("scaffold resume takes one RUN-ID, found '" + String.join(" ", args) + "'", err);
        }
        UUID runId;
        try {
            runId = UUID.fromString(args[0]);
        }
        catch (IllegalArgumentException e) {
            return ScaffoldCli.usage("'" + args[0] + "' is not a run id (a UUID, as `scaffold runs` lists them)", err);
        }
        Path dataDir = dataDir();
        RunFollower follower = new RunFollower();
        ConfigurableApplicationContext context;
        try {
            context = start(application, dataDir, follower);
        }
        catch (RuntimeException e) {
            return cannotStart(dataDir, e, err);
        }
        try (context) {
            RunRepository repository = context.getBean(RunRepository.class);
            Optional<Run> found = repository.find(runId);
            if (found.isEmpty()) {
                err.println("scaffold: no run " + runId + " in the data directory " + dataDir + "\n"
                        + "  how to fix: `scaffold runs` lists the interrupted runs there; SCAFFOLD_DATA_DIR names "
                        + "the directory of the server or run that started it");
                return ScaffoldCli.BAD_INPUT;
            }
            Run interrupted = found.get();
            if (interrupted.status() != RunStatus.INTERRUPTED) {
                return notInterrupted(interrupted, err);
            }
            follower.print(new ProgressPrinter(out, interrupted), runId);
            Run run;
            try {
                run = context.getBean(ScaffoldRuns.class).resume(runId, System.getProperty("user.name", "cli"));
            }
            catch (ScaffoldRuns.RunNotInterruptedException e) {
                return notInterrupted(repository.find(runId).orElseThrow(), err);
            }
            return follower.awaitEnd(context, run, Path.of(run.outputDir()), out, in);
        }
        catch (RuntimeException e) {
            err.println("scaffold: the resumed run failed: " + e.getMessage());
            return ScaffoldCli.FAILED;
        }
    }

    private static ConfigurableApplicationContext start(Class<?> application, Path dataDir, RunFollower follower) {
        return new SpringApplicationBuilder(application).web(WebApplicationType.NONE)
            // a start that fails (the directory held by a server) is told in one message
            // by
            // cannotStart, not by Spring's report of the failure
            .properties("logging.level.root=WARN", "logging.level.io.camunda=ERROR",
                    "logging.level.org.springframework.boot.SpringApplication=OFF",
                    "logging.level.org.springframework.context.annotation.AnnotationConfigApplicationContext=ERROR")
            .listeners(follower.listeners())
            .run("--scaffold.data-dir=" + dataDir);
    }

    /**
     * The durable data directory, as the configuration resolves {@code scaffold.data-dir}
     * (application.yml): {@code -Dscaffold.data-dir}, {@code SCAFFOLD_DATA_DIR}, else
     * {@code ~/.scaffold}.
     */
    static Path dataDir() {
        String property = System.getProperty("scaffold.data-dir");
        String env = System.getenv("SCAFFOLD_DATA_DIR");
        String dir = property != null && !property.isBlank() ? property : env != null && !env.isBlank() ? env
                : Path.of(System.getProperty("user.home"), ".scaffold").toString();
        return Path.of(dir).toAbsolutePath().normalize();
    }

    private static void printInterrupted(RunRepository repository, Path dataDir, PrintStream out) {
        List<Run> interrupted = repository.list(null, RunStatus.INTERRUPTED, 0, LISTED);
        if (interrupted.isEmpty()) {
            out.println("No interrupted runs in " + dataDir);
            return;
        }
        out.println("Interrupted runs in " + dataDir + " (continue one with: scaffold resume RUN-ID):");
        for (Run run : interrupted) {
            out.println("  " + run.id() + "  " + run.applicationName() + "  " + run.specFile() + "  started "
                    + run.createdAt() + " by " + run.createdBy());
        }
        long total = repository.count(null, RunStatus.INTERRUPTED);
        if (total > interrupted.size()) {
            out.println("  … and " + (total - interrupted.size()) + " older ones");
        }
    }

    private static int notInterrupted(Run run, PrintStream err) {
        err.println("scaffold: run " + run.id() + " is " + run.status() + ": only an INTERRUPTED run can be resumed\n"
                + "  how to fix: `scaffold runs` lists the interrupted runs"
                + (run.status().finished() ? "" : "; a run in flight is resumed by nobody, it is still going"));
        return ScaffoldCli.BAD_INPUT;
    }

    /**
     * The start failed: the innermost cause says what and where (e.g. the lock's holder).
     */
    private static int cannotStart(Path dataDir, RuntimeException e, PrintStream err) {
        Throwable cause = e;
        while (cause.getCause() != null && cause.getCause() != cause) {
            cause = cause.getCause();
        }
        err.println("scaffold: cannot start on the data directory " + dataDir + ": " + cause.getMessage() + "\n"
                + "  a server running on it resumes its runs itself: the Resume button on the run's page in its "
                + "console, or POST /api/v1/processes/RUN-ID/resume");
        return ScaffoldCli.BAD_INPUT;
    }

}
