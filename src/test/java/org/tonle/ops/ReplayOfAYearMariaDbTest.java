package org.tonle.ops;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.util.FileSystemUtils;
import org.tonle.support.TestDatabase;
import org.tonle.support.TonleRun;

/**
 * A replay on MariaDB of a held-back row from late in a year's file: the replay checks the file again in
 * its own transaction, before committing, so the replayed row must be counted although no other
 * connection can see it yet (the stage check reads a year's rows in two halves on two connections; the
 * replay's check must not).
 */
class ReplayOfAYearMariaDbTest {

    @TempDir
    Path scratch;

    @Test
    void aReplayedOctoberRowIsCountedAndTheFileMatchesItsTotals() throws Exception {
        Drills.policeFile(scratch.resolve("inbox"), "arrests 2025.csv", 200, 11);
        Path csv = scratch.resolve("inbox/police/arrests 2025.csv");
        List<String> lines = Files.readAllLines(csv, StandardCharsets.UTF_8);
        for (int i = 1; i < lines.size() - 1; i++) {
            String[] fields = lines.get(i).split(",", -1);
            if (fields[1].endsWith("/10/2025")) {   // an October operation: in the later half of the months
                fields[3] = "Nigera";
                lines.set(i, String.join(",", fields));
                break;
            }
        }
        Files.write(csv, lines, StandardCharsets.UTF_8);
        Path reference = scratch.resolve("reference");
        FileSystemUtils.copyRecursively(TonleRun.HOME.resolve("config/reference"), reference);
        String ref = "--tonle.reference=" + reference;
        String files = "SELECT source_file, rows_read, rows_loaded, rows_held_back, check_status FROM rpt_files";
        try (TestDatabase db = TestDatabase.mariadb()) {
            TonleRun.run(db, scratch, "run", "--inbox", scratch.resolve("inbox").toString(), ref);
            assertThat(Drills.query(db, files)).containsExactly(
                    List.of("arrests 2025.csv", "200", "199", "1", "EXPLAINED"));

            Files.writeString(reference.resolve("nationality-aliases.csv"), "Nigera,NGA,review\n",
                    StandardCharsets.UTF_8, StandardOpenOption.APPEND);
            TonleRun.run(db, scratch, "replay", "--feed", "police", ref);

            assertThat(Drills.query(db, files)).containsExactly(List.of("arrests 2025.csv", "200", "200", "0", "MATCH"));
            assertThat(Drills.query(db, "SELECT DISTINCT status FROM file_check")).containsExactly(List.of("MATCH"));
        }
    }
}
