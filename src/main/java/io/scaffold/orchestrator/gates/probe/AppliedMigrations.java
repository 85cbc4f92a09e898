package io.scaffold.orchestrator.gates.probe;

import io.scaffold.orchestrator.gates.CriterionScore;
import io.scaffold.orchestrator.gates.FindingRule;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.internal.sqlscript.FlywaySqlScriptException;
import org.postgresql.util.PSQLException;
import org.postgresql.util.ServerErrorMessage;
import org.springframework.stereotype.Component;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.List;

/**
 * Applies a project's Flyway migrations, in order, to a fresh database on the real
 * PostgreSQL sandbox and reads back the resulting schema: the expensive work the four
 * data-design criteria share. They run as parallel jobs and get one application per
 * content of the migration scripts.
 */
@Component
public class AppliedMigrations {

    /**
     * @param scripts number of {@code V*.sql} scripts found
     * @param applied number of scripts applied successfully
     * @param errors why the rest did not apply, located at file and line
     * @param schema the schema after migrating, or null when a script failed
     * @param files the scripts' text, to locate findings
     */
    public record Outcome(int scripts, int applied, List<ProjectFiles.Problem> errors, DatabaseSchema schema,
            MigrationFiles files) {

        public boolean succeeded() {
            return schema != null;
        }

        /**
         * The score a criterion that needs the applied schema gets when there is none.
         */
        public CriterionScore unavailable(FindingRule rule) {
            ProjectFiles.Problem error = errors.getFirst();
            return new CriterionScore(rule.criterion(), 0.0,
                    List.of(rule.located(error.location(),
                            scripts == 0 ? "no migration scripts under " + MigrationFiles.DIR
                                    : "the migrations do not apply (see migrations-apply): " + error.message(),
                            "make the migrations apply first; this criterion needs the applied schema")));
        }
    }

    private final PostgresSandbox sandbox;

    /**
     * Outcomes kept: enough for the parallel criteria of the gates running at one time.
     */
    private static final int KEPT_OUTCOMES = 32;

    private final OncePerKey<Outcome> outcomes = new OncePerKey<>(KEPT_OUTCOMES);

    public AppliedMigrations(PostgresSandbox sandbox) {
        this.sandbox = sandbox;
    }

    public Outcome apply(Path projectDir) {
        Path scripts = projectDir.resolve(MigrationFiles.DIR);
        String content = Files.isDirectory(scripts) ? VerificationBuilds.digest(scripts) : "none";
        return outcomes.get(projectDir.toAbsolutePath().normalize() + "@" + content, () -> migrate(projectDir));
    }

    private Outcome migrate(Path projectDir) {
        MigrationFiles files = new MigrationFiles(projectDir);
        if (files.isEmpty()) {
            return new Outcome(0, 0, List
                .of(new ProjectFiles.Problem(MigrationFiles.DIR, "no V<version>__<description>.sql migration scripts")),
                    null, files);
        }
        Path dir = projectDir.resolve(MigrationFiles.DIR).toAbsolutePath();
        return sandbox.withFreshDatabase(dataSource -> {
            Flyway flyway = Flyway.configure(AppliedMigrations.class.getClassLoader())
                .dataSource(dataSource)
                .locations("filesystem:" + dir)
                .validateMigrationNaming(true)
                .cleanDisabled(true)
                .load();
            try {
                flyway.migrate();
                return new Outcome(files.count(), files.count(), List.of(), DatabaseSchema.read(dataSource), files);
            }
            catch (FlywayException e) {
                int applied = (int) Arrays.stream(flyway.info().applied())
                    .map(MigrationInfo::getState)
                    .filter(s -> s.isApplied() && !s.isFailed())
                    .count();
                return new Outcome(files.count(), applied, List.of(describe(e, projectDir)), null, files);
            }
            catch (SQLException e) {
                throw new IllegalStateException(
                        "cannot read the migrated schema back from PostgreSQL: " + e.getMessage(), e);
            }
        });
    }

    /**
     * A Flyway failure as a finding: the failing script, the line of the error within it,
     * PostgreSQL's message and hint.
     */
    private static ProjectFiles.Problem describe(FlywayException e, Path projectDir) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof FlywaySqlScriptException script) {
                String file = ProjectFiles.relative(projectDir, Path.of(script.getResource().getAbsolutePathOnDisk()));
                int line = script.getLineNumber();
                String message = firstLine(
                        script.getCause() != null ? script.getCause().getMessage() : script.getMessage());
                String hint = "";
                if (script.getCause() instanceof PSQLException psql && psql.getServerErrorMessage() != null) {
                    ServerErrorMessage server = psql.getServerErrorMessage();
                    message = server.getMessage();
                    if (server.getPosition() > 0 && script.getStatement() != null) {
                        line += newlinesBefore(script.getStatement(), server.getPosition() - 1);
                    }
                    if (server.getHint() != null) {
                        hint = " (hint: " + server.getHint() + ")";
                    }
                }
                return new ProjectFiles.Problem(file + ":" + line,
                        "PostgreSQL rejects the statement: " + message + hint);
            }
        }
        return new ProjectFiles.Problem(MigrationFiles.DIR, "Flyway cannot migrate: " + firstLine(e.getMessage()));
    }

    private static int newlinesBefore(String text, int offset) {
        return ProjectFiles.lineOf(text, Math.min(offset, text.length())) - 1;
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "(no message)";
        }
        return message.strip()
            .lines()
            .filter(l -> !l.isBlank() && !l.startsWith("-"))
            .findFirst()
            .orElse(message.strip());
    }

}
