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
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * One run at a time across every process and machine sharing the database: a row in run_lock that a
 * live holder refreshes every few seconds. A holder that died stops refreshing and its lock expires.
 */
@Component
public class RunLock {

    static final Duration HEARTBEAT = Duration.ofSeconds(10);
    static final Duration EXPIRY = Duration.ofSeconds(60);

    private final JdbcTemplate jdbc;
    private final String me;
    private ScheduledExecutorService heartbeat;

    public RunLock(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
        this.me = host() + " pid " + ManagementFactory.getRuntimeMXBean().getPid();
    }

    public String holderName() {
        return me;
    }

    /** @return empty when acquired, else who holds it and since when */
    public synchronized Optional<String> acquire() {
        Instant now = Instant.now();
        int taken = jdbc.update("UPDATE run_lock SET holder = ?, heartbeat_at = ? WHERE lock_name = 'nightly' "
                + "AND (holder IS NULL OR heartbeat_at < ?)", me, Timestamp.from(now), Timestamp.from(now.minus(EXPIRY)));
        if (taken == 0) {
            return Optional.of(jdbc.queryForObject("SELECT holder, heartbeat_at FROM run_lock WHERE lock_name = 'nightly'",
                    (rs, i) -> rs.getString(1) + " (last seen alive " + rs.getTimestamp(2).toInstant() + ")"));
        }
        heartbeat = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "run-lock-heartbeat");
            t.setDaemon(true);
            return t;
        });
        heartbeat.scheduleAtFixedRate(this::beat, HEARTBEAT.toSeconds(), HEARTBEAT.toSeconds(), TimeUnit.SECONDS);
        return Optional.empty();
    }

    private void beat() {
        try {
            jdbc.update("UPDATE run_lock SET heartbeat_at = ? WHERE lock_name = 'nightly' AND holder = ?",
                    Timestamp.from(Instant.now()), me);
        } catch (RuntimeException e) {
            // the database may be away for a moment; the next beat tries again
        }
    }

    /** True while some live process (this one or another) holds the lock. */
    public boolean heldByLiveProcess() {
        return jdbc.queryForList("SELECT heartbeat_at FROM run_lock WHERE lock_name = 'nightly' "
                + "AND holder IS NOT NULL", Timestamp.class).stream()
                .anyMatch(beat -> beat != null && beat.toInstant().isAfter(Instant.now().minus(EXPIRY)));
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
