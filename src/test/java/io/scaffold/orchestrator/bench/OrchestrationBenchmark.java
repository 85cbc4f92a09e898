package io.scaffold.orchestrator.bench;

import io.camunda.client.CamundaClient;
import io.scaffold.orchestrator.ScaffoldApplication;
import io.scaffold.orchestrator.process.ScaffoldRuns;
import io.scaffold.orchestrator.process.StartRequest;
import io.scaffold.orchestrator.runs.EventType;
import io.scaffold.orchestrator.runs.RunEvent;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.DoubleAdder;
import java.util.stream.Stream;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ApplicationListener;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.PayloadApplicationEvent;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.util.FileSystemUtils;

/**
 * Benchmark of the orchestration core (run by {@code bench/orchestration.sh}, not a
 * test): the real application on the embedded runtime (Zeebe engine, embedded PostgreSQL,
 * run-tracking and gate-recording workers, persistence), with the agents and the
 * criterion scoring replaced by workers that complete at once, so that what is measured
 * is the orchestration itself.
 *
 * <p>
 * Arguments are Spring properties ({@code --name=value}); its own are {@code bench.spec}
 * (the input every run starts from), {@code bench.warmup-runs},
 * {@code bench.sequential-runs}, {@code bench.concurrency}, {@code bench.load-runs} and
 * {@code bench.memory-runs} (0: off; else that many more runs, resident size and heap
 * printed after every {@code bench.concurrency} of them). Any application property can be
 * changed the same way, e.g. {@code --camunda.client.execution-threads=4}, to measure its
 * effect.
 */
public final class OrchestrationBenchmark {

    /**
     * The agent job types of scaffold.bpmn: their real workers are switched off and
     * replaced.
     */
    private static final List<String> AGENT_TYPES = List.of("agent.requirements-analyzer", "agent.domain-analyst",
            "agent.solution-architect", "agent.data-architect", "agent.api-designer", "agent.code-generator",
            "agent.test-engineer", "agent.devops-engineer", "agent.product-owner", "agent.handover-coordinator");

    private static final String SCORE_CRITERION = "gate.score-criterion";

    private static final Duration RUN_TIMEOUT = Duration.ofMinutes(5);

    private final ConfigurableApplicationContext context;

    private final ScaffoldRuns scaffoldRuns;

    private final JdbcClient jdbc;

    private final String specFile;

    private final String specContent;

    private final Map<UUID, CompletableFuture<EventType>> runEnds;

    /**
     * When the last criterion of a gate round was scored (epoch µs), by
     * "runId/gateId/attempt".
     */
    private final Map<String, Long> lastScored = new ConcurrentHashMap<>();

    private final AtomicInteger trivialCompletionFailures = new AtomicInteger();

    private final MemorySampler memory;

    private OrchestrationBenchmark(ConfigurableApplicationContext context,
            Map<UUID, CompletableFuture<EventType>> runEnds, Path spec) throws IOException {
        this.context = context;
        this.runEnds = runEnds;
        this.scaffoldRuns = context.getBean(ScaffoldRuns.class);
        this.jdbc = context.getBean(JdbcClient.class);
        this.specFile = spec.getFileName().toString();
        this.specContent = Files.readString(spec);
        EmbeddedPostgres postgres = context.getBeanProvider(EmbeddedPostgres.class).getIfAvailable();
        this.memory = new MemorySampler(postgres == null ? 0 : postgres.getPort());
    }

