package io.scaffold.orchestrator.runtime.embedded;

import static org.assertj.core.api.Assertions.assertThat;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.mock.env.MockEnvironment;

/**
 * The throwaway PostgreSQL of {@code ./scaffold run}: the first start runs initdb and
 * keeps the result as the template, the next ones start on a copy of it (no initdb), a
 * template PostgreSQL cannot use is made anew, and each copy is gone after close.
 */
class OneShotPostgresTest {

    @TempDir
    Path tmp;

    @Test
    void theFirstStartMakesTheTemplateTheNextStartsCopyItAndEachCopyIsRemoved() throws Exception {
        Path template = tmp.resolve("postgres-template");

        OneShotPostgres first = start(template);
        assertThat(query(first.await())).isEqualTo(1);
        Path firstData = first.dataDir();
        first.destroy();
        assertThat(firstData).doesNotExist();
        assertThat(template.resolve("PG_VERSION")).isRegularFile();
        assertThat(template.resolve("postmaster.pid")).as("taken before the server started").doesNotExist();

        // a file only the template has: the next start's data directory is a copy of it
        Files.writeString(template.resolve("copied-from-template"), "yes");
        OneShotPostgres second = start(template);
        assertThat(query(second.await())).isEqualTo(1);
        assertThat(second.dataDir().resolve("copied-from-template")).isRegularFile();
        second.destroy();
        assertThat(second.dataDir()).doesNotExist();

        // binaries that cannot use the template: it is made anew by initdb
        Files.writeString(template.resolve("PG_VERSION"), "9\n");
        OneShotPostgres third = start(template);
        assertThat(query(third.await())).isEqualTo(1);
        third.destroy();
        assertThat(template.resolve("copied-from-template")).doesNotExist();
        assertThat(Files.readString(template.resolve("PG_VERSION")).trim()).isNotEqualTo("9");
    }

    private static OneShotPostgres start(Path template) {
        OneShotPostgres postgres = new OneShotPostgres();
        postgres.setEnvironment(new MockEnvironment().withProperty("scaffold.postgres-template", template.toString()));
        postgres.postProcessBeanFactory(null);
        return postgres;
    }

    private static int query(EmbeddedPostgres postgres) throws SQLException {
        try (Connection connection = postgres.getPostgresDatabase().getConnection();
                ResultSet result = connection.createStatement().executeQuery("select 1")) {
            result.next();
            return result.getInt(1);
        }
    }

}
