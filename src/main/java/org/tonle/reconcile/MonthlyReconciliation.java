package org.tonle.reconcile;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * rpt_reconciliation is always computed live from current loads; after every run its rows are also
 * kept as a snapshot, so an analyst can see when a mismatch appeared and when it was resolved.
 */
@Component
public class MonthlyReconciliation {

    private final JdbcTemplate jdbc;

    public MonthlyReconciliation(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public record Line(String period, String nationality, String measure, long published, long detailed,
                       String status) {
        public long difference() {
            return published - detailed;
        }
    }

    public List<Line> current(String month) {
        return jdbc.query("SELECT period, nationality_iso3, measure, published, detailed, status "
                        + "FROM rpt_reconciliation WHERE (? IS NULL OR period = ?) "
                        + "ORDER BY period, measure, nationality_iso3",
                (rs, i) -> new Line(rs.getString(1), rs.getString(2), rs.getString(3), rs.getLong(4), rs.getLong(5),
                        rs.getString(6)), month, month);
    }

    @Transactional
    public List<Line> snapshot() {
        List<Line> lines = current(null);
        long mismatched = lines.stream().filter(l -> l.status().equals("MISMATCH")).count();
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        jdbc.update(con -> {
            var ps = con.prepareStatement("INSERT INTO reconciliation_run (ran_at, matched, mismatched) VALUES (?, ?, ?)",
                    java.sql.Statement.RETURN_GENERATED_KEYS);
            ps.setTimestamp(1, Timestamp.from(Instant.now()));
            ps.setLong(2, lines.size() - mismatched);
            ps.setLong(3, mismatched);
            return ps;
        }, keys);
        long runId = keys.getKey().longValue();
        jdbc.batchUpdate("INSERT INTO reconciliation_result (run_id, period, nationality_iso3, measure, published, "
                + "detailed, status) VALUES (?, ?, ?, ?, ?, ?, ?)", lines.stream().map(l -> new Object[] {runId,
                l.period(), l.nationality(), l.measure(), l.published(), l.detailed(), l.status()}).toList());
        return lines;
    }
}
