package io.scaffold.orchestrator.cli;

import io.scaffold.orchestrator.search.SearchIndexer;
import java.io.PrintStream;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * {@code scaffold reindex}: rebuilds the search index (PostgreSQL or Elasticsearch, as
 * configured) from the runs in the configured database, then exits.
 */
public final class ReindexCommand {

    private ReindexCommand() {
    }

    /**
     * @param application the Spring Boot application class to start
     * @return 0 when the index was rebuilt, 1 when it failed
     */
    public static int run(Class<?> application, PrintStream out, PrintStream err) {
        try (ConfigurableApplicationContext context = new SpringApplicationBuilder(application)
            .web(WebApplicationType.NONE)
            .properties("logging.level.root=WARN", "logging.level.io.camunda=ERROR")
            .run()) {
            SearchIndexer.Rebuild rebuild = context.getBean(SearchIndexer.class).rebuild();
            out.printf("scaffold: search index rebuilt: %d runs, %d documents in %d ms%n", rebuild.runs(),
                    rebuild.documents(), rebuild.millis());
            return ScaffoldCli.COMPLETED;
        }
        catch (RuntimeException e) {
            err.println("scaffold: the search index was not rebuilt: " + e.getMessage());
            return ScaffoldCli.FAILED;
        }
    }

}
