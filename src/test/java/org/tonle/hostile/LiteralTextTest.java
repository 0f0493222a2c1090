package org.tonle.hostile;

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
 * Text that looks like a spreadsheet formula or like SQL is data: it is stored exactly as sent (every
 * value goes through a bound parameter) and the tables it names are still there afterwards.
 */
class LiteralTextTest {

    static final String HYPERLINK = "=HYPERLINK(\"http://x\")";
    static final String DROP = "'); DROP TABLE arrest; --";
    static final String DDE = "=cmd|' /C calc'!A0";

    @TempDir
    Path scratch;

    @Test
    void formulasAndSqlAreStoredLiterally() throws Exception {
        Path inbox = scratch.resolve("inbox");
        Files.createDirectories(inbox.resolve("police"));
        String csv = """
                operation_id,operation_date,province,nationality,suspects_arrested,of_which_female,victims_rescued,remarks
                OP-2026-0801,05/01/2026,"=HYPERLINK(""http://x"")",Thailand,1,0,0,"'); DROP TABLE arrest; --"
                OP-2026-0802,05/01/2026,'); DROP TABLE arrest; --,Thailand,2,0,0,"=HYPERLINK(""http://x"")"
                OP-2026-0803,05/01/2026,+1+1,Thailand,3,0,0,@SUM(A1)
                OP-2026-0804,05/01/2026,@SUM(A1),Thailand,4,0,0,+1+1
                OP-2026-0805,05/01/2026,-2+3,Thailand,5,0,0,"=cmd|' /C calc'!A0"
                OP-2026-0806,05/01/2026,"Robert'); DELETE FROM source_file; --",Thailand,6,0,0,"\\'; SELECT 1; /*"
                TOTAL,,,,21,0,0,
                """;
        Files.writeString(inbox.resolve("police/=HYPERLINK(x) '; DROP TABLE source_file; --.csv"), csv,
                StandardCharsets.UTF_8);
        try (TestDatabase db = TestDatabase.h2(scratch)) {
            TonleRun.Result run = TonleRun.run(db, scratch, "run", "--inbox", inbox.toString());
            assertThat(run.exitCode()).as(run.out() + run.err()).isZero();
            try (Connection c = db.connect()) {
                assertThat(HostileRuns.query(c, "SELECT operation_id, province, suspects_arrested FROM rpt_arrests "
                        + "ORDER BY operation_id")).containsExactly(
                        List.of("OP-2026-0801", HYPERLINK, "1"),
                        List.of("OP-2026-0802", DROP, "2"),
                        List.of("OP-2026-0803", "+1+1", "3"),
                        List.of("OP-2026-0804", "@SUM(A1)", "4"),
                        List.of("OP-2026-0805", "-2+3", "5"),
                        List.of("OP-2026-0806", "Robert'); DELETE FROM source_file; --", "6"));
                assertThat(HostileRuns.query(c, "SELECT operation_id, remarks FROM arrest ORDER BY operation_id"))
                        .containsExactly(
                        List.of("OP-2026-0801", DROP),
                        List.of("OP-2026-0802", HYPERLINK),
                        List.of("OP-2026-0803", "@SUM(A1)"),
                        List.of("OP-2026-0804", "+1+1"),
                        List.of("OP-2026-0805", DDE),
                        List.of("OP-2026-0806", "\\'; SELECT 1; /*"));
                assertThat(Views.rows(c, "SELECT source_file, status FROM rpt_files", false))
                        .containsExactly(List.of("=HYPERLINK(x) '; DROP TABLE source_file; --.csv", "LOADED"));
            }
        }
    }
}
