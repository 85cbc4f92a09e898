import static org.codelibs.opensearch.runner.OpenSearchRunner.newConfigs;

import java.util.concurrent.CountDownLatch;
import org.codelibs.opensearch.runner.OpenSearchRunner;

/**
 * Runs a single-node OpenSearch 2.17 in this JVM until the process is stopped (SIGTERM from platform.sh).
 * Arguments: data directory, HTTP port. Camunda 8.6 needs nothing but plain HTTP on localhost.
 */
public final class OpenSearchLauncher {

    public static void main(String[] args) throws Exception {
        if (args.length != 2) {
            System.err.println("usage: OpenSearchLauncher DATA_DIR HTTP_PORT");
            System.exit(2);
        }
        String dataDir = args[0];
        int httpPort = Integer.parseInt(args[1]);
        OpenSearchRunner runner = new OpenSearchRunner();
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try {
                runner.close();
            } catch (Exception e) {
                System.err.println("OpenSearch did not close cleanly: " + e);
            }
            stopped.countDown();
        }));
        runner.onBuild((node, settings) -> {
            settings.put("http.port", httpPort);
            settings.put("network.host", "127.0.0.1");
            settings.put("discovery.type", "single-node");
            // A developer machine's disk is often more than 90 % full; do not turn indices read-only for that.
            settings.put("cluster.routing.allocation.disk.threshold_enabled", false);
        }).build(newConfigs()
                .basePath(dataDir)
                .numOfNode(1)
                .baseHttpPort(httpPort - 1)
                .clusterName("scaffold-local")
                .printOnFailure());
        runner.ensureYellow();
        System.out.println("OpenSearch ready on http://127.0.0.1:" + httpPort);
        stopped.await();
    }
}
