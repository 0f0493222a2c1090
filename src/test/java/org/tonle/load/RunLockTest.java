package org.tonle.load;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

class RunLockTest {

    private JdbcTemplate jdbc;

    @BeforeEach
    void lockTable() {
        jdbc = new JdbcTemplate(new DriverManagerDataSource("jdbc:h2:mem:lock" + System.nanoTime() + ";DB_CLOSE_DELAY=-1"));
        jdbc.execute("CREATE TABLE run_lock (lock_name VARCHAR(40) PRIMARY KEY, holder VARCHAR(200), heartbeat_at TIMESTAMP(3))");
        jdbc.execute("INSERT INTO run_lock VALUES ('nightly', NULL, NULL)");
    }

    @Test
    void aSecondHolderWaitsUntilTheFirstStopsBeatingAndTheFirstNoticesItLostTheLock() throws Exception {
        RunLock first = new RunLock(jdbc, Duration.ofMillis(1200), "machine-a pid 1");
        RunLock second = new RunLock(jdbc, Duration.ofMillis(1200), "machine-b pid 2");
        assertThat(first.acquire()).isEmpty();
        assertThat(second.acquire()).hasValueSatisfying(holder -> assertThat(holder).startsWith("machine-a pid 1"));
        assertThat(second.heldByLiveProcess()).isTrue();

        // the first holder's database connection was away for longer than the expiry
        jdbc.update("UPDATE run_lock SET heartbeat_at = DATEADD('SECOND', -10, CURRENT_TIMESTAMP)");
        assertThat(second.acquire()).isEmpty();
        Thread.sleep(600); // more than one heartbeat of the first holder (expiry / 6)
        assertThat(first.lost()).isTrue();
        assertThat(second.lost()).isFalse();

        first.release(); // releases nothing: the lock is not its own any more
        assertThat(jdbc.queryForObject("SELECT holder FROM run_lock", String.class)).isEqualTo("machine-b pid 2");
        second.release();
        assertThat(jdbc.queryForObject("SELECT holder FROM run_lock", String.class)).isNull();
    }

    @Test
    void aSecondThreadOfTheHoldingProcessNeverTakesTheLockOverEvenExpired() {
        RunLock lock = new RunLock(jdbc, Duration.ofMillis(1200), "machine-a pid 1");
        assertThat(lock.acquire()).isEmpty();
        // the database was away for longer than the expiry while serve's scheduled run held the lock
        jdbc.update("UPDATE run_lock SET heartbeat_at = DATEADD('SECOND', -10, CURRENT_TIMESTAMP)");
        assertThat(lock.acquire()).contains("machine-a pid 1 (this process)");
        assertThat(lock.heldHere()).isTrue();
        lock.release();
        assertThat(lock.acquire()).isEmpty();
        lock.release();
    }
}
