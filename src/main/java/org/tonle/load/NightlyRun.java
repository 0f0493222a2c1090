package org.tonle.load;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.tonle.feed.FeedCatalogue;
import org.tonle.feed.FeedDefinition;
import org.tonle.intake.FileLedger;
import org.tonle.intake.Inbox;
import org.tonle.intake.InboxFile;
import org.tonle.normalise.DimNationalityTable;
import org.tonle.ops.CrashRecovery;
import org.tonle.ops.GracefulShutdown;

/**
 * One run over the inbox: first restart yesterday's failed loads whose file is still there, then
 * take every new file of each feed in arrival order, one job per file. A file's failure never stops
 * the other files.
 */
@Component
public class NightlyRun {

    private static final Logger LOG = LoggerFactory.getLogger(NightlyRun.class);

    private final FeedCatalogue feeds;
    private final FileLedger files;
    private final FileLoadLauncher launcher;
    private final JdbcTemplate jdbc;
    private final DimNationalityTable dimension;
    private final CrashRecovery recovery;
    private final GracefulShutdown shutdown;
    private final RunLock lock;

    public NightlyRun(FeedCatalogue feeds, FileLedger files, FileLoadLauncher launcher, JdbcTemplate jdbc,
                      DimNationalityTable dimension, CrashRecovery recovery, GracefulShutdown shutdown,
                      RunLock lock) {
        this.lock = lock;
        this.dimension = dimension;
        this.recovery = recovery;
        this.shutdown = shutdown;
        this.feeds = feeds;
        this.files = files;
        this.launcher = launcher;
        this.jdbc = jdbc;
    }

    public record Result(List<FileOutcome> outcomes, int alreadySeen) {
    }

    /** The caller holds the run lock, so loads left running by a dead process are recovered first. */
    public Result run(Path inboxDir, String feedName) throws IOException {
        recovery.recoverInterrupted();
        dimension.refresh();
        Inbox inbox = new Inbox(inboxDir);
        List<FeedDefinition> selected = feedName == null ? List.copyOf(feeds.all()) : List.of(feeds.get(feedName));
        List<FileOutcome> outcomes = new ArrayList<>(restartFailed(inbox, selected));
        // a file resumed just now is shown with its outcome, not counted again as already seen
        java.util.Set<String> resumed = new java.util.HashSet<>();
        outcomes.forEach(o -> resumed.add(o.feed() + "/" + o.file()));
        int seen = 0;
        for (FeedDefinition feed : selected) {
            for (InboxFile file : inbox.files(feed.folder())) {
                if (shutdown.requested() || lock.lost()) {
                    return new Result(outcomes, seen);
                }
                FileLedger.Registration r = files.register(feed.name(), file, FileLedger.sha256(file));
                switch (r.outcome()) {
                    case SEEN -> seen += resumed.contains(feed.name() + "/" + file.name()) ? 0 : 1;
                    case DUPLICATE -> outcomes.add(new FileOutcome(feed.name(), file.name(), "DUPLICATE", null,
                            null, null, null, null, r.detail()));
                    case NEW -> outcomes.add(load(r.loadId(), feed.name(), file));
                }
            }
        }
        return new Result(outcomes, seen);
    }

    private FileOutcome load(long loadId, String feed, InboxFile file) {
        try {
            launcher.start(loadId, feed, file);
        } catch (Exception e) {
            LOG.error("could not start the load of {}/{}", feed, file.name(), e);
            return new FileOutcome(feed, file.name(), "FAILED", null, null, null, null, null,
                    LoadJobListener.describe(e));
        }
        return outcome(loadId);
    }

    /** Loads left FAILED or STOPPED whose file is still in the inbox, unchanged, are resumed first. */
    private List<FileOutcome> restartFailed(Inbox inbox, List<FeedDefinition> selected) throws IOException {
        List<FileOutcome> outcomes = new ArrayList<>();
        for (FeedDefinition feed : selected) {
            List<Map<String, Object>> failed = jdbc.queryForList("SELECT l.load_id, l.job_execution_id, f.source_file, "
                    + "f.sha256 FROM file_load l JOIN source_file f ON f.file_id = l.file_id WHERE l.feed = ? "
                    + "AND l.state IN ('FAILED', 'STOPPED') AND l.job_execution_id IS NOT NULL ORDER BY l.load_id",
                    feed.name());
            for (Map<String, Object> row : failed) {
                if (shutdown.requested()) {
                    return outcomes;
                }
                Path path = inbox.root().resolve(feed.folder()).resolve((String) row.get("source_file")).normalize();
                if (!path.startsWith(inbox.root()) || !Files.isRegularFile(path)) {
                    continue;
                }
                InboxFile file = new InboxFile(path, (String) row.get("source_file"), Files.size(path),
                        Files.getLastModifiedTime(path).toInstant());
                if (!FileLedger.sha256(file).equals(row.get("sha256"))) {
                    continue;
                }
                long loadId = ((Number) row.get("load_id")).longValue();
                try {
                    launcher.restart(((Number) row.get("job_execution_id")).longValue());
                } catch (Exception e) {
                    LOG.error("could not restart load {}", loadId, e);
                }
                outcomes.add(outcome(loadId));
            }
        }
        return outcomes;
    }

    public FileOutcome outcome(long loadId) {
        return jdbc.queryForObject("SELECT l.feed, f.source_file, CASE WHEN l.state = 'PUBLISHED' THEN 'LOADED' "
                + "ELSE l.state END, l.job_execution_id, l.rows_read, l.rows_loaded, l.rows_held_back, l.check_status, "
                + "COALESCE(l.failure, l.check_detail) FROM file_load l JOIN source_file f ON f.file_id = l.file_id "
                + "WHERE l.load_id = ?", (rs, i) -> new FileOutcome(rs.getString(1), rs.getString(2), rs.getString(3),
                (Long) rs.getObject(4, Long.class), (Integer) rs.getObject(5, Integer.class),
                (Integer) rs.getObject(6, Integer.class), (Integer) rs.getObject(7, Integer.class), rs.getString(8),
                rs.getString(9)), loadId);
    }
}