    public static void main(String[] args) throws Exception {
        Path workspace = Files.createTempDirectory("scaffold-bench-workspace");
        Map<UUID, CompletableFuture<EventType>> runEnds = new ConcurrentHashMap<>();
        ApplicationListener<PayloadApplicationEvent<RunEvent>> endListener = event -> {
            RunEvent e = event.getPayload();
            if (e.type() == EventType.ProcessCompleted || e.type() == EventType.ProcessFailed) {
                runEnds.computeIfAbsent(e.runId(), id -> new CompletableFuture<>()).complete(e.type());
            }
        };
        List<String> properties = new ArrayList<>(
                List.of("logging.level.root=WARN", "scaffold.workspace=" + workspace, disabled(SCORE_CRITERION)));
        AGENT_TYPES.forEach(type -> properties.add(disabled(type)));

        long startedAt = System.nanoTime();
        int exitCode = 1;
        try (ConfigurableApplicationContext context = new SpringApplicationBuilder(ScaffoldApplication.class)
            .web(WebApplicationType.NONE)
            .properties(properties.toArray(String[]::new))
            .listeners(endListener)
            .run(args)) {
            double startupMs = (System.nanoTime() - startedAt) / 1e6;
            Environment env = context.getEnvironment();
            OrchestrationBenchmark bench = new OrchestrationBenchmark(context, runEnds,
                    Path.of(env.getRequiredProperty("bench.spec")));
            exitCode = bench.run(env, startupMs);
        }
        catch (Exception e) {
            e.printStackTrace();
        }
        finally {
            FileSystemUtils.deleteRecursively(workspace);
            // a library leaves a non-daemon timer thread behind
            System.exit(exitCode);
        }
    }

    /**
     * Switches the application's own worker for a job type off (brackets keep the dots of
     * the type in the key).
     */
    private static String disabled(String jobType) {
        return "camunda.client.worker.override[" + jobType + "].enabled=false";
    }

    private int run(Environment env, double startupMs) throws Exception {
        int warmupRuns = env.getProperty("bench.warmup-runs", Integer.class, 20);
        int sequentialRuns = env.getProperty("bench.sequential-runs", Integer.class, 50);
        int concurrency = env.getProperty("bench.concurrency", Integer.class, 100);
        int loadRuns = env.getProperty("bench.load-runs", Integer.class, 300);
        int memoryRuns = env.getProperty("bench.memory-runs", Integer.class, 0);
        int maxJobsActive = env.getProperty("camunda.client.worker.defaults.max-jobs-active", Integer.class, 32);

        openTrivialWorkers(context.getBean(CamundaClient.class), maxJobsActive);
        memory.start();

        System.out.printf("%nOrchestration benchmark (trivial agents and validators; %s)%n", specFile);
        System.out.printf("  JVM %s, %d processors, max heap %d MiB, load average at start %s%n", Runtime.version(),
                Runtime.getRuntime().availableProcessors(), Runtime.getRuntime().maxMemory() >> 20,
                Machine.loadAverage());
        System.out.printf(
                "  client: execution-threads %s, max-jobs-active %d, stream-enabled %s; application started in %.0f ms%n",
                env.getProperty("camunda.client.execution-threads", "1 (default)"), maxJobsActive,
                env.getProperty("camunda.client.worker.defaults.stream-enabled"), startupMs);

        runSequentially(warmupRuns);
        List<String> realWorkerJobs = jdbc
            .sql("select distinct job_type from agent_tasks where job_type like 'agent.%' or job_type = ?")
            .param(SCORE_CRITERION)
            .query(String.class)
            .list();
        if (!realWorkerJobs.isEmpty()) {
            throw new IllegalStateException("the application's own workers still handled " + realWorkerJobs
                    + ": the worker override properties did not switch them off");
        }
        List<StartedRun> sequential = runSequentially(sequentialRuns);
        long heapBeforeLoad = heapAfterGc();
        int runsBeforeLoad = warmupRuns + sequentialRuns;

        long cpuBeforeLoad = processCpuNanos();
        LoadResult load = runConcurrently(concurrency, loadRuns);
        long loadCpu = processCpuNanos() - cpuBeforeLoad;
        memory.stop();

        System.out.printf("%n== Single runs, one at a time (%d runs after %d warm-up runs)%n", sequential.size(),
                warmupRuns);
        printLatencies(sequential);
        System.out.printf("%n== %d concurrent runs, %d runs in all%n", concurrency, load.runs().size());
        printLatencies(load.runs());
        Instant loadStarted = load.runs()
            .stream()
            .map(StartedRun::callStarted)
            .min(Comparator.naturalOrder())
            .orElseThrow();
        double seconds = Duration.between(loadStarted, load.ended()).toNanos() / 1e9;
        System.out.printf(
                "  sustained throughput                                   %.0f runs/min (%d completed in %.1f s; "
                        + "%.0f runs in flight on average; this JVM used %.0f %% of one core meanwhile)%n",
                load.completed() * 60 / seconds, load.completed(), seconds, load.inFlightMillis() / 1000 / seconds,
                loadCpu / 1e7 / seconds);
        Failures failures = failures(load);
        System.out.printf(
                "  failures: %d runs not completed, %d start errors, %d incidents; %d jobs retried or failed, "
                        + "%d trivial-worker completion errors (whole benchmark)%n",
                failures.notCompleted(), load.startErrors(), failures.incidents(), failures.retriedJobs(),
                trivialCompletionFailures.get());

        System.out.printf(
                "%n== Time the application's own workers spend per job (agent_tasks.duration_ms: database writes)%n");
        printWorkerDurations("single runs", sequential);
        printWorkerDurations(concurrency + " concurrent", load.runs());

        long heapAfterLoad = heapAfterGc();
        int allRuns = runsBeforeLoad + load.runs().size();
        System.out.printf("%n== Memory (heap limit %d MiB)%n", Runtime.getRuntime().maxMemory() >> 20);
        System.out.printf("  JVM peak resident (VmHWM)             %6d MiB%n",
                MemorySampler.ownStatusBytes("VmHWM") >> 20);
        System.out.printf("  heap used, highest sample             %6d MiB%n", memory.peakHeap() >> 20);
        System.out.printf(
                "  heap used after full GC               %6d MiB after %d runs (%d MiB after %d runs): "
                        + "%.0f KiB kept per run%n",
                heapAfterLoad >> 20, allRuns, heapBeforeLoad >> 20, runsBeforeLoad,
                (heapAfterLoad - heapBeforeLoad) / 1024.0 / load.runs().size());
        System.out.printf(
                "  embedded PostgreSQL processes, peak sum of resident sizes %d MiB (shared memory counted in each)%n",
                memory.peakPostgresRss() >> 20);
        int memoryFailures = memoryRuns > 0 ? memoryOverRuns(concurrency, memoryRuns, allRuns) : 0;
        System.out.printf("  load average at end %s%n", Machine.loadAverage());
        return failures.notCompleted() + load.startErrors() + failures.incidents() + memoryFailures == 0 ? 0 : 1;
    }

