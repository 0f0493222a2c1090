package org.tonle.ops;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tonle.support.TestDatabase;

/** Two ./tonle run processes started together on one warehouse: one loads, the other exits 3 at once. */
class OneRunAtATimeTest {

    @TempDir
    Path scratch;

    @Test
    void twoRunsStartedTogetherLoadOnceAndTheSecondExitsBusy() throws Exception {
        Instant began = Instant.now();
        Drills.Night night = Drills.night(scratch.resolve("inbox"));
        String clean = Drills.cleanDump(night, scratch);
        Drills.note(began, "clean load done");
        try (TestDatabase db = TestDatabase.mariadb()) {
            // the schema first, so both processes race for the lock and not for Flyway's migration
            Process migrate = Drills.fork(db, scratch, "status", "status");
            assertThat(migrate.waitFor(120, TimeUnit.SECONDS)).isTrue();
            assertThat(migrate.exitValue()).as(Drills.output(scratch, "status")).isZero();
            Drills.note(began, "schema made");

            Process first = Drills.fork(db, scratch, "first", "run", "--inbox", night.inbox().toString());
            Process second = Drills.fork(db, scratch, "second", "run", "--inbox", night.inbox().toString());
            assertThat(first.waitFor(180, TimeUnit.SECONDS)).isTrue();
            assertThat(second.waitFor(180, TimeUnit.SECONDS)).isTrue();
            Drills.note(began, "both runs ended");
            String firstOut = Drills.output(scratch, "first");
            String secondOut = Drills.output(scratch, "second");
            List<Integer> codes = List.of(first.exitValue(), second.exitValue());
            assertThat(codes).as(firstOut + "\n----\n" + secondOut).containsExactlyInAnyOrder(0, 3);
            String busy = first.exitValue() == 3 ? firstOut : secondOut;
            assertThat(busy).contains("tonle: another run is in progress: ").contains("; not starting a second one")
                    .doesNotContain("LOADED");
            assertThat(Drills.query(db, "SELECT COUNT(*), COUNT(DISTINCT file_id) FROM file_load"))
                    .containsExactly(List.of("2", "2"));
            assertThat(Drills.query(db, "SELECT holder FROM run_lock")).containsExactly(List.of("null"));
            Drills.assertExactlyTheCleanLoad(db, night.files(), clean);
        }
    }
}
