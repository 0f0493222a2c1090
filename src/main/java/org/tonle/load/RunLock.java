package org.tonle.load;

import java.lang.management.ManagementFactory;
import java.net.InetAddress;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * One run at a time across every process and machine sharing the database: a row in run_lock that a
 * live holder refreshes every few seconds. A holder that died stops refreshing and its lock expires.
 */
@Component
public class RunLock {

    private final JdbcTemplate jdbc;
    private final String me;
    private final Duration expiry;
    private final Duration beatEvery;
    private ScheduledExecutorService heartbeat;
    private volatile boolean lost;
    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(RunLock.class);

    /** @param expiry how long a holder that stopped beating keeps the lock (tonle.lock.expiry, 60 s) */
    @org.springframework.beans.factory.annotation.Autowired
    public RunLock(JdbcTemplate jdbc, @Value("${tonle.lock.expiry:60s}") Duration expiry) {
        this(jdbc, expiry, host() + " pid " + ManagementFactory.getRuntimeMXBean().getPid());
    }

    /** @param me how this holder is named in the lock row (host and pid in production) */
    RunLock(JdbcTemplate jdbc, Duration expiry, String me) {
        this.jdbc = jdbc;
        this.me = me;
        this.expiry = expiry;
        this.beatEvery = Duration.ofMillis(Math.max(200, expiry.toMillis() / 6));
    }

    public String holderName() {
        return me;
    }

    /** @return empty when acquired, else who holds it and since when */
    public synchronized Optional<String> acquire() {
        if (heartbeat != null) {
            // serve's schedule and its operator endpoints share one lock holder: a second thread of this
            // process never takes the lock over, not even one expired while the database was away
            return Optional.of(me + " (this process)");
        }
        Instant now = databaseNow();
        int taken = jdbc.update("UPDATE run_lock SET holder = ?, heartbeat_at = ? WHERE lock_name = 'nightly' "
                + "AND (holder IS NULL OR heartbeat_at < ?)", me, Timestamp.from(now), Timestamp.from(now.minus(expiry)));
        if (taken == 0) {
            return Optional.of(jdbc.queryForObject("SELECT holder, heartbeat_at FROM run_lock WHERE lock_name = 'nightly'",
                    (rs, i) -> rs.getString(1) + " (last seen alive " + rs.getTimestamp(2).toInstant() + ")"));
        }
        lost = false;
        heartbeat = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "run-lock-heartbeat");
            t.setDaemon(true);
            return t;
        });
        heartbeat.scheduleAtFixedRate(this::beat, beatEvery.toMillis(), beatEvery.toMillis(), TimeUnit.MILLISECONDS);
        return Optional.empty();
    }

    private void beat() {
        try {
            int kept = jdbc.update("UPDATE run_lock SET heartbeat_at = ? WHERE lock_name = 'nightly' AND holder = ?",
                    Timestamp.from(databaseNow()), me);
            if (kept == 0 && !lost) {
                // another process took the lock after ours expired (the database was away too long)
                lost = true;
                LOG.error("the run lock was taken over by another process; this run starts no further file");
            }
        } catch (RuntimeException e) {
            // the database may be away for a moment; the next beat tries again
        }
    }

    /** True when another process took over the lock while this one held it: start no further work. */
    public boolean lost() {
        return lost;
    }

    /**
     * The database's clock, not this machine's: every process sharing the lock compares heartbeats on
     * the same clock, however far apart the machines' clocks are.
     */
    private Instant databaseNow() {
        return jdbc.queryForObject("SELECT CURRENT_TIMESTAMP", Timestamp.class).toInstant();
    }

    /** True while some live process (this one or another) holds the lock. */
    public boolean heldByLiveProcess() {
        return jdbc.queryForList("SELECT heartbeat_at FROM run_lock WHERE lock_name = 'nightly' "
                + "AND holder IS NOT NULL", Timestamp.class).stream()
                .anyMatch(beat -> beat != null && beat.toInstant().isAfter(databaseNow().minus(expiry)));
    }

    /** True while this process holds the lock (between acquire and release). */
    public synchronized boolean heldHere() {
        return heartbeat != null;
    }

    public synchronized void release() {
        if (heartbeat != null) {
            heartbeat.shutdownNow();
            heartbeat = null;
        }
        jdbc.update("UPDATE run_lock SET holder = NULL, heartbeat_at = NULL WHERE lock_name = 'nightly' AND holder = ?", me);
    }

    private static String host() {
        try {
            return InetAddress.getLocalHost().getHostName();
        } catch (Exception e) {
            return "localhost";
        }
    }
}
