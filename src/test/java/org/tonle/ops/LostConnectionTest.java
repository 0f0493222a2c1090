package org.tonle.ops;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tonle.support.TestDatabase;
import org.tonle.support.TonleRun;

/**
 * The database drops every connection in the middle of a chunk (as a MariaDB restart would, without
 * restarting the server the other tests share): the load fails cleanly, the operator is told the
 * database is the cause and where to restart, and the restart ends with every row exactly once.
 */
class LostConnectionTest {

    @TempDir
    Path scratch;

    @Test
    void aLostDatabaseFailsTheLoadCleanlyAndRestartLoadsEveryRowOnce() throws Exception {
        Drills.PoliceFile file = Drills.policeFile(scratch.resolve("inbox"), "arrests 2025.csv", 2_000, 11);
        String clean = Drills.cleanDump(file, scratch, "2000/11");
        try (TestDatabase db = TestDatabase.mariadb()) {
            TonleRun.Result failed = TonleRun.run(db, scratch, "run", "--inbox", file.inbox().toString(),
                    "--tonle.chunk-size=50", "--tonle.test.kill-connections-at-row=1501");
            assertThat(failed.exitCode()).as(failed.out() + failed.err()).isEqualTo(1);
            long execution = Long.parseLong(Drills.query(db, "SELECT job_execution_id FROM file_load").get(0).get(0));
            // chunks of 50 from row 2: row 1,501 is in the chunk of rows 1,452-1,501; 1,450 rows were committed
            assertThat(Drills.query(db, "SELECT COUNT(*), MAX(source_row) FROM arrest"))
                    .containsExactly(List.of("1450", "1451"));
            assertThat(Drills.query(db, "SELECT status, status_detail FROM rpt_files")).containsExactly(List.of(
                    "FAILED", "database unreachable at row 1,452 of arrests 2025.csv; restart with ./tonle restart "
                            + execution));
            assertThat(Drills.query(db, "SELECT COUNT(*) FROM rpt_arrests")).containsExactly(List.of("0"));
            TonleRun.Result status = TonleRun.run(db, scratch, "status");
            assertThat(status.out()).contains("database unreachable at row 1,452 of arrests 2025.csv; "
                    + "restart with ./tonle restart " + execution);

            TonleRun.Result restarted = TonleRun.run(db, scratch, "restart", String.valueOf(execution));
            assertThat(restarted.exitCode()).as(restarted.out() + restarted.err()).isZero();
            assertThat(Drills.query(db, "SELECT STATUS FROM BATCH_JOB_EXECUTION ORDER BY JOB_EXECUTION_ID"))
                    .containsExactly(List.of("FAILED"), List.of("COMPLETED"));
            Drills.assertExactlyTheCleanLoad(db, file, clean);
        }
    }
}
