package io.scaffold.orchestrator.runtime.embedded;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.config.BeanFactoryPostProcessor;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.context.EnvironmentAware;
import org.springframework.core.PriorityOrdered;
import org.springframework.core.env.Environment;
import org.springframework.util.FileSystemUtils;

/**
 * The throwaway PostgreSQL of a start without a data directory ({@code ./scaffold run}):
 * started on a thread of its own before any bean is created (a bean factory
 * post-processor ordered before {@link EmbeddedZeebe}), so that it comes up while the
 * engine starts and the application context is built; the DataSource waits for it
 * ({@link #await}). Its data directory is a copy of a template
 * ({@code scaffold.postgres-template}) instead of a new initdb: the first start without
 * one runs initdb and keeps a copy of the result as the template (written aside, then
 * renamed, so concurrent starts never see half of it); a template PostgreSQL cannot start
 * on (other binaries) is replaced the same way. The copy is removed when the context
 * closes.
 */
final class OneShotPostgres implements BeanFactoryPostProcessor, PriorityOrdered, EnvironmentAware, DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(OneShotPostgres.class);

    /** Written by zonky's EmbeddedPostgres into its data directory and locked there. */
    private static final String LOCK_FILE = "epg-lock";

    private Path template;

    private Path dataDir;

    private CompletableFuture<EmbeddedPostgres> started;

    @Override
    public void setEnvironment(Environment environment) {
        this.template = Path.of(environment.getRequiredProperty("scaffold.postgres-template"))
            .toAbsolutePath()
            .normalize();
    }

    @Override
    public int getOrder() {
        return 0;
    }

    @Override
    public void postProcessBeanFactory(ConfigurableListableBeanFactory beanFactory) {
        long start = System.nanoTime();
        try {
            dataDir = Files.createTempDirectory("scaffold-postgres-");
        }
        catch (IOException e) {
            throw new UncheckedIOException("cannot create a temporary directory for PostgreSQL's data in "
                    + System.getProperty("java.io.tmpdir") + ": " + e.getMessage(), e);
        }
        started = CompletableFuture.supplyAsync(() -> start(start), command -> {
            Thread thread = new Thread(command, "postgres-start");
            thread.setDaemon(true);
            thread.start();
        });
    }

    /** The started PostgreSQL, once it is up. */
    EmbeddedPostgres await() {
        long start = System.nanoTime();
        try {
            EmbeddedPostgres postgres = started.join();
            log.info("waited {} ms for PostgreSQL", (System.nanoTime() - start) / 1_000_000);
            return postgres;
        }
        catch (CompletionException e) {
            throw new IllegalStateException("PostgreSQL in " + dataDir + " did not start: " + e.getCause().getMessage(),
                    e.getCause());
        }
    }

    Path dataDir() {
        return dataDir;
    }

    private EmbeddedPostgres start(long since) {
        try {
            if (Files.isRegularFile(template.resolve("PG_VERSION"))) {
                try {
                    copy(template, dataDir);
                    EmbeddedPostgres postgres = builder().start();
                    log.info("PostgreSQL in {} started from the template {} in {} ms", dataDir, template,
                            (System.nanoTime() - since) / 1_000_000);
                    return postgres;
                }
                catch (IOException | RuntimeException e) {
                    log.warn("PostgreSQL did not start on a copy of the template {} ({}): making a new one", template,
                            e.getMessage());
                    delete(template);
                    delete(dataDir);
                    Files.createDirectories(dataDir);
                }
            }
            EmbeddedPostgres postgres = builder().setDataDirectoryCustomizer(initialised -> keepAsTemplate(dataDir))
                .start();
            log.info("PostgreSQL in {} started in {} ms (initdb; kept as the template {})", dataDir,
                    (System.nanoTime() - since) / 1_000_000, template);
            return postgres;
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Not cleaned by EmbeddedPostgres: an existing postgresql.conf means no initdb. */
    private EmbeddedPostgres.Builder builder() {
        return EmbeddedPostgres.builder().setDataDirectory(dataDir).setCleanDataDirectory(false);
    }

    /**
     * Called between initdb and the postmaster's start: the data directory is what initdb
     * made, nothing more.
     */
    private void keepAsTemplate(Path initialised) {
        Path aside = template.resolveSibling(template.getFileName() + ".tmp-" + UUID.randomUUID());
        try {
            Files.createDirectories(template.getParent());
            copy(initialised, aside);
            Files.move(aside, template, StandardCopyOption.ATOMIC_MOVE);
        }
        catch (FileAlreadyExistsException | java.nio.file.DirectoryNotEmptyException raced) {
            // another start made it first
        }
        catch (IOException | RuntimeException e) {
            log.warn("could not keep PostgreSQL's initialised data as the template {}: {} (the next start runs "
                    + "initdb again)", template, e.getMessage());
        }
        finally {
            delete(aside);
        }
    }

    private static void copy(Path from, Path to) throws IOException {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path source : (Iterable<Path>) files::iterator) {
                Path target = to.resolve(from.relativize(source).toString());
                if (source.getFileName().toString().equals(LOCK_FILE)) {
                    continue;
                }
                if (Files.isDirectory(source)) {
                    Files.createDirectories(target);
                }
                else {
                    Files.copy(source, target, StandardCopyOption.COPY_ATTRIBUTES);
                }
            }
        }
    }

    private static void delete(Path dir) {
        if (dir == null) {
            return;
        }
        try {
            FileSystemUtils.deleteRecursively(dir);
        }
        catch (IOException e) {
            log.warn("could not remove {}: {}", dir, e.getMessage());
        }
    }

    /**
     * After the DataSource and PostgreSQL's bean: stops it if it was never used, removes
     * the copy.
     */
    @Override
    public void destroy() {
        if (started != null) {
            try {
                started.join().close();
            }
            catch (CompletionException | IOException e) {
                log.debug("PostgreSQL in {} was not running at close: {}", dataDir, e.getMessage());
            }
        }
        delete(dataDir);
    }

}
