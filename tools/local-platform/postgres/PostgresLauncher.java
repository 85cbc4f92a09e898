import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.concurrent.CountDownLatch;

/**
 * Runs PostgreSQL 17 (zonky's Maven-shipped binaries) on a fixed port with a data directory that survives
 * restarts, creates the application's database and its owner once, and keeps it running until the process is
 * stopped. Arguments: data directory, port, database, owner, owner's password.
 */
public final class PostgresLauncher {

    public static void main(String[] args) throws Exception {
        if (args.length != 5 || !args[2].matches("[a-z_][a-z0-9_]*") || !args[3].matches("[a-z_][a-z0-9_]*")) {
            System.err.println("usage: PostgresLauncher DATA_DIR PORT DATABASE OWNER PASSWORD"
                    + " (database and owner: lower-case letters, digits and _)");
            System.exit(2);
        }
        Path dataDir = Path.of(args[0]);
        int port = Integer.parseInt(args[1]);
        String database = args[2];
        String owner = args[3];
        String password = args[4];
        EmbeddedPostgres postgres = EmbeddedPostgres.builder()
                .setDataDirectory(dataDir)
                .setCleanDataDirectory(false)
                .setPort(port)
                .start();
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try {
                postgres.close();
            } catch (Exception e) {
                System.err.println("PostgreSQL did not stop cleanly: " + e);
            }
            stopped.countDown();
        }));
        try (Connection connection = postgres.getPostgresDatabase().getConnection();
             Statement statement = connection.createStatement()) {
            // Identifiers and the password cannot be bound as parameters; they come from platform.sh, not users.
            if (!exists(connection, "select 1 from pg_roles where rolname = ?", owner)) {
                statement.execute("create role " + owner + " login password '" + password.replace("'", "''") + "'");
            }
            if (!exists(connection, "select 1 from pg_database where datname = ?", database)) {
                statement.execute("create database " + database + " owner " + owner);
            }
        }
        System.out.println("PostgreSQL ready on localhost:" + port + ", database " + database + " owned by " + owner);
        stopped.await();
    }

    private static boolean exists(Connection connection, String query, String name) throws Exception {
        try (PreparedStatement statement = connection.prepareStatement(query)) {
            statement.setString(1, name);
            try (ResultSet rows = statement.executeQuery()) {
                return rows.next();
            }
        }
    }
}
