package org.tonle.hostile;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.tonle.support.TestDatabase;
import org.tonle.support.TonleRun;
import org.tonle.support.Views;

/**
 * A full run over an inbox holding one hostile file next to the sample's valid police CSV, and the
 * checks every hostile case shares: the valid file loaded exactly, the hostile one REFUSED with its
 * reason, exit 2, and the warehouse otherwise exactly as a run of the valid file alone leaves it.
 */
final class HostileRuns {

    /** What rpt_ views show after a run over the valid police CSV alone (computed once, on H2). */
    private static String validOnly;

    private HostileRuns() {
    }

    @FunctionalInterface
    interface Builder {
        Path build(Path file) throws Exception;
    }

    record Refusal(TonleRun.Result run, String detail, String views) {
    }

    static Path inboxWithValidPolice(Path scratch) throws Exception {
        Path inbox = scratch.resolve("inbox");
        Files.createDirectories(inbox.resolve("police"));
        Files.createDirectories(inbox.resolve("immigration"));
        Files.copy(HostileFiles.VALID_POLICE, inbox.resolve("police/police_arrests_2026-01.csv"));
        return inbox;
    }

    /**
     * Builds the hostile file as folder/name in an inbox next to the valid police CSV, runs, and checks
     * everything but the exact reason, which is returned.
     */
    static Refusal refused(TestDatabase db, Path scratch, String folder, String name, Builder build, String... args)
            throws Exception {
        Path inbox = inboxWithValidPolice(scratch);
        build.build(inbox.resolve(folder).resolve(name));
        List<String> all = new ArrayList<>(List.of("run", "--inbox", inbox.toString()));
        all.addAll(List.of(args));
        TonleRun.Result run = TonleRun.run(db, scratch, all.toArray(String[]::new));
        assertThat(run.exitCode()).as(run.out() + run.err()).isEqualTo(2);
        String detail;
        String views;
        try (Connection c = db.connect()) {
            assertValidPoliceLoaded(c);
            List<List<String>> files = query(c, "SELECT feed, status, status_detail, rows_loaded FROM rpt_files "
                    + "WHERE source_file = ?", name);
            assertThat(files).hasSize(1);
            assertThat(files.get(0).subList(0, 2)).containsExactly(folder, "REFUSED");
            assertThat(files.get(0).get(3)).as("rows loaded from a refused file").isNull();
            detail = files.get(0).get(2);
            System.out.println("refused: " + detail);
            assertThat(detail).as("the reason names the file as found in the inbox").startsWith(folder + "/" + name + ": ");
            views = Views.dumpAll(c);
            assertThat(withoutFile(views, name)).isEqualTo(validOnly());
            assertThat(stagedRowsOf(c, name)).as("rows kept from the refused file").isZero();
        }
        assertThat(run.out()).contains(name).contains("REFUSED");
        return new Refusal(run, detail, views);
    }

    static void assertValidPoliceLoaded(Connection c) throws Exception {
        assertThat(Views.rows(c, "SELECT COUNT(*), SUM(suspects_arrested), SUM(of_which_female), SUM(victims_rescued), "
                + "COUNT(DISTINCT operation_id) FROM rpt_arrests", false))
                .containsExactly(List.of("29", "825", "155", "106", "14"));
        assertThat(Views.rows(c, "SELECT status, rows_read, rows_loaded, rows_held_back, check_status FROM rpt_files "
                + "WHERE source_file = 'police_arrests_2026-01.csv'", false))
                .containsExactly(List.of("LOADED", "29", "29", "0", "MATCH"));
    }

    /** The rpt_ views after a run over the valid police CSV alone. */
    static synchronized String validOnly() throws Exception {
        if (validOnly == null) {
            Path scratch = Files.createTempDirectory("tonle-valid-only");
            try (TestDatabase db = TestDatabase.h2(scratch)) {
                Path inbox = inboxWithValidPolice(scratch);
                TonleRun.Result run = TonleRun.run(db, scratch, "run", "--inbox", inbox.toString());
                assertThat(run.exitCode()).as(run.out() + run.err()).isZero();
                try (Connection c = db.connect()) {
                    assertValidPoliceLoaded(c);
                    validOnly = Views.dumpAll(c);
                }
            }
        }
        return validOnly;
    }

    /** The dump without the rpt_files line of the named file. */
    static String withoutFile(String views, String name) {
        return views.lines().filter(line -> !line.contains(" | " + name + " | "))
                .collect(Collectors.joining("\n", "", "\n"));
    }

    static long stagedRowsOf(Connection c, String name) throws Exception {
        long total = 0;
        for (String table : List.of("deportation", "arrest", "court_case", "published_stat", "person_name", "held_row",
                "control_total", "file_check", "load_period")) {
            total += Long.parseLong(query(c, "SELECT COUNT(*) FROM " + table + " t JOIN file_load l ON l.load_id = t.load_id "
                    + "JOIN source_file f ON f.file_id = l.file_id WHERE f.source_file = ?", name).get(0).get(0));
        }
        return total;
    }

    static List<List<String>> query(Connection c, String sql, Object... params) throws Exception {
        List<List<String>> rows = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                ps.setObject(i + 1, params[i]);
            }
            try (ResultSet rs = ps.executeQuery()) {
                int columns = rs.getMetaData().getColumnCount();
                while (rs.next()) {
                    List<String> row = new ArrayList<>();
                    for (int i = 1; i <= columns; i++) {
                        Object value = rs.getObject(i);
                        row.add(value == null ? null : value.toString());
                    }
                    rows.add(row);
                }
            }
        }
        return rows;
    }

    static String everyTable(Connection c) throws Exception {
        return WarehouseText.everyTable(c);
    }

    static String log(Path scratch) throws Exception {
        Path log = scratch.resolve("tonle.log");
        return Files.exists(log) ? Files.readString(log, StandardCharsets.UTF_8) : "";
    }
}
