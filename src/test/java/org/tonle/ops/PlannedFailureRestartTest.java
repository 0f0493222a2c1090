package org.tonle.ops;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ObjectInputStream;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tonle.support.TestDatabase;
import org.tonle.support.TonleRun;

/**
 * The shape of Spring Batch's RestartFunctionalTests: the chunk holding row N fails, the load is
 * FAILED with only the chunks before it staged (and nothing in the rpt_ views); restart resumes after
 * the last committed chunk and the warehouse ends exactly as after a clean load.
 */
class PlannedFailureRestartTest {

    @TempDir
    Path scratch;

    @Test
    void failsAtRowNThenRestartResumesAfterTheLastCommittedChunk() throws Exception {
        Drills.PoliceFile file = Drills.policeFile(scratch.resolve("inbox"), "arrests 2025.csv", 2_000, 11);
        String clean = Drills.cleanDump(file, scratch, "2000/11");
        try (TestDatabase db = TestDatabase.mariadb()) {
            // chunks of 50 items: rows 2-51, 52-101, ...; row 1,001 is in the 20th chunk (rows 952-1,001)
            TonleRun.Result failed = TonleRun.run(db, scratch, "run", "--inbox", file.inbox().toString(),
                    "--tonle.chunk-size=50", "--tonle.test.fail-at-row=1001");
            assertThat(failed.exitCode()).as(failed.out() + failed.err()).isEqualTo(1);
            long execution = Long.parseLong(Drills.query(db, "SELECT job_execution_id FROM file_load").get(0).get(0));
            assertThat(Drills.query(db, "SELECT state FROM file_load")).containsExactly(List.of("FAILED"));
            assertThat(Drills.query(db, "SELECT COUNT(*), MIN(source_row), MAX(source_row) FROM arrest"))
                    .containsExactly(List.of("950", "2", "951"));
            assertThat(Drills.query(db, "SELECT COUNT(*) FROM rpt_arrests")).containsExactly(List.of("0"));
            assertThat(Drills.query(db, "SELECT status FROM rpt_files")).containsExactly(List.of("FAILED"));

            // where the restart resumes: row 951, its text read from the decoder's checkpoint before it, far
            // into the file (the bytes before it are not decoded again)
            Map<?, ?> position = stageContext(db, execution);
            long offset = (Long) position.get("tonle.lastOffset");
            long checkpointChars = (Long) position.get("tonle.checkpointChars");
            assertThat(position.get("tonle.lastRow")).isEqualTo(951);
            assertThat(checkpointChars).isPositive().isLessThanOrEqualTo(offset).isGreaterThan(offset - 65_536);
            assertThat((Long) position.get("tonle.checkpointBytes")).isGreaterThanOrEqualTo(checkpointChars);

            TonleRun.Result status = TonleRun.run(db, scratch, "status");
            assertThat(status.out()).contains("FAILED").contains("planned failure at row 1001")
                    .contains("at row 952 of arrests 2025.csv; restart with ./tonle restart " + execution);

            TonleRun.Result restarted = TonleRun.run(db, scratch, "restart", String.valueOf(execution));
            assertThat(restarted.exitCode()).as(restarted.out() + restarted.err()).isZero();
            // the first read 1,000 rows and committed 950; the second read only the rest: 1,050 rows and TOTAL
            assertThat(Drills.query(db, "SELECT s.READ_COUNT, s.WRITE_COUNT FROM BATCH_STEP_EXECUTION s "
                    + "WHERE s.STEP_NAME = 'stage' ORDER BY s.STEP_EXECUTION_ID"))
                    .containsExactly(List.of("1000", "950"), List.of("1051", "1051"));
            assertThat(Drills.query(db, "SELECT STATUS FROM BATCH_JOB_EXECUTION ORDER BY JOB_EXECUTION_ID"))
                    .containsExactly(List.of("FAILED"), List.of("COMPLETED"));
            Drills.assertExactlyTheCleanLoad(db, file, clean);

            // the failed execution's id, after the restart: the operator is told which id the load has now
            long resumed = Long.parseLong(Drills.query(db, "SELECT job_execution_id FROM file_load").get(0).get(0));
            TonleRun.Result abandon = TonleRun.run(db, scratch, "abandon", String.valueOf(execution));
            assertThat(abandon.exitCode()).isEqualTo(64);
            assertThat(abandon.err()).isEqualTo("tonle: execution " + execution + " was an earlier attempt of "
                    + "police/arrests 2025.csv, now execution " + resumed + " (PUBLISHED); see ./tonle status\n");
            TonleRun.Result unknown = TonleRun.run(db, scratch, "restart", String.valueOf(resumed + 50));
            assertThat(unknown.err()).isEqualTo("tonle: no load has execution " + (resumed + 50)
                    + "; see ./tonle status\n");
        }
    }

    /** The stage step's execution context, as Spring Batch keeps it (a serialized map, in Base64). */
    private static Map<?, ?> stageContext(TestDatabase db, long execution) throws Exception {
        // the whole context is in SERIALIZED_CONTEXT when it is longer than SHORT_CONTEXT holds
        String kept = Drills.query(db, "SELECT COALESCE(c.SERIALIZED_CONTEXT, c.SHORT_CONTEXT) FROM BATCH_STEP_EXECUTION_CONTEXT c JOIN "
                + "BATCH_STEP_EXECUTION s ON s.STEP_EXECUTION_ID = c.STEP_EXECUTION_ID WHERE s.STEP_NAME = 'stage' "
                + "AND s.JOB_EXECUTION_ID = " + execution).get(0).get(0);
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(Base64.getDecoder().decode(kept)))) {
            return (Map<?, ?>) in.readObject();
        }
    }

    @Test
    void aFileChangedAfterTheFailureIsNotResumedInTheMiddleOfOtherRows() throws Exception {
        Drills.PoliceFile file = Drills.policeFile(scratch.resolve("inbox"), "arrests 2025.csv", 400, 11);
        try (TestDatabase db = TestDatabase.h2(scratch.resolve("h2"))) {
            // chunks of 50: rows 2-51, ..., 202-251 commit; row 301 fails the sixth
            TonleRun.Result failed = TonleRun.run(db, scratch, "run", "--inbox", file.inbox().toString(),
                    "--tonle.chunk-size=50", "--tonle.test.fail-at-row=301");
            assertThat(failed.exitCode()).as(failed.out() + failed.err()).isEqualTo(1);
            long execution = Long.parseLong(Drills.query(db, "SELECT job_execution_id FROM file_load").get(0).get(0));
            assertThat(Drills.query(db, "SELECT COUNT(*) FROM arrest")).containsExactly(List.of("250"));

            // the same name, other rows: resuming at row 251's place would mix two files
            Drills.policeFile(scratch.resolve("inbox"), "arrests 2025.csv", 400, 12);
            TonleRun.Result restarted = TonleRun.run(db, scratch, "restart", String.valueOf(execution));
            assertThat(restarted.exitCode()).as(restarted.out() + restarted.err()).isEqualTo(1);
            assertThat(restarted.out() + restarted.err()).contains("police/arrests 2025.csv has changed since this "
                    + "load began reading it, so it cannot be resumed where it stopped");
            assertThat(Drills.query(db, "SELECT state FROM file_load")).containsExactly(List.of("FAILED"));
            assertThat(Drills.query(db, "SELECT COUNT(*) FROM arrest")).containsExactly(List.of("250"));
            assertThat(Drills.query(db, "SELECT COUNT(*) FROM rpt_arrests")).containsExactly(List.of("0"));
        }
    }
}