    /**
     * Serves {@code total} more runs, {@code concurrency} at a time, and after every
     * {@code concurrency} runs prints the JVM's resident size and its heap after a full
     * GC: whether memory stays flat with the number of runs served.
     * @return the runs that did not complete or could not start
     */
    private int memoryOverRuns(int concurrency, int total, int runsBefore) throws InterruptedException {
        System.out.printf(
                "%n== Memory over %d more runs, %d at a time (target: flat after warm-up, resident <= 1 GiB)%n", total,
                concurrency);
        System.out.printf("  %10s %14s %14s %14s%n", "runs", "resident MiB", "heap MiB", "load average");
        int served = runsBefore;
        int failed = 0;
        long peakResident = 0;
        for (int done = 0; done < total; done += concurrency) {
            LoadResult chunk = runConcurrently(concurrency, Math.min(concurrency, total - done));
            served += chunk.runs().size();
            failed += chunk.runs().size() - chunk.completed() + chunk.startErrors();
            long heap = heapAfterGc();
            long resident = MemorySampler.ownStatusBytes("VmRSS");
            peakResident = Math.max(peakResident, resident);
            System.out.printf("  %10d %14d %14d   %s%n", served, resident >> 20, heap >> 20, Machine.loadAverage());
        }
        System.out.printf("  JVM peak resident (VmHWM) %d MiB, highest sampled resident %d MiB; %d runs failed%n",
                MemorySampler.ownStatusBytes("VmHWM") >> 20, peakResident >> 20, failed);
        return failed;
    }

