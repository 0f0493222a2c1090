package org.tonle.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.util.FileSystemUtils;
import org.tonle.support.TestDatabase;
import org.tonle.support.TonleRun;
import org.tonle.support.Views;

/** The operator's alias workflow: unmapped → add an alias → replay, on the sample inbox. */
class ReplayWorkflowTest {

    @TempDir
    Path scratch;

    @Test
    void anAliasAndAReplayLoadTheHeldBackRowIntoItsOwnLoad() throws Exception {
        Path reference = scratch.resolve("reference");
        FileSystemUtils.copyRecursively(TonleRun.HOME.resolve("config/reference"), reference);
        String ref = "--tonle.reference=" + reference;
        try (TestDatabase db = TestDatabase.h2(scratch)) {
            assertThat(TonleRun.run(db, scratch, "run", ref).exitCode()).isEqualTo(2);

            TonleRun.Result unmapped = TonleRun.run(db, scratch, "nationalities", "unmapped", ref);
            assertThat(unmapped.exitCode()).isEqualTo(2);
            assertThat(unmapped.out()).isEqualTo("  ROWS  NATIONALITY AS WRITTEN\n     1  Korea\n     1  Nigera\n");

            Files.writeString(reference.resolve("nationality-aliases.csv"),
                    "Nigera,NGA,police report of operation OP-2026-0303 says Nigerian nationals\n",
                    StandardCharsets.UTF_8, StandardOpenOption.APPEND);
            TonleRun.Result replay = TonleRun.run(db, scratch, "replay", "--feed", "police", ref);
            assertThat(replay.exitCode()).isEqualTo(2); // the immigration rows and the THA mismatch remain
            assertThat(replay.out()).contains(
                    "police          arrests feb 2026.csv                         1 held back, 1 now loaded, 0 still held back");

            try (Connection c = db.connect()) {
                assertThat(Views.rows(c, "SELECT operation_id, operation_date, province, nationality_iso3, "
                        + "suspects_arrested, of_which_female, victims_rescued FROM rpt_arrests "
                        + "WHERE nationality_iso3 = 'NGA'", false))
                        .containsExactly(List.of("OP-2026-0303", "2026-02-03", "Svay Rieng", "NGA", "17", "1", "0"));
                assertThat(Views.rows(c, "SELECT source_file, rows_read, rows_loaded, rows_held_back, check_status "
                        + "FROM rpt_files WHERE feed = 'police' ORDER BY source_file", false))
                        .containsExactly(List.of("arrests feb 2026.csv", "14", "14", "0", "MATCH"),
                                List.of("police_arrests_2026-01.csv", "29", "29", "0", "MATCH"));
                assertThat(Views.rows(c, "SELECT feed, source_row FROM rpt_held_back ORDER BY 1, 2", false))
                        .containsExactly(List.of("immigration", "12"), List.of("immigration", "28"));
            }
            TonleRun.Result after = TonleRun.run(db, scratch, "nationalities", "unmapped", ref);
            assertThat(after.out()).isEqualTo("  ROWS  NATIONALITY AS WRITTEN\n     1  Korea\n");

            TonleRun.Result again = TonleRun.run(db, scratch, "replay", ref);
            assertThat(again.out()).contains("2 held back, 0 now loaded, 2 still held back");
        }
    }
}
