package org.tonle.load;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.batch.core.repository.dao.DefaultExecutionContextSerializer;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.tonle.feed.ControlTotals;
import org.tonle.feed.FeedCatalogue;
import org.tonle.feed.FeedDefinition;
import org.tonle.support.TestDatabase;
import org.tonle.support.TonleRun;

/**
 * The tally each load's stage step committed, which the check reads instead of the rows, is exactly
 * what the load's rows in the warehouse hold, read by SQL: for every feed of the sample inbox, and for
 * a load that failed in the middle and was restarted (the chunk that failed is not counted twice).
 */
class StagedTallyMariaDbTest {

    private static final FeedCatalogue FEEDS = FeedCatalogue.load(Path.of("jobs"));

    @TempDir
    Path scratch;

    @Test
    void everyLoadOfTheSampleInboxTalliedWhatItsRowsHold() throws Exception {
        try (TestDatabase db = TestDatabase.mariadb()) {
            TonleRun.Result run = TonleRun.run(db, scratch, "run");
            assertThat(run.exitCode()).as(run.out() + run.err()).isEqualTo(2);
            Map<String, Long> rowsByFeed = assertTalliesAreTheRows(db);
            assertThat(rowsByFeed.keySet()).containsExactlyInAnyOrder("police", "immigration", "courts",
                    "interior-stats");
            assertThat(rowsByFeed.values()).allMatch(rows -> rows > 0);
        }
    }

    @Test
    void aRestartedLoadTalliedEachRowOnce() throws Exception {
        Path inbox = scratch.resolve("inbox");
        Path police = Files.createDirectories(inbox.resolve("police"));
        List<String> lines = new ArrayList<>(List.of("operation_id,operation_date,province,nationality,"
                + "suspects_arrested,of_which_female,victims_rescued,remarks"));
        List<String> nationalities = List.of("China", "Vietnam", "Indonesia", "Myanmar", "Atlantis", "");
        long suspects = 0;
        for (int i = 0; i < 1_500; i++) {
            int s = 1 + i % 23;
            suspects += s;
            lines.add(String.format("OP-%05d,%02d/03/2025,Kampot,%s,%d,%d,%s,", i, 1 + i % 28,
                    nationalities.get(i % 7 == 0 ? 4 + i % 2 : i % 4), s, s / 3, i % 5 == 0 ? "" : String.valueOf(i % 4)));
        }
        lines.add("TOTAL,,,," + suspects + ",,,");
        Files.write(police.resolve("arrests march 2025.csv"), lines, StandardCharsets.UTF_8);
        try (TestDatabase db = TestDatabase.mariadb()) {
            TonleRun.Result failed = TonleRun.run(db, scratch, "run", "--inbox", inbox.toString(),
                    "--tonle.chunk-size=100", "--tonle.test.fail-at-row=1001");
            assertThat(failed.exitCode()).as(failed.out() + failed.err()).isEqualTo(1);
            String execution = query(db, "SELECT job_execution_id FROM file_load").get(0).get(0);
            TonleRun.Result restarted = TonleRun.run(db, scratch, "restart", execution, "--tonle.chunk-size=100");
            assertThat(restarted.exitCode()).as(restarted.out() + restarted.err()).isEqualTo(2);
            assertThat(query(db, "SELECT COUNT(*) FROM BATCH_STEP_EXECUTION WHERE STEP_NAME = 'stage'"))
                    .containsExactly(List.of("2"));
            // every seventh row has no nationality or an unknown one and is held back: 1,500 = 1,285 + 215
            assertThat(query(db, "SELECT (SELECT COUNT(*) FROM arrest), (SELECT COUNT(*) FROM held_row)"))
                    .containsExactly(List.of("1285", "215"));
            assertThat(assertTalliesAreTheRows(db)).isEqualTo(Map.of("police", 1285L));
            assertThat(query(db, "SELECT measure, declared, loaded, held_back, status FROM file_check"))
                    .containsExactly(List.of("suspects_arrested", String.valueOf(suspects), "15382", "2573",
                            "EXPLAINED"));
        }
    }

    /**
     * For each load, the tally its last stage step committed against its rows, read by SQL (the check's
     * totals, by nationality, for every measure the feed has); returns the rows loaded by feed.
     */
    private static Map<String, Long> assertTalliesAreTheRows(TestDatabase db) throws Exception {
        Map<String, Long> rowsByFeed = new HashMap<>();
        for (List<String> load : query(db, "SELECT l.load_id, l.feed, c.SHORT_CONTEXT, c.SERIALIZED_CONTEXT "
                + "FROM file_load l JOIN BATCH_STEP_EXECUTION s ON s.JOB_EXECUTION_ID = l.job_execution_id "
                + "AND s.STEP_NAME = 'stage' JOIN BATCH_STEP_EXECUTION_CONTEXT c ON c.STEP_EXECUTION_ID = "
                + "s.STEP_EXECUTION_ID WHERE l.state IN ('LOADED', 'PUBLISHED')")) {
            long loadId = Long.parseLong(load.get(0));
            FeedDefinition feed = FEEDS.get(load.get(1));
            String text = load.get(3) != null ? load.get(3) : load.get(2);
            ExecutionContext context = new ExecutionContext(new DefaultExecutionContextSerializer()
                    .deserialize(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8))));
            StagedTally.Loaded tally = StagedTally.loaded(context, feed).orElseThrow(() ->
                    new AssertionError("load " + loadId + " (" + feed.name() + ") kept no tally"));
            String table = feed.target().table();
            boolean byNationality = feed.field("nationality_iso3").isPresent();
            assertThat(tally.rows()).as("rows of load " + loadId).isEqualTo(Long.parseLong(
                    query(db, "SELECT COUNT(*) FROM " + table + " WHERE load_id = " + loadId).get(0).get(0)));
            Map<String, Map<String, Long>> inTable = new HashMap<>();
            feed.controls().measures().forEach((name, m) -> {
                Map<String, Long> amounts = new HashMap<>();
                try {
                    for (List<String> r : query(db, "SELECT " + (byNationality ? "nationality_iso3" : "NULL")
                            + ", " + amount(m) + " FROM " + table + " WHERE load_id = " + loadId + " GROUP BY 1")) {
                        long n = Long.parseLong(r.get(1));
                        amounts.merge(r.get(0) == null ? "" : r.get(0), n, Long::sum);
                        amounts.merge("ALL", n, Long::sum);
                    }
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
                inTable.put(name, amounts);
            });
            assertThat(tally.byMeasure()).as("load " + loadId + " (" + feed.name() + ")").isEqualTo(inTable);
            rowsByFeed.merge(feed.name(), tally.rows(), Long::sum);
        }
        return rowsByFeed;
    }

    private static String amount(ControlTotals.Measure m) {
        String counted = m.sum() != null ? m.sum() : "1";
        return m.whereField() == null ? "COALESCE(SUM(" + counted + "), 0)"
                : "COALESCE(SUM(CASE WHEN " + m.whereField() + " = '" + m.whereValue() + "' THEN " + counted
                + " ELSE 0 END), 0)";
    }

    private static List<List<String>> query(TestDatabase db, String sql) throws Exception {
        try (Connection c = db.connect(); PreparedStatement ps = c.prepareStatement(sql); ResultSet rs = ps.executeQuery()) {
            List<List<String>> rows = new ArrayList<>();
            while (rs.next()) {
                List<String> row = new ArrayList<>();
                for (int i = 1; i <= rs.getMetaData().getColumnCount(); i++) {
                    row.add(rs.getString(i));
                }
                rows.add(row);
            }
            return rows;
        }
    }
}
