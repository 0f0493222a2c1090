package org.tonle.load;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** The state of each load: what the job knows about the file it is loading. */
@Component
public class LoadLedger {

    private final JdbcTemplate jdbc;

    public LoadLedger(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public record Load(long loadId, long fileId, String feed, String state, Long jobExecutionId, String sourceFile,
                       String path) {
    }

    public Optional<Load> find(long loadId) {
        List<Load> loads = jdbc.query("SELECT l.load_id, l.file_id, l.feed, l.state, l.job_execution_id, "
                + "f.source_file FROM file_load l JOIN source_file f ON f.file_id = l.file_id WHERE l.load_id = ?",
                (rs, i) -> new Load(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4),
                        (Long) rs.getObject(5, Long.class), rs.getString(6), null), loadId);
        return loads.stream().findFirst();
    }

    public Optional<Load> findByExecution(long jobExecutionId) {
        List<Long> ids = jdbc.queryForList("SELECT load_id FROM file_load WHERE job_execution_id = ?", Long.class,
                jobExecutionId);
        return ids.isEmpty() ? Optional.empty() : find(ids.get(0));
    }

    /**
     * The load an earlier execution belongs to, one that a restart has since followed with another: found
     * by its Spring Batch job instance, which every execution of a load shares.
     */
    public Optional<Load> findByEarlierExecution(long jobExecutionId) {
        List<Long> ids = jdbc.queryForList("SELECT l.load_id FROM file_load l JOIN BATCH_JOB_EXECUTION c "
                + "ON c.JOB_EXECUTION_ID = l.job_execution_id JOIN BATCH_JOB_EXECUTION e "
                + "ON e.JOB_INSTANCE_ID = c.JOB_INSTANCE_ID WHERE e.JOB_EXECUTION_ID = ?", Long.class, jobExecutionId);
        return ids.isEmpty() ? Optional.empty() : find(ids.get(0));
    }

    /** The SHA-256 of the load's file as it was when it was registered. */
    public String recordedSha256(long loadId) {
        return jdbc.queryForObject("SELECT f.sha256 FROM file_load l JOIN source_file f ON f.file_id = l.file_id "
                + "WHERE l.load_id = ?", String.class, loadId);
    }

    public void started(long loadId, long jobExecutionId) {
        jdbc.update("UPDATE file_load SET state = 'STAGING', job_execution_id = ?, failure = NULL, "
                + "started_at = COALESCE(started_at, ?) WHERE load_id = ?", jobExecutionId, now(), loadId);
    }

    public void recordDeclaredPeriod(long loadId, LocalDate from, LocalDate to) {
        jdbc.update("UPDATE file_load SET declared_from = ?, declared_to = ? WHERE load_id = ?",
                Date.valueOf(from), Date.valueOf(to), loadId);
    }

    public Optional<DeclaredPeriod.Period> declaredPeriod(long loadId) {
        return jdbc.query("SELECT declared_from, declared_to FROM file_load WHERE load_id = ? "
                        + "AND declared_from IS NOT NULL", (rs, i) -> new DeclaredPeriod.Period(
                        rs.getDate(1).toLocalDate(), rs.getDate(2).toLocalDate()), loadId)
                .stream().findFirst();
    }

    public void counted(long loadId, long read, long loaded, long heldBack, long blank) {
        jdbc.update("UPDATE file_load SET rows_read = ?, rows_loaded = ?, rows_held_back = ?, rows_blank = ? "
                + "WHERE load_id = ?", read, loaded, heldBack, blank, loadId);
    }

    public void checked(long loadId, String status, String detail) {
        jdbc.update("UPDATE file_load SET check_status = ?, check_detail = ? WHERE load_id = ?", status,
                detail, loadId);
    }

    /** A failure an operator can act on; the staged rows stay for the restart. */
    public void failed(long loadId, String state, String failure) {
        // a load whose publish committed is in the views: a process that died just after that commit
        // must not make the ledger say otherwise
        int changed = jdbc.update("UPDATE file_load SET state = ?, failure = ? WHERE load_id = ? AND state <> 'PUBLISHED'",
                state, failure, loadId);
        if (changed > 0) {
            jdbc.update("UPDATE source_file SET status = ?, status_detail = ? WHERE file_id = "
                    + "(SELECT file_id FROM file_load WHERE load_id = ?)", state, failure, loadId);
        }
    }

    /** A refused or abandoned load keeps nothing staged. */
    public void discardStaged(long loadId) {
        for (String table : List.of("deportation", "arrest", "court_case", "court_defendant", "published_stat",
                "person_name", "held_row", "control_total", "file_check", "load_period")) {
            jdbc.update("DELETE FROM " + table + " WHERE load_id = ?", loadId);
        }
    }

    static Timestamp now() {
        return Timestamp.from(Instant.now());
    }
}
