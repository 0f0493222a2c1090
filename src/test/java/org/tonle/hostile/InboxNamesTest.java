package org.tonle.hostile;

import static org.assertj.core.api.Assertions.assertThat;

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
 * File names are data, never paths to act on: spaces, Khmer text, quotes, SQL and '..' in a name are
 * recorded as found; names come from walking the feed's folder, so nothing outside it can be named;
 * a symbolic link leading outside the inbox (to a file or a folder) is neither followed nor recorded.
 */
class InboxNamesTest {

    static final String KHMER = "ប៉ូលិស មករា 2026 (v2) #1 & 'q'; DROP TABLE arrest; --.csv";
    static final String DOTS = "sub dir/feb..2026 ..csv";
    static final String PHOTO = "រូបថត $(id) `x` %s.csv";
    /** A line break in a name would forge a line of the run's table and the log. */
    static final String FORGED = "pic\nEXEC   police   forged.csv   LOADED\r.csv";

    @TempDir
    Path scratch;

    @Test
    void oddNamesAreDataAndLinksLeavingTheInboxAreNotFollowed() throws Exception {
        Path inbox = scratch.resolve("inbox");
        Path police = Files.createDirectories(inbox.resolve("police"));
        Files.copy(HostileFiles.VALID_POLICE, police.resolve(KHMER));
        Files.createDirectories(police.resolve("sub dir"));
        Files.copy(TonleRun.HOME.resolve("sample-input/police/arrests feb 2026.csv"), police.resolve(DOTS));
        HostileFiles.pngAsCsv(police.resolve(PHOTO));
        Files.write(police.resolve(FORGED), new byte[] {(byte) 0x89, 'P', 'N', 'G', 1, 2, 3});
        String shown = "pic\uFFFDEXEC   police   forged.csv   LOADED\uFFFD.csv";

        // outside the inbox: a police CSV of March the run must never see, linked as a file and as a folder
        Path outside = Files.createDirectories(scratch.resolve("outside"));
        String march = "operation_id,operation_date,province,nationality,suspects_arrested,of_which_female,"
                + "victims_rescued,remarks\nOP-2026-0999,02/03/2026,Kampot,Thailand,999,0,0,OUTSIDE\n";
        Files.writeString(outside.resolve("march.csv"), march);
        Files.createSymbolicLink(police.resolve("linked.csv"), outside.resolve("march.csv"));
        Files.createSymbolicLink(police.resolve("linked folder"), outside);
        Files.createSymbolicLink(police.resolve("up.csv"), Path.of("../../outside/march.csv"));

        try (TestDatabase db = TestDatabase.h2(scratch)) {
            TonleRun.Result run = TonleRun.run(db, scratch, "run", "--inbox", inbox.toString());
            assertThat(run.exitCode()).as(run.out() + run.err()).isEqualTo(2);
            try (Connection c = db.connect()) {
                assertThat(HostileRuns.query(c, "SELECT source_file, status FROM rpt_files ORDER BY source_file"))
                        .containsExactlyInAnyOrder(List.of(DOTS, "LOADED"), List.of(KHMER, "LOADED"),
                                List.of(PHOTO, "REFUSED"), List.of(shown, "REFUSED"));
                assertThat(HostileRuns.query(c, "SELECT status_detail FROM rpt_files WHERE source_file = ?", shown))
                        .containsExactly(List.of("police/" + shown + ": this is a PNG image, not a CSV file"));
                assertThat(HostileRuns.query(c, "SELECT status_detail FROM rpt_files WHERE source_file = ?", PHOTO))
                        .containsExactly(List.of("police/" + PHOTO + ": this is a PNG image, not a CSV file"));
                assertThat(Views.rows(c, "SELECT SUBSTRING(operation_id, 1, 9), COUNT(*), SUM(suspects_arrested) "
                        + "FROM rpt_arrests GROUP BY SUBSTRING(operation_id, 1, 9) ORDER BY 1", false))
                        .containsExactly(List.of("OP-2026-0", "42", "1122"));
                assertThat(Views.rows(c, "SELECT COUNT(*) FROM arrest WHERE remarks = 'OUTSIDE' OR suspects_arrested = 999",
                        false)).containsExactly(List.of("0"));
                assertThat(HostileRuns.query(c, "SELECT COUNT(*) FROM source_file WHERE source_file LIKE '%linked%' "
                        + "OR source_file LIKE '%up.csv%' OR source_file LIKE '%march%'")).containsExactly(List.of("0"));
            }
            assertThat(run.out()).contains(PHOTO).contains("DROP TABLE arrest; --.csv").doesNotContain("linked").doesNotContain("march");
            assertThat(HostileRuns.log(scratch)).contains("the link leads outside the inbox");
            assertThat(run.out()).doesNotContain("\nEXEC   police").doesNotContain("\r");
        }
        // the inbox is only ever read
        assertThat(Files.readAllBytes(police.resolve(KHMER))).isEqualTo(Files.readAllBytes(HostileFiles.VALID_POLICE));
        assertThat(Files.readString(outside.resolve("march.csv"))).isEqualTo(march);
    }
}
