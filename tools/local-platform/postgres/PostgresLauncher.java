import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.concurrent.CountDownLatch;

/**
 * Runs PostgreSQL 17 (zonky's Maven-shipped binaries) on a fixed port with a data directory that survives
 * restarts, creates the application's database once, and keeps it running until the process is stopped.
 * Arguments: data directory, port, database name.
 */
public final class PostgresLauncher {

    public static void main(String[] args) throws Exception {
        if (args.length != 3) {
            System.err.println("usage: PostgresLauncher DATA_DIR PORT DATABASE");
            System.exit(2);
        }
        Path dataDir = Path.of(args[0]);
        int port = Integer.parseInt(args[1]);
        String database = args[2];
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
             PreparedStatement exists = connection.prepareStatement("select 1 from pg_database where datname = ?")) {
            exists.setString(1, database);
            try (ResultSet rows = exists.executeQuery()) {
                if (!rows.next()) {
                    // Identifiers cannot be bound as parameters; the name comes from platform.sh, not from users.
                    connection.createStatement().execute("create database \"" + database.replace("\"", "") + "\"");
                }
            }
        }
        System.out.println("PostgreSQL ready on localhost:" + port + ", database " + database);
        stopped.await();
    }
}
