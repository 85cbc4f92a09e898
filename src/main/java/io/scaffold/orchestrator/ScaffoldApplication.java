package io.scaffold.orchestrator;

import io.scaffold.orchestrator.cli.ReindexCommand;
import io.scaffold.orchestrator.cli.ResumeCommand;
import io.scaffold.orchestrator.cli.ScaffoldCli;
import java.util.Arrays;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.autoconfigure.elasticsearch.ElasticsearchClientAutoConfiguration;
import org.springframework.boot.autoconfigure.elasticsearch.ElasticsearchRestClientAutoConfiguration;

/**
 * {@code scaffold run SPEC ...} runs one scaffold on the embedded runtime and exits;
 * {@code scaffold server} (or no command, as in a container) starts the REST service;
 * {@code scaffold resume RUN-ID} continues an interrupted run of the data directory and
 * {@code scaffold runs} lists them (cli/ResumeCommand); {@code scaffold reindex} rebuilds
 * the search index from the database and exits. Spring Boot's own Elasticsearch clients
 * stay off: search configures its client from {@code scaffold.search.elasticsearch.*}
 * only when it is set (search/ElasticsearchConfiguration).
 */
@SpringBootApplication(
        exclude = { ElasticsearchRestClientAutoConfiguration.class, ElasticsearchClientAutoConfiguration.class })
public class ScaffoldApplication {

    public static void main(String[] args) {
        String command = args.length == 0 ? "server" : args[0];
        String[] rest = args.length == 0 ? args : Arrays.copyOfRange(args, 1, args.length);
        switch (command) {
            case "server" -> SpringApplication.run(ScaffoldApplication.class, rest);
            case "run" ->
                System.exit(ScaffoldCli.run(ScaffoldApplication.class, rest, System.out, System.err, System.in));
            case "resume" ->
                System.exit(ResumeCommand.resume(ScaffoldApplication.class, rest, System.out, System.err, System.in));
            case "runs" -> System.exit(ResumeCommand.list(ScaffoldApplication.class, rest, System.out, System.err));
            case "reindex" -> System.exit(ReindexCommand.run(ScaffoldApplication.class, System.out, System.err));
            default -> System.exit(ScaffoldCli.usage("unknown command '" + command + "'", System.err));
        }
    }

}
