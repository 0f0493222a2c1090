package org.tonle.load;

import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.tonle.feed.FeedCatalogue;
import org.tonle.feed.FeedDefinition;
import org.tonle.feed.Versioning;
import org.tonle.reconcile.PeriodIndex;

/**
 * Makes a staged load the current version of what it speaks for, in the caller's transaction:
 * no rows are copied, only load_period.is_current flips. For each day / month / case the current
 * load is the published one that arrived last (modification time, then name), so a failed file
 * restarted late cannot overwrite a newer one.
 */
@Component
public class Publisher {

    private static final int IN_LIST = 500;
    /** Past this many keys, DISTINCT is cheaper than one index seek each. */
    private static final int SEEK_LIMIT = 2000;
    private final JdbcTemplate jdbc;
    private final FeedCatalogue feeds;
    private final PeriodIndex periods;

    public Publisher(JdbcTemplate jdbc, FeedCatalogue feeds, PeriodIndex periods) {
        this.jdbc = jdbc;
        this.feeds = feeds;
        this.periods = periods;
    }

    public void publish(long loadId) {
        String feedName = jdbc.queryForObject("SELECT feed FROM file_load WHERE load_id = ?", String.class, loadId);
        FeedDefinition feed = feeds.get(feedName);
        Set<String> keys = periodKeys(loadId, feed);
        Set<String> existing = new HashSet<>(jdbc.queryForList(
                "SELECT period_key FROM load_period WHERE load_id = ?", String.class, loadId));
        List<Object[]> inserts = new ArrayList<>();
        for (String key : keys) {
            if (!existing.contains(key)) {
                inserts.add(new Object[] {loadId, feedName, key});
            }
        }
        if (!inserts.isEmpty()) {
            jdbc.batchUpdate("INSERT INTO load_period (load_id, feed, period_key, is_current) VALUES (?, ?, ?, FALSE)",
                    inserts);
        }
        jdbc.update("UPDATE file_load SET state = 'PUBLISHED', published_at = COALESCE(published_at, ?) "
                + "WHERE load_id = ?", Timestamp.from(java.time.Instant.now()), loadId);
        jdbc.update("UPDATE source_file SET status = 'LOADED', status_detail = NULL WHERE file_id = "
                + "(SELECT file_id FROM file_load WHERE load_id = ?)", loadId);
        recompute(feedName, new ArrayList<>(keys));
    }

    private Set<String> periodKeys(long loadId, FeedDefinition feed) {
        Versioning v = feed.versioning();
        String table = feed.target().table();
        List<String> seeked = v.by() != Versioning.By.KEY ? periods.keys(table, loadId, SEEK_LIMIT) : null;
        Set<String> keys = new LinkedHashSet<>(seeked != null ? seeked : distinctKeys(table, loadId));
        // held-back rows claim nothing: their date may be the very reason they were held back (a typo, a day
        // outside the declared period), and a claim would take that day or month from another file
        if (v.by() == Versioning.By.DAY && v.declaredPeriodCovers()) {
            jdbc.query("SELECT declared_from, declared_to FROM file_load WHERE load_id = ? AND declared_from IS NOT NULL",
                    rs -> {
                        LocalDate to = rs.getDate(2).toLocalDate();
                        for (LocalDate d = rs.getDate(1).toLocalDate(); !d.isAfter(to); d = d.plusDays(1)) {
                            keys.add(d.toString());
                        }
                    }, loadId);
        }
        return keys;
    }

    private List<String> distinctKeys(String table, long loadId) {
        return jdbc.queryForList("SELECT DISTINCT period_key FROM " + table + " WHERE load_id = ?", String.class,
                loadId);
    }

    private record Claim(long loadId, String key, long modified, String name, long fileId) {
    }

    /** Chooses, for each key, the published load that arrived last, and marks loads left with nothing. */
    void recompute(String feed, List<String> keys) {
        Comparator<Claim> arrival = Comparator.comparingLong(Claim::modified)
                .thenComparing(Claim::name).thenComparingLong(Claim::fileId);
        for (int i = 0; i < keys.size(); i += IN_LIST) {
            List<String> part = keys.subList(i, Math.min(keys.size(), i + IN_LIST));
            String in = String.join(", ", Collections.nCopies(part.size(), "?"));
            List<Object> args = new ArrayList<>();
            args.add(feed);
            args.addAll(part);
            List<Claim> claims = jdbc.query("SELECT lp.load_id, lp.period_key, f.modified_nanos, f.source_file, f.file_id "
                    + "FROM load_period lp JOIN file_load l ON l.load_id = lp.load_id AND l.state = 'PUBLISHED' "
                    + "JOIN source_file f ON f.file_id = l.file_id WHERE lp.feed = ? AND lp.period_key IN (" + in + ")",
                    (rs, n) -> new Claim(rs.getLong(1), rs.getString(2), rs.getLong(3), rs.getString(4),
                            rs.getLong(5)), args.toArray());
            Map<String, Claim> winners = new HashMap<>();
            for (Claim c : claims) {
                winners.merge(c.key(), c, (a, b) -> arrival.compare(a, b) >= 0 ? a : b);
            }
            jdbc.update("UPDATE load_period SET is_current = FALSE WHERE feed = ? AND period_key IN (" + in + ")",
                    args.toArray());
            jdbc.batchUpdate("UPDATE load_period SET is_current = TRUE WHERE load_id = ? AND period_key = ?",
                    winners.values().stream().map(c -> new Object[] {c.loadId(), c.key()}).toList());
            markSuperseded(claims, winners);
        }
    }

    private void markSuperseded(List<Claim> claims, Map<String, Claim> winners) {
        Map<Long, Long> lostTo = new HashMap<>();
        for (Claim c : claims) {
            Claim w = winners.get(c.key());
            if (w.loadId() != c.loadId()) {
                lostTo.put(c.loadId(), w.loadId());
            }
        }
        lostTo.forEach((loser, winner) -> jdbc.update("UPDATE file_load SET superseded_by = CASE WHEN EXISTS "
                + "(SELECT 1 FROM load_period lp WHERE lp.load_id = ? AND lp.is_current = TRUE) THEN NULL ELSE ? END "
                + "WHERE load_id = ?", loser, winner, loser));
    }
}
