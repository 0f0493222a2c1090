package org.tonle.load;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import javax.sql.DataSource;
import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Test hooks for restart drills, off in normal operation:
 * with tonle.test.fail-at-row=N, the chunk holding source row N fails once per process, as a lost
 * database would; with tonle.test.kill-connections-at-row=N (MariaDB/MySQL), the database drops every
 * connection of this schema, the chunk's own included, just before that chunk is written, as a
 * database restart would; tonle.test.fail-publish fails every publish at its last moment.
 */
@Component
public class StagingFaults {

    private final int failAtRow;
    private final int killAtRow;
    private final JdbcTemplate jdbc;
    private final DataSource dataSource;
    private final boolean failPublish;
    private final boolean failCheck;
    private boolean failed;
    private boolean killed;

    public StagingFaults(@Value("${tonle.test.fail-at-row:0}") int failAtRow,
                         @Value("${tonle.test.kill-connections-at-row:0}") int killAtRow,
                         @Value("${tonle.test.fail-publish:false}") boolean failPublish,
                         @Value("${tonle.test.fail-check:false}") boolean failCheck,
                         JdbcTemplate jdbc, DataSource dataSource) {
        this.failAtRow = failAtRow;
        this.killAtRow = killAtRow;
        this.failPublish = failPublish;
        this.failCheck = failCheck;
        this.jdbc = jdbc;
        this.dataSource = dataSource;
    }

    /** With tonle.test.fail-check=true, the check step fails before it counts anything. */
    void beforeCheck() {
        if (failCheck) {
            throw new IllegalStateException("planned failure in the check step (tonle.test.fail-check)");
        }
    }

    /** With tonle.test.fail-publish=true, publishing fails after all its updates, before the commit. */
    void beforePublishCommit() {
        if (failPublish) {
            throw new IllegalStateException("planned failure before the publish commit (tonle.test.fail-publish)");
        }
    }

    void beforeWrite(Chunk<? extends StagedRow> chunk) {
        if (!failed && holds(chunk, failAtRow)) {
            failed = true;
            throw new IllegalStateException("planned failure at row " + failAtRow + " (tonle.test.fail-at-row)");
        }
        if (!killed && holds(chunk, killAtRow)) {
            killed = true;
            killConnections();
        }
    }

    private static boolean holds(Chunk<? extends StagedRow> chunk, int row) {
        if (row <= 0) {
            return false;
        }
        for (StagedRow staged : chunk) {
            if (staged.sourceRow() == row) {
                return true;
            }
        }
        return false;
    }

    /** From a connection of its own, outside the chunk's transaction, which touches it first. */
    private void killConnections() {
        jdbc.queryForObject("SELECT CONNECTION_ID()", Long.class);
        try (Connection admin = dataSource.getConnection(); Statement s = admin.createStatement()) {
            List<Long> ids = new java.util.ArrayList<>();
            try (var rs = s.executeQuery("SELECT ID FROM information_schema.PROCESSLIST WHERE DB = DATABASE() "
                    + "AND ID <> CONNECTION_ID()")) {
                while (rs.next()) {
                    ids.add(rs.getLong(1));
                }
            }
            for (long id : ids) {
                s.execute("KILL CONNECTION " + id);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("tonle.test.kill-connections-at-row: " + e.getMessage(), e);
        }
    }
}
