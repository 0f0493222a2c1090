package org.tonle.reconcile;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.transaction.support.TransactionTemplate;
import org.tonle.feed.FeedCatalogue;
import org.tonle.feed.FeedDefinition;
import org.tonle.support.TestDatabase;

/**
 * The check's totals on MariaDB, where a load of several months is read in two halves at once: the
 * halves' sums add up to exactly what one pass over the rows gives, a nationality found in both halves
 * included, and nothing of another load.
 */
class FileChecksMariaDbTest {

    private TestDatabase db;
    /** The statements the check's totals ran, each with the thread that ran it. */
    private final List<String> ran = new ArrayList<>();
    private JdbcTemplate jdbc;
    private FeedDefinition police;

    @BeforeEach
    void database() throws Exception {
        police = FeedCatalogue.load(Path.of("jobs")).get("police");
        db = TestDatabase.mariadb();
        Flyway.configure().dataSource(db.url(), db.user(), "")
                .locations("classpath:db/migration/common", "classpath:db/migration/mysql").load().migrate();
        jdbc = recording(new DriverManagerDataSource(db.url(), db.user(), ""));
    }

    /** A JdbcTemplate that notes, in {@link #ran}, the thread and WHERE clause of each totals query. */
    private JdbcTemplate recording(DataSource dataSource) {
        return new JdbcTemplate(dataSource) {
            @Override
            public void query(String sql, RowCallbackHandler handler, Object... args) {
                synchronized (ran) {
                    ran.add(Thread.currentThread().getName() + ": " + sql.substring(sql.indexOf(" WHERE ") + 1));
                }
                super.query(sql, handler, args);
            }
        };
    }

    @AfterEach
    void drop() throws Exception {
        db.close();
    }

    private void arrest(long load, int row, String month, String nationality, int suspects, Integer victims) {
        jdbc.update("INSERT INTO arrest (load_id, source_row, period_key, period_month, nationality_iso3, "
                + "suspects_arrested, of_which_female, victims_rescued) VALUES (?, ?, ?, ?, ?, ?, 0, ?)",
                load, row, month, month, nationality, suspects, victims);
    }

    private void declared(String nationality, String measure, long value) {
        jdbc.update("INSERT INTO control_total (load_id, source, source_row, nationality_iso3, measure, declared) "
                + "VALUES (7, 'control row', 99, ?, ?, ?)", nationality, measure, value);
    }

    @Test
    void aLoadOfFourMonthsIsReadInTwoHalvesWhoseSumsAddUp() {
        arrest(7, 2, "2026-01", "CHN", 5, 1);
        arrest(7, 3, "2026-02", "VNM", 7, null);
        arrest(7, 4, "2026-02", "CHN", 11, 2);
        arrest(7, 5, "2026-03", "THA", 13, 3);
        arrest(7, 6, "2026-04", "CHN", 17, null);
        arrest(7, 7, "2026-04", null, 19, 4);
        arrest(8, 2, "2026-03", "CHN", 1000, 1000);   // another load's row
        declared("ALL", "suspects_arrested", 72);
        declared("CHN", "suspects_arrested", 33);
        declared("ALL", "victims_rescued", 10);

        FileChecks.Loaded loaded = new FileChecks(jdbc, new PeriodIndex(jdbc)).loadedAfterStaging(7, police);

        assertEquals(6, loaded.rows());
        assertEquals(Map.of("ALL", 72L, "CHN", 33L, "VNM", 7L, "THA", 13L, "", 19L),
                loaded.byMeasure().get("suspects_arrested"));
        assertEquals(Map.of("ALL", 10L, "CHN", 3L, "VNM", 0L, "THA", 3L, "", 4L),
                loaded.byMeasure().get("victims_rescued"));
        // January and February on the caller's thread, March and April on a thread of their own
        assertEquals(List.of("main: WHERE load_id = ? AND period_key < ? GROUP BY nationality_iso3",
                        "tonle-check: WHERE load_id = ? AND period_key >= ? GROUP BY nationality_iso3"),
                ran.stream().sorted().toList());
    }

    @Test
    void rowsWrittenInTheCallersTransactionAreCountedInOnePassOnItsConnection() {
        // as a replay does: held-back rows staged in its transaction, then the check in the same transaction
        arrest(7, 2, "2026-01", "CHN", 5, 1);
        arrest(7, 3, "2026-02", "VNM", 7, null);
        declared("ALL", "suspects_arrested", 23);
        FileChecks checks = new FileChecks(jdbc, new PeriodIndex(jdbc));

        FileChecks.Outcome outcome = new TransactionTemplate(new DataSourceTransactionManager(jdbc.getDataSource()))
                .execute(status -> {
                    arrest(7, 4, "2026-04", "THA", 11, null);   // not committed: only this connection sees it
                    return checks.check(7, police);
                });

        assertEquals(new FileChecks.Outcome("MATCH", ""), outcome);
        assertEquals(List.of("main: WHERE load_id = ?"), ran);
    }

    @Test
    void aPoolOfOneConnectionIsNotAskedForASecond() {
        arrest(7, 2, "2026-01", "CHN", 5, 1);
        arrest(7, 3, "2026-02", "VNM", 7, null);
        declared("ALL", "suspects_arrested", 12);
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(db.url());
        config.setUsername(db.user());
        config.setMaximumPoolSize(1);
        try (HikariDataSource pool = new HikariDataSource(config)) {
            JdbcTemplate one = recording(pool);
            FileChecks.Loaded loaded = new TransactionTemplate(new DataSourceTransactionManager(pool)).execute(
                    status -> new FileChecks(one, new PeriodIndex(one)).loadedAfterStaging(7, police));
            assertEquals(2, loaded.rows());
            assertEquals(List.of("main: WHERE load_id = ?"), ran);
        }
    }

    @Test
    void aLoadOfOneMonthIsReadInOnePass() {
        arrest(7, 2, "2026-01", "CHN", 5, 1);
        arrest(7, 3, "2026-01", "VNM", 7, null);
        declared("ALL", "suspects_arrested", 12);

        FileChecks.Loaded loaded = new FileChecks(jdbc, new PeriodIndex(jdbc)).loadedAfterStaging(7, police);

        assertEquals(2, loaded.rows());
        // no total names a nationality: not grouped by one, so all rows count as "no nationality" and ALL
        assertEquals(Map.of("ALL", 12L, "", 12L), loaded.byMeasure().get("suspects_arrested"));
        assertEquals(List.of("main: WHERE load_id = ?"), ran);
    }
}
