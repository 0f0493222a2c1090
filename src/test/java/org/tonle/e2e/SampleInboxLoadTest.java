package org.tonle.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tonle.support.TestDatabase;
import org.tonle.support.TonleRun;
import org.tonle.support.Views;

/**
 * ./tonle run over sample-input/, end to end, asserting what analysts see in every rpt_ view.
 * The full contents are compared with src/test/resources/expected/sample-views.txt (the same file for
 * H2 and MariaDB); the seed story's figures are asserted one by one as well.
 */
abstract class SampleInboxLoadTest {

    static final Path EXPECTED = Path.of("src/test/resources/expected/sample-views.txt");

    @TempDir
    Path scratch;

    abstract TestDatabase database() throws Exception;

    @Test
    void loadsTheSampleInboxExactlyAndASecondRunChangesNothing() throws Exception {
        try (TestDatabase db = database()) {
            TonleRun.Result first = TonleRun.run(db, scratch, "run");
            assertThat(first.exitCode()).as(first.out() + first.err()).isEqualTo(2);
            assertThat(first.out()).contains("2026-01 deported     MISMATCH published 258, immigration 257")
                    .contains("THA: published 9, detailed 8, difference +1")
                    .contains("Result: finished, but needs a person: 1 reconciliation mismatch(es), 3 held-back row(s)");
            String views;
            try (Connection c = db.connect()) {
                views = Views.dumpAll(c);
                assertSeedStory(c);
            }
            if (Boolean.getBoolean("tonle.updateExpected")) {
                Files.writeString(EXPECTED, views, StandardCharsets.UTF_8);
            }
            assertThat(views).isEqualTo(Files.readString(EXPECTED, StandardCharsets.UTF_8));

            TonleRun.Result second = TonleRun.run(db, scratch, "run");
            assertThat(second.exitCode()).isEqualTo(2);
            assertThat(second.out()).contains("No new files (7 already seen, nothing loaded again).");
            try (Connection c = db.connect()) {
                assertThat(Views.dumpAll(c)).isEqualTo(views);
            }
        }
    }

    private static void assertSeedStory(Connection c) throws Exception {
        assertThat(Views.rows(c, "SELECT nationality_iso3, SUM(persons) FROM rpt_deportations "
                + "WHERE deportation_date = DATE '2026-01-23' GROUP BY nationality_iso3 ORDER BY 1", false))
                .containsExactly(List.of("KOR", "73"), List.of("MMR", "136"));
        assertThat(Views.rows(c, "SELECT period, nationality_iso3, measure, published, detailed, difference "
                + "FROM rpt_reconciliation WHERE status = 'MISMATCH'", false))
                .containsExactly(List.of("2026-01", "THA", "deported", "9", "8", "1"));
        assertThat(Views.rows(c, "SELECT COUNT(*), SUM(convicted) FROM rpt_court_cases", false))
                .containsExactly(List.of("37", "172"));
        assertThat(Views.rows(c, "SELECT feed, source_file, source_row FROM rpt_held_back ORDER BY 1, 2, 3", false))
                .containsExactly(List.of("immigration", "register feb 2026 batch 1.xls", "12"),
                        List.of("immigration", "register feb 2026 batch 1.xls", "28"),
                        List.of("police", "arrests feb 2026.csv", "7"));
        assertThat(Views.rows(c, "SELECT status, COUNT(*) FROM rpt_files GROUP BY status", false))
                .containsExactly(List.of("LOADED", "7"));
        // personal data never reaches the reporting layer
        assertThat(Views.rows(c, "SELECT COUNT(*) FROM rpt_held_back WHERE raw_record LIKE '%\"Full name\":\"***\"%'",
                false)).containsExactly(List.of("2"));
    }
}
