package io.scaffold.orchestrator.cli;

import io.scaffold.orchestrator.contract.AutomationLevel;
import java.nio.file.Path;
import java.util.List;

/**
 * The options of {@code scaffold run}.
 *
 * @param spec the input file
 * @param out where the finished project goes
 * @param automation {@code full}, {@code partial} or {@code manual}
 * @param app for a multi-application JDL file, the application to generate
 * @param console keep the HTTP server and its console up on loopback while the run lasts
 */
record CliOptions(Path spec, Path out, String automation, String app, boolean console) {

    static final String USAGE = """
            usage: scaffold run SPEC [--out DIR] [--automation full|partial|manual] [--app NAME] [--console]
                   scaffold server
                   scaffold runs              (the interrupted runs of the data directory)
                   scaffold resume RUN-ID     (continue an interrupted run of the data directory)
                   scaffold reindex   (rebuild the search index from the database the configuration names)

              SPEC          JHipster JDL (.jdl, .jh), domain spec (.yaml, .yml, .json) or requirements text (.md, .txt)
              --out DIR     where the generated project is written (default: ./<application-name>); must not
                            exist or be empty
              --automation  full: no human steps (default); partial: people answer the gates DMN asks them to;
                            manual: every gate needs a person. Approvals are answered in this terminal.
              --app NAME    the application of a multi-application JDL file (default: the monolith or gateway)
              --console     also serve the console on http://127.0.0.1 while the run lasts and print the run's
                            page (a free port; SERVER_PORT=N chooses one): watch the diagram and answer the
                            approvals in the browser or here

            `scaffold server` serves the API and the console at http://127.0.0.1:8080/ until stopped.
            `scaffold resume` and `scaffold runs` work on the data directory (SCAFFOLD_DATA_DIR, default ~/.scaffold)
            while no server holds it: a run in flight when its server or `scaffold run` (with SCAFFOLD_DATA_DIR)
            stopped is INTERRUPTED; resume continues it before its first unfinished phase, prints its progress and
            exits 0 when it completes, 1 when it fails, 2 when nothing was resumed (unknown run, a run that is not
            INTERRUPTED, the directory held by a running server).
            """;

    static CliOptions parse(List<String> args) {
        Path spec = null;
        Path out = null;
        String automation = "full";
        String app = null;
        boolean console = false;
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            switch (arg) {
                case "--out" -> out = Path.of(value(args, ++i, arg));
                case "--automation" -> {
                    automation = value(args, ++i, arg);
                    if (AutomationLevel.of(automation).isEmpty()) {
                        throw new UsageException(
                                "--automation must be full, partial or manual, not '" + automation + "'");
                    }
                }
                case "--app" -> app = value(args, ++i, arg);
                case "--console" -> console = true;
                default -> {
                    if (arg.startsWith("-")) {
                        throw new UsageException("unknown option '" + arg + "'");
                    }
                    if (spec != null) {
                        throw new UsageException(
                                "only one SPEC file may be given, found '" + spec + "' and '" + arg + "'");
                    }
                    spec = Path.of(arg);
                }
            }
        }
        if (spec == null) {
            throw new UsageException("SPEC is missing");
        }
        return new CliOptions(spec, out, automation, app, console);
    }

    private static String value(List<String> args, int i, String option) {
        if (i >= args.size() || args.get(i).startsWith("--")) {
            throw new UsageException(option + " needs a value");
        }
        return args.get(i);
    }

    static class UsageException extends RuntimeException {

        UsageException(String message) {
            super(message);
        }

    }
}
