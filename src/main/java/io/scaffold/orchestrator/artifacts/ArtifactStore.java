package io.scaffold.orchestrator.artifacts;

import io.scaffold.orchestrator.runs.RunEventData;
import io.scaffold.orchestrator.runs.RunEventLog;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Versioned artifacts of a run, in PostgreSQL and mirrored into the run's workspace.
 * Saving content equal to the latest version stores nothing new, so a retried agent job
 * never duplicates an artifact.
 */
@Service
public class ArtifactStore {

    private final JdbcClient jdbc;

    private final Workspace workspace;

    private final RunEventLog events;

    ArtifactStore(JdbcClient jdbc, Workspace workspace, RunEventLog events) {
        this.jdbc = jdbc;
        this.workspace = workspace;
        this.events = events;
    }

    @Transactional
    public Artifact save(UUID runId, String path, String content, ArtifactType type, String phaseId, String agent) {
        return save(runId, path, content.getBytes(StandardCharsets.UTF_8), type, phaseId, agent);
    }

    @Transactional
    public Artifact save(UUID runId, String path, byte[] content, ArtifactType type, String phaseId, String agent) {
        workspace.resolve(runId, path); // validates the path before anything is stored
        String sha = sha256(content);
        Optional<Artifact> latest = latest(runId, path);
        if (latest.isPresent() && latest.get().sha256().equals(sha)) {
            workspace.write(runId, path, content); // the file may be missing after a
                                                   // crash between commit and write
            return latest.get();
        }
        int version = latest.map(a -> a.version() + 1).orElse(1);
        Instant now = Instant.now();
        jdbc.sql(
                """
                        insert into artifacts (run_id, path, version, type, phase_id, agent, sha256, size_bytes, content, created_at)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
            .params(runId, path, version, type.label(), phaseId, agent, sha, content.length, content,
                    Timestamp.from(now))
            .update();
        events.append(runId, path + "@" + version,
                new RunEventData.ArtifactGenerated(path, version, phaseId, agent, sha), now);
        workspace.write(runId, path, content);
        return new Artifact(runId, path, version, type, phaseId, agent, sha, content.length, now);
    }

    public Optional<Artifact> latest(UUID runId, String path) {
        return jdbc.sql(SELECT + " where run_id = ? and path = ? order by version desc limit 1")
            .params(runId, path)
            .query(ArtifactStore::artifact)
            .optional();
    }

    /** The newest version of every artifact of a run, ordered by path. */
    public List<Artifact> latest(UUID runId) {
        return jdbc
            .sql("select distinct on (path) " + COLUMNS
                    + " from artifacts where run_id = ? order by path, version desc")
            .param(runId)
            .query(ArtifactStore::artifact)
            .list();
    }

    public List<Artifact> versions(UUID runId, String path) {
        return jdbc.sql(SELECT + " where run_id = ? and path = ? order by version")
            .params(runId, path)
            .query(ArtifactStore::artifact)
            .list();
    }

    public Optional<byte[]> content(UUID runId, String path, int version) {
        return jdbc.sql("select content from artifacts where run_id = ? and path = ? and version = ?")
            .params(runId, path, version)
            .query((rs, i) -> rs.getBytes(1))
            .optional();
    }

    public Optional<String> latestText(UUID runId, String path) {
        return latest(runId, path).flatMap(a -> content(runId, path, a.version()))
            .map(bytes -> new String(bytes, StandardCharsets.UTF_8));
    }

    public static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        }
        catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }

    private static final String COLUMNS = "run_id, path, version, type, phase_id, agent, sha256, size_bytes, created_at";

    private static final String SELECT = "select " + COLUMNS + " from artifacts";

    private static Artifact artifact(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
        return new Artifact(rs.getObject("run_id", UUID.class), rs.getString("path"), rs.getInt("version"),
                ArtifactType.of(rs.getString("type")), rs.getString("phase_id"), rs.getString("agent"),
                rs.getString("sha256"), rs.getInt("size_bytes"), rs.getTimestamp("created_at").toInstant());
    }

}
