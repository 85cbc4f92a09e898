package io.scaffold.orchestrator.llm;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * Which agent produced each artifact of a run and how (table
 * {@code artifact_provenance}): the report shows it per artifact, "deterministic" where
 * nothing was recorded.
 */
@Service
public class ProvenanceLog {

    private final JdbcClient jdbc;

    ProvenanceLog(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Records (or replaces) the provenance of an artifact; a job retried with the same
     * answer leaves the same row.
     * @param artifactPath the artifact's path in the run's project, as stored with the
     * artifact
     */
    public void record(UUID runId, String artifactPath, Provenance provenance) {
        Objects.requireNonNull(runId, "runId");
        Objects.requireNonNull(artifactPath, "artifactPath");
        Objects.requireNonNull(provenance, "provenance");
        jdbc.sql("""
                insert into artifact_provenance (run_id, artifact_path, agent, source, provider, model, call_id, reason,
                                                 recorded_at)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?)
                on conflict (run_id, artifact_path) do update
                set agent = excluded.agent, source = excluded.source, provider = excluded.provider,
                    model = excluded.model, call_id = excluded.call_id, reason = excluded.reason,
                    recorded_at = excluded.recorded_at""")
            .params(runId, artifactPath, provenance.agent().key(), provenance.source().name(), provenance.provider(),
                    provenance.model(), provenance.callId(), provenance.reason(), Timestamp.from(Instant.now()))
            .update();
    }

    /** The recorded provenance of a run's artifacts by path, in path order. */
    public Map<String, Provenance> forRun(UUID runId) {
        Map<String, Provenance> byPath = new LinkedHashMap<>();
        jdbc.sql("select * from artifact_provenance where run_id = ? order by artifact_path")
            .param(runId)
            .query((ResultSet rs) -> {
                byPath.put(rs.getString("artifact_path"), provenance(rs));
            });
        return byPath;
    }

    private static Provenance provenance(ResultSet rs) throws SQLException {
        return new Provenance(AgentRole.fromKey(rs.getString("agent")),
                ProvenanceSource.valueOf(rs.getString("source")), rs.getString("provider"), rs.getString("model"),
                rs.getObject("call_id", UUID.class), rs.getString("reason"));
    }

}
