package io.scaffold.orchestrator.gates;

import java.sql.Date;
import java.sql.Timestamp;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The waivers of gates, one per gate attempt; a repeated job adds nothing. */
@Repository
public class GateWaiverRepository {

    private final JdbcClient jdbc;

    GateWaiverRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * @return true when the waiver was new
     */
    boolean insert(GateWaiver w) {
        return jdbc.sql("""
                insert into waivers (run_id, gate_id, attempt, reason, expires_at, granted_by, granted_at)
                values (?, ?, ?, ?, ?, ?, ?)
                on conflict (run_id, gate_id, attempt) do nothing""")
            .params(w.runId(), w.gateId(), w.attempt(), w.reason(), Date.valueOf(w.expiresAt()), w.grantedBy(),
                    Timestamp.from(w.grantedAt()))
            .update() == 1;
    }

    public List<GateWaiver> forRun(UUID runId) {
        return jdbc.sql("select * from waivers where run_id = ? order by granted_at, gate_id, attempt")
            .param(runId)
            .query((rs, i) -> new GateWaiver(runId, rs.getString("gate_id"), rs.getInt("attempt"),
                    rs.getString("reason"), rs.getDate("expires_at").toLocalDate(), rs.getString("granted_by"),
                    rs.getTimestamp("granted_at").toInstant()))
            .list();
    }

}
