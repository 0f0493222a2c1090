package org.tonle.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tonle.support.TestDatabase;
import org.tonle.support.TestInbox;
import org.tonle.support.TonleRun;
import org.tonle.support.Views;

class IntakeTest {

    @TempDir
    Path scratch;

    @Test
    void aFileRegisteredByAProcessThatDiedBeforeStartingItsJobIsLoadedByTheNextRun() throws Exception {
        TestInbox inbox = TestInbox.empty(scratch.resolve("inbox"));
        Path csv = inbox.csv("police", "march.csv", TestInbox.SAMPLE_ARRIVAL,
                "operation_id,operation_date,province,nationality,suspects_arrested",
                "OP-2026-0501,02/03/2026,Kampot,CHN,60");
        try (TestDatabase db = TestDatabase.h2(scratch)) {
            assertThat(TonleRun.run(db, scratch, "run", "--inbox=" + scratch.resolve("empty-inbox")).exitCode())
                    .isEqualTo(64);
            Files.createDirectories(scratch.resolve("empty-inbox"));
            assertThat(TonleRun.run(db, scratch, "run", "--inbox=" + scratch.resolve("empty-inbox")).exitCode())
                    .isEqualTo(0);
            String sha = FileLedger.sha256(new InboxFile(csv, "march.csv", Files.size(csv), null));
            try (Connection c = db.connect(); Statement s = c.createStatement()) {
                s.executeUpdate("INSERT INTO source_file (feed, source_file, sha256, size_bytes, status) "
                        + "VALUES ('police', 'march.csv', '" + sha + "', " + Files.size(csv) + ", 'NEW')");
                s.executeUpdate("INSERT INTO file_load (file_id, feed, state) SELECT file_id, 'police', 'NEW' FROM source_file");
            }
            TonleRun.Result run = TonleRun.run(db, scratch, "run", inbox.arg());
            assertThat(run.exitCode()).as(run.out()).isEqualTo(0);
            try (Connection c = db.connect()) {
                assertThat(Views.rows(c, "SELECT source_file, status, rows_loaded FROM rpt_files", false))
                        .containsExactly(List.of("march.csv", "LOADED", "1"));
            }
        }
    }

    @Test
    void excelLockFilesAndHiddenFilesAreNotFilesTheMinistriesSent() throws Exception {
        TestInbox inbox = TestInbox.empty(scratch.resolve("inbox"));
        inbox.csv("police", "~$march.csv", TestInbox.SAMPLE_ARRIVAL, "garbage");
        inbox.csv("police", ".march.csv.swp", TestInbox.SAMPLE_ARRIVAL, "garbage");
        try (TestDatabase db = TestDatabase.h2(scratch)) {
            TonleRun.Result run = TonleRun.run(db, scratch, "run", inbox.arg());
            assertThat(run.exitCode()).isEqualTo(0);
            assertThat(run.out()).contains("No new files.");
            try (Connection c = db.connect()) {
                assertThat(Views.rows(c, "SELECT COUNT(*) FROM rpt_files", false)).containsExactly(List.of("0"));
            }
        }
    }
}
