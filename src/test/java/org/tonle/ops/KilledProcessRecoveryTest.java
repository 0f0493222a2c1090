package org.tonle.ops;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tonle.support.TestDatabase;
import org.tonle.support.TonleRun;

/**
 * kill -9 in the middle of a file: the execution is left STARTED and the run lock held by a dead
 * process. Until the lock expires a new run is refused (exit 3); then it recovers the execution
 * (FAILED), resumes it after its last committed chunk and the warehouse ends as after a clean load.
 */
class KilledProcessRecoveryTest {

    /** Longer than an in-process start, so the refused run sees the dead holder's lock still live. */
    private static final Duration EXPIRY = Duration.ofSeconds(10);

    @TempDir
    Path scratch;

    @Test
    void aRunKilledMidFileIsRecoveredAndResumedByTheNextRun() throws Exception {
        Instant began = Instant.now();
        Drills.Night night = Drills.night(scratch.resolve("inbox"));
        Drills.PoliceFile file = night.big();
        String clean = Drills.cleanDump(night, scratch);
        Drills.note(began, "clean load done");
        try (TestDatabase db = TestDatabase.mariadb()) {
            Process run = Drills.fork(db, scratch, "killed", "run", "--inbox", file.inbox().toString(),
                    "--tonle.chunk-size=500", "--tonle.lock.expiry=" + EXPIRY.toSeconds() + "s");
            try {
                Drills.await(Duration.ofSeconds(60), "the first committed chunks", () -> {
                    assertThat(run.isAlive()).as("the forked run ended early").isTrue();
                    return Drills.query(db, "SELECT COUNT(*) FROM BATCH_STEP_EXECUTION WHERE STEP_NAME = 'stage' "
                            + "AND STATUS = 'STARTED' AND WRITE_COUNT >= 2000").equals(List.of(List.of("1")));
                });
            } finally {
                run.destroyForcibly().waitFor(20, TimeUnit.SECONDS);
            }
            Instant killed = Instant.now();
            Drills.note(began, "killed");
            // the small file was loaded; the big one is left STARTED with what its committed chunks staged
            List<List<String>> left = Drills.query(db, "SELECT e.STATUS, s.WRITE_COUNT FROM BATCH_JOB_EXECUTION e "
                    + "JOIN BATCH_STEP_EXECUTION s ON s.JOB_EXECUTION_ID = e.JOB_EXECUTION_ID "
                    + "WHERE s.STEP_NAME = 'stage' ORDER BY e.JOB_EXECUTION_ID");
            assertThat(left).hasSize(2);
            assertThat(left.get(0)).containsExactly("COMPLETED", String.valueOf(night.small().rows() + 1));
            assertThat(left.get(1).get(0)).isEqualTo("STARTED");
            long committed = Long.parseLong(left.get(1).get(1));
            assertThat(committed).isBetween(2_000L, file.rows() - 1L);
            assertThat(Drills.query(db, "SELECT state FROM file_load ORDER BY load_id"))
                    .containsExactly(List.of("PUBLISHED"), List.of("STAGING"));
            assertThat(Drills.query(db, "SELECT COUNT(*) FROM arrest WHERE operation_id LIKE 'OP-2025-%'"))
                    .containsExactly(List.of(String.valueOf(committed)));

            // the dead holder's lock has not expired yet: no second load, and nothing recovered
            TonleRun.Result refused = TonleRun.run(db, scratch, "run", "--inbox", file.inbox().toString(),
                    "--tonle.lock.expiry=" + EXPIRY.toSeconds() + "s");
            assertThat(refused.exitCode()).as(refused.out() + refused.err()).isEqualTo(3);
            assertThat(refused.err()).contains("another run is in progress");
            assertThat(Drills.query(db, "SELECT STATUS FROM BATCH_JOB_EXECUTION ORDER BY JOB_EXECUTION_ID"))
                    .containsExactly(List.of("COMPLETED"), List.of("STARTED"));
            Drills.note(began, "refused while the lock was live");

            Thread.sleep(Math.max(0, Duration.between(Instant.now(), killed.plus(EXPIRY)).toMillis() + 500));
            TonleRun.Result resumed = TonleRun.run(db, scratch, "run", "--inbox", file.inbox().toString(),
                    "--tonle.chunk-size=500", "--tonle.lock.expiry=" + EXPIRY.toSeconds() + "s");
            assertThat(resumed.exitCode()).as(resumed.out() + resumed.err()).isZero();
            assertThat(Drills.query(db, "SELECT STATUS FROM BATCH_JOB_EXECUTION ORDER BY JOB_EXECUTION_ID"))
                    .containsExactly(List.of("COMPLETED"), List.of("FAILED"), List.of("COMPLETED"));
            // the resumed stage step read only the rows after the last committed chunk (and TOTAL)
            assertThat(Drills.query(db, "SELECT READ_COUNT FROM BATCH_STEP_EXECUTION WHERE STEP_NAME = 'stage' "
                    + "ORDER BY STEP_EXECUTION_ID DESC").get(0))
                    .containsExactly(String.valueOf(file.rows() - committed + 1));
            Drills.note(began, "resumed");
            assertThat(java.nio.file.Files.readString(scratch.resolve("tonle.log")))
                    .contains("recovered execution(s) [2] left running by a process that died");
            assertThat(resumed.out()).contains("LOADED").contains(file.name())
                    .contains("1 file(s) already seen were not loaded again.");  // the small one
            Drills.assertExactlyTheCleanLoad(db, night.files(), clean);
            Drills.note(began, "compared");
        }
    }
}