    private static long processCpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
            .getProcessCpuTime();
    }

    private static long heapAfterGc() {
        System.gc();
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }

    // ---- trivial workers

    private void openTrivialWorkers(CamundaClient client, int maxJobsActive) {
        for (String type : AGENT_TYPES) {
            client.newWorker()
                .jobType(type)
                .handler((jobClient, job) -> jobClient.newCompleteCommand(job)
                    .send()
                    .whenComplete((ok, error) -> countFailure(error)))
                .maxJobsActive(maxJobsActive)
                .streamEnabled(true)
                .fetchVariables("runId")
                .open();
        }
        client.newWorker().jobType(SCORE_CRITERION).handler((jobClient, job) -> {
            Map<String, Object> variables = job.getVariablesAsMap();
            Object criterion = ((Map<?, ?>) variables.get("criterion")).get("name");
            Map<String, Object> result = Map.of("name", criterion, "score", 1.0, "findings", List.of());
            lastScored.merge(variables.get("runId") + "/" + variables.get("gateId") + "/" + variables.get("attempt"),
                    micros(Instant.now()), Math::max);
            jobClient.newCompleteCommand(job)
                .variables(Map.of("criterionResult", result))
                .send()
                .whenComplete((ok, error) -> countFailure(error));
        })
            .maxJobsActive(maxJobsActive)
            .streamEnabled(true)
            .fetchVariables("runId", "gateId", "attempt", "criterion")
            .open();
    }

    private void countFailure(Throwable error) {
        if (error != null) {
            trivialCompletionFailures.incrementAndGet();
        }
    }

    // ---- driving runs

    private record StartedRun(UUID id, Instant callStarted, Instant callReturned) {
    }

    /**
     * @param inFlightMillis the time each run was in flight, summed: divided by the
     * duration, the mean concurrency
     */
    private record LoadResult(List<StartedRun> runs, int completed, int startErrors, Instant ended,
            double inFlightMillis) {
    }

    private StartedRun startRun() {
        Instant callStarted = Instant.now();
        UUID id = scaffoldRuns.start(new StartRequest(specFile, specContent, "full", null, "bench", "bench", null))
            .id();
        return new StartedRun(id, callStarted, Instant.now());
    }

    private CompletableFuture<EventType> end(UUID runId) {
        return runEnds.computeIfAbsent(runId, id -> new CompletableFuture<>());
    }

    private List<StartedRun> runSequentially(int count) throws Exception {
        List<StartedRun> started = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            StartedRun run = startRun();
            started.add(run);
            end(run.id()).get(RUN_TIMEOUT.toSeconds(), TimeUnit.SECONDS);
        }
        return started;
    }

    /**
     * Keeps {@code concurrency} runs in flight until {@code total} runs have been
     * started: one client thread per slot starts a run, waits for its end and starts the
     * next, so that a slow start does not thin out the load.
     */
    private LoadResult runConcurrently(int concurrency, int total) throws InterruptedException {
        List<StartedRun> started = Collections.synchronizedList(new ArrayList<>());
        AtomicInteger toStart = new AtomicInteger(total);
        AtomicInteger completed = new AtomicInteger();
        AtomicInteger startErrors = new AtomicInteger();
        DoubleAdder inFlightMillis = new DoubleAdder();
        ExecutorService clients = Executors.newFixedThreadPool(concurrency);
        for (int slot = 0; slot < concurrency; slot++) {
            clients.execute(() -> {
                while (toStart.getAndDecrement() > 0) {
                    try {
                        StartedRun run = startRun();
                        started.add(run);
                        if (end(run.id()).get(RUN_TIMEOUT.toSeconds(),
                                TimeUnit.SECONDS) == EventType.ProcessCompleted) {
                            completed.incrementAndGet();
                        }
                        inFlightMillis.add(millisBetween(run.callStarted(), Instant.now()));
                    }
                    catch (Exception e) {
                        startErrors.incrementAndGet();
                        System.out.println("  run failed to start or to end in time: " + e);
                    }
                }
            });
        }
        clients.shutdown();
        clients.awaitTermination(1, TimeUnit.HOURS);
        return new LoadResult(List.copyOf(started), completed.get(), startErrors.get(), Instant.now(),
                inFlightMillis.sum());
    }

    // ---- figures from the database

    private void printLatencies(List<StartedRun> started) {
        Map<UUID, Instant> callStarted = new HashMap<>();
        started.forEach(r -> callStarted.put(r.id(), r.callStarted()));
        List<Double> startCalls = started.stream().map(r -> millisBetween(r.callStarted(), r.callReturned())).toList();
        Map<UUID, List<Phase>> phases = phases(callStarted.keySet());

        List<Double> startLatency = new ArrayList<>();
        List<Double> transitions = new ArrayList<>();
        List<Double> gateFreeTransitions = new ArrayList<>();
        List<Double> verdictToNextPhase = new ArrayList<>();
        List<Double> gateEvaluation = new ArrayList<>();
        List<Double> wallTimes = new ArrayList<>();

        Map<String, Instant> verdicts = new HashMap<>();
        jdbc.sql("select run_id, gate_id, attempt, phase_id, evaluated_at from gate_evaluations").query(rs -> {
            UUID runId = rs.getObject("run_id", UUID.class);
            if (callStarted.containsKey(runId)) {
                Instant evaluatedAt = rs.getTimestamp("evaluated_at").toInstant();
                verdicts.put(runId + "/" + rs.getString("phase_id"), evaluatedAt);
                Long scored = lastScored.get(runId + "/" + rs.getString("gate_id") + "/" + rs.getInt("attempt"));
                if (scored != null) {
                    gateEvaluation.add((micros(evaluatedAt) - scored) / 1000.0);
                }
            }
        });
        jdbc.sql("select id, created_at, completed_at from runs where status = 'COMPLETED'").query(rs -> {
            if (callStarted.containsKey(rs.getObject("id", UUID.class))) {
                wallTimes.add(millisBetween(rs.getTimestamp("created_at").toInstant(),
                        rs.getTimestamp("completed_at").toInstant()));
            }
        });
        phases.forEach((runId, list) -> {
            startLatency.add(millisBetween(callStarted.get(runId), list.getFirst().started()));
            for (int i = 1; i < list.size(); i++) {
                Phase previous = list.get(i - 1);
                Phase next = list.get(i);
                double ms = millisBetween(previous.completed(), next.started());
                transitions.add(ms);
                Instant verdict = verdicts.get(runId + "/" + previous.id());
                if (verdict == null) {
                    gateFreeTransitions.add(ms);
                }
                else {
                    verdictToNextPhase.add(millisBetween(verdict, next.started()));
                }
            }
        });

        System.out.println("  run start: start() called → first phase started        " + Percentiles.of(startLatency));
        System.out.println("    the start() call itself (parse, store, create instance) " + Percentiles.of(startCalls));
        System.out.println("  phase transition: phase completed → next phase started " + Percentiles.of(transitions));
        System.out.println(
                "    with no gate in between (intake → domain analysis)    " + Percentiles.of(gateFreeTransitions));
        System.out
            .println("    after a gate: verdict recorded → next phase started   " + Percentiles.of(verdictToNextPhase));
        System.out
            .println("  gate: last criterion scored → verdict recorded         " + Percentiles.of(gateEvaluation));
        System.out.println("  full run wall time (created → completed)                " + Percentiles.of(wallTimes));
    }

    private void printWorkerDurations(String label, List<StartedRun> started) {
        Set<UUID> ids = new HashSet<>();
        started.forEach(r -> ids.add(r.id()));
        Map<String, List<Double>> byType = new TreeMap<>();
        jdbc.sql("select run_id, job_type, duration_ms from agent_tasks where duration_ms is not null").query(rs -> {
            if (ids.contains(rs.getObject("run_id", UUID.class))) {
                byType.computeIfAbsent(rs.getString("job_type"), t -> new ArrayList<>())
                    .add(rs.getDouble("duration_ms"));
            }
        });
        System.out.println("  " + label + ":");
        byType.forEach((type, millis) -> System.out.printf("    %-28s %s%n", type, Percentiles.of(millis)));
    }

    private record Phase(String id, Instant started, Instant completed) {
    }

    private Map<UUID, List<Phase>> phases(Set<UUID> runIds) {
        Map<UUID, List<Phase>> phases = new HashMap<>();
        jdbc.sql("select run_id, phase_id, started_at, completed_at from phases where status = 'COMPLETED'")
            .query(rs -> {
                UUID runId = rs.getObject("run_id", UUID.class);
                if (runIds.contains(runId)) {
                    phases.computeIfAbsent(runId, id -> new ArrayList<>())
                        .add(new Phase(rs.getString("phase_id"), rs.getTimestamp("started_at").toInstant(),
                                rs.getTimestamp("completed_at").toInstant()));
                }
            });
        phases.values().forEach(list -> list.sort(Comparator.comparing(Phase::started)));
        return phases;
    }

    private record Failures(int notCompleted, int incidents, int retriedJobs) {
    }

    private Failures failures(LoadResult load) {
        Set<UUID> ids = new HashSet<>();
        load.runs().forEach(r -> ids.add(r.id()));
        AtomicInteger completed = new AtomicInteger();
        jdbc.sql("select id from runs where status = 'COMPLETED'").query(rs -> {
            if (ids.contains(rs.getObject("id", UUID.class))) {
                completed.incrementAndGet();
            }
        });
        // The application's workers record every attempt (agent_tasks) and every incident
        // they cause (events).
        int incidents = jdbc.sql("select count(*) from events where type = 'IncidentRaised'")
            .query(Integer.class)
            .single();
        int retried = jdbc.sql("select count(*) from agent_tasks where attempt > 1 or outcome <> 'SUCCEEDED'")
            .query(Integer.class)
            .single();
        return new Failures(load.runs().size() - completed.get(), incidents, retried);
    }

    // ---- helpers

    private static long micros(Instant instant) {
        return TimeUnit.SECONDS.toMicros(instant.getEpochSecond()) + instant.getNano() / 1000;
    }

    private static double millisBetween(Instant from, Instant to) {
        return Duration.between(from, to).toNanos() / 1e6;
    }

    /**
     * Samples heap use and the resident size of the embedded PostgreSQL processes while
     * the benchmark runs.
     */
    private static final class MemorySampler {

        private final int postgresPort;

        private final AtomicLong peakHeap = new AtomicLong();

        private final AtomicLong peakPostgresRss = new AtomicLong();

        private volatile boolean running;

        private Thread thread;

        private long samples;

        MemorySampler(int postgresPort) {
            this.postgresPort = postgresPort;
        }

        void start() {
            running = true;
            thread = Thread.ofPlatform().daemon().name("memory-sampler").start(() -> {
                while (running) {
                    peakHeap.accumulateAndGet(ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed(),
                            Math::max);
                    if (++samples % 5 == 0) { // listing the process tree costs more than
                                              // reading the heap
                        peakPostgresRss.accumulateAndGet(postgresRss(), Math::max);
                    }
                    try {
                        Thread.sleep(200);
                    }
                    catch (InterruptedException e) {
                        return;
                    }
                }
            });
        }

        void stop() throws InterruptedException {
            running = false;
            thread.join();
        }

        long peakHeap() {
            return peakHeap.get();
        }

        long peakPostgresRss() {
            return peakPostgresRss.get();
        }

        /**
         * pg_ctl detaches the server from this JVM: it is found by the port on its
         * command line.
         */
        private long postgresRss() {
            String portArgument = "-p " + postgresPort + " ";
            return ProcessHandle.allProcesses()
                .filter(p -> p.info()
                    .commandLine()
                    .filter(c -> c.contains("postgres") && c.contains(portArgument))
                    .isPresent())
                .flatMap(postmaster -> Stream.concat(Stream.of(postmaster), postmaster.descendants()))
                .mapToLong(p -> procStatusKib(Path.of("/proc", Long.toString(p.pid()), "status"), "VmRSS") << 10)
                .sum();
        }

        /** A size field of this process's /proc status, in bytes. */
        static long ownStatusBytes(String field) {
            return procStatusKib(Path.of("/proc/self/status"), field) << 10;
        }

        private static long procStatusKib(Path status, String field) {
            try {
                for (String line : Files.readAllLines(status)) {
                    if (line.startsWith(field + ":")) {
                        return Long.parseLong(line.replaceAll("[^0-9]", ""));
                    }
                }
            }
            catch (IOException | RuntimeException e) {
                // the process ended between listing and reading
            }
            return 0;
        }

    }

}
