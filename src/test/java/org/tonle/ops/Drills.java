package org.tonle.ops;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;
import org.tonle.support.TestDatabase;
import org.tonle.support.TonleRun;
import org.tonle.support.Views;

/** What the fault drills share: a generated police file, a forked ./tonle, polling, the clean result. */
final class Drills {

    private static final String HEADER = "operation_id,operation_date,province,nationality,suspects_arrested,"
            + "of_which_female,victims_rescued,remarks";
    private static final List<String> NATIONALITIES = List.of("China", "Vietnam", "Indonesia", "Myanmar",
            "Thailand", "Philippines", "Malaysia", "Laos", "Bangladesh", "India", "KOR");
    private static final List<String> PROVINCES = List.of("Phnom Penh", "Preah Sihanouk", "Svay Rieng", "Kampot",
            "Koh Kong", "Pursat");
    private static final DateTimeFormatter DAY_FIRST = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final Map<String, String> CLEAN_DUMPS = new ConcurrentHashMap<>();

    /** A police file in an inbox, with the figures the warehouse must end up with. */
    record PoliceFile(Path inbox, String name, int rows, long suspects) {
    }

    /** The night of the process drills: a small file loaded first, then one big enough to stop in. */
    record Night(Path inbox, PoliceFile small, PoliceFile big) {
        List<PoliceFile> files() {
            return List.of(small, big);
        }
    }

    static final int BIG_ROWS = 20_000;

    static Night night(Path inbox) throws IOException {
        PoliceFile small = policeFile(inbox, "arrests 2024.csv", 300, 5, 2024);
        PoliceFile big = policeFile(inbox, "arrests 2025 national.csv", BIG_ROWS, 7, 2025);
        // arrival order: the small file first, so one load has completed when the big one is interrupted
        Files.setLastModifiedTime(inbox.resolve("police").resolve(small.name()),
                java.nio.file.attribute.FileTime.from(Instant.now().minusSeconds(3600)));
        return new Night(inbox, small, big);
    }

    static String cleanDump(Night night, Path scratch) {
        return cleanDump(night.inbox(), scratch, "night");
    }

    private Drills() {
    }

    /**
     * Rows 2..rows+1 are data (row 1 is the header), one nationality per operation so every row is
     * its own line of rpt_arrests; a TOTAL row that matches ends the file. Same seed, same bytes.
     */
    static PoliceFile policeFile(Path inbox, String name, int rows, long seed) throws IOException {
        return policeFile(inbox, name, rows, seed, 2025);
    }

    /** Operations dated in the given year only: files of different years never replace each other's months. */
    static PoliceFile policeFile(Path inbox, String name, int rows, long seed, int year) throws IOException {
        Path dir = Files.createDirectories(inbox.resolve("police"));
        Random random = new Random(seed);
        List<String> lines = new ArrayList<>(rows + 2);
        lines.add(HEADER);
        long suspects = 0;
        long female = 0;
        long rescued = 0;
        LocalDate first = LocalDate.of(year, 1, 1);
        for (int i = 0; i < rows; i++) {
            int s = 1 + random.nextInt(60);
            int f = random.nextInt(s / 3 + 1);
            int v = random.nextInt(4) == 0 ? random.nextInt(20) : 0;
            lines.add(String.join(",", String.format("OP-%d-%07d", year, i + 1),
                    first.plusDays(random.nextInt(300)).format(DAY_FIRST),
                    PROVINCES.get(random.nextInt(PROVINCES.size())),
                    NATIONALITIES.get(random.nextInt(NATIONALITIES.size())), String.valueOf(s), String.valueOf(f),
                    String.valueOf(v), v > 0 ? "\"Raid, " + v + " victims referred\"" : ""));
            suspects += s;
            female += f;
            rescued += v;
        }
        lines.add("TOTAL,,,," + suspects + "," + female + "," + rescued + ",");
        Files.write(dir.resolve(name), lines, StandardCharsets.UTF_8);
        return new PoliceFile(inbox, name, rows, suspects);
    }

    /**
     * Every rpt_ view after a clean load of the same inbox into a fresh MariaDB database: what a
     * drill must end with. Computed once per inbox shape and kept for the other drills.
     */
    static String cleanDump(PoliceFile file, Path scratch, String key) {
        return cleanDump(file.inbox(), scratch, key);
    }

    static String cleanDump(Path inbox, Path scratch, String key) {
        return CLEAN_DUMPS.computeIfAbsent(key, k -> {
            try (TestDatabase clean = TestDatabase.mariadb()) {
                TonleRun.Result r = TonleRun.run(clean, scratch, "run", "--inbox", inbox.toString());
                assertThat(r.exitCode()).as(r.out() + r.err()).isZero();
                try (Connection c = clean.connect()) {
                    return Views.dumpAll(c);
                }
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
        });
    }

    /** The warehouse as analysts see it equals a clean load's, and every row is there exactly once. */
    static void assertExactlyTheCleanLoad(TestDatabase db, PoliceFile file, String cleanDump) throws SQLException {
        assertExactlyTheCleanLoad(db, List.of(file), cleanDump);
    }

    static void assertExactlyTheCleanLoad(TestDatabase db, List<PoliceFile> files, String cleanDump)
            throws SQLException {
        int rows = files.stream().mapToInt(PoliceFile::rows).sum();
        long suspects = files.stream().mapToLong(PoliceFile::suspects).sum();
        List<List<String>> loaded = files.stream().sorted(java.util.Comparator.comparing(PoliceFile::name))
                .map(f -> List.of(f.name(), "LOADED", String.valueOf(f.rows()), String.valueOf(f.rows()), "0",
                        "MATCH")).toList();
        try (Connection c = db.connect()) {
            assertThat(Views.rows(c, "SELECT COUNT(*), SUM(suspects_arrested), COUNT(DISTINCT operation_id) "
                    + "FROM rpt_arrests", false)).containsExactly(List.of(String.valueOf(rows),
                    String.valueOf(suspects), String.valueOf(rows)));
            assertThat(Views.rows(c, "SELECT source_file, status, rows_read, rows_loaded, rows_held_back, check_status "
                    + "FROM rpt_files ORDER BY source_file", false)).isEqualTo(loaded);
            String dump = Views.dumpAll(c);
            if (!dump.equals(cleanDump)) {
                // the first difference, not two 200,000-line strings
                String[] a = dump.split("\n");
                String[] b = cleanDump.split("\n");
                for (int i = 0; i < Math.min(a.length, b.length); i++) {
                    assertThat(a[i]).as("line " + (i + 1) + " of the rpt_ views").isEqualTo(b[i]);
                }
                assertThat(a.length).as("lines of the rpt_ views").isEqualTo(b.length);
            }
        }
    }

    /** ./tonle in a JVM of its own, as the operator's shell would start it. */
    static Process fork(TestDatabase db, Path scratch, String logName, String... args) throws IOException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx256m", "-XX:TieredStopAtLevel=1", "-Dfile.encoding=UTF-8", "-cp", classPath(),
                "org.tonle.TonleApplication"));
        command.addAll(List.of(args));
        command.addAll(List.of(db.springArgs()));
        command.add("--tonle.home=" + TonleRun.HOME);
        command.add("--tonle.passport-key-file=" + scratch.resolve("passport.key").toAbsolutePath());
        command.add("--logging.file.name=" + scratch.resolve(logName + ".log").toAbsolutePath());
        return new ProcessBuilder(command).directory(TonleRun.HOME.toFile())
                .redirectOutput(scratch.resolve(logName + ".out").toFile())
                .redirectError(scratch.resolve(logName + ".err").toFile()).start();
    }

    static String output(Path scratch, String logName) throws IOException {
        return Files.readString(scratch.resolve(logName + ".out")) + Files.readString(scratch.resolve(logName + ".err"));
    }

    private static String classPath() {
        String surefire = System.getProperty("surefire.test.class.path");
        return surefire != null && !surefire.isBlank() ? surefire : System.getProperty("java.class.path");
    }

    /** Progress with the seconds since the drill began, in the test's report: where the time goes. */
    static void note(Instant began, String what) {
        System.out.printf("drill +%5.1fs %s%n", Duration.between(began, Instant.now()).toMillis() / 1000.0, what);
    }

    interface Probe {
        boolean ok() throws Exception;
    }

    static void await(Duration timeout, String what, Probe probe) throws Exception {
        Instant deadline = Instant.now().plus(timeout);
        while (!ok(probe)) {
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError("timed out after " + timeout + " waiting for " + what);
            }
            Thread.sleep(100);
        }
    }

    /** A probe that meets no tables yet (the forked process is still migrating) is not ready. */
    private static boolean ok(Probe probe) throws Exception {
        try {
            return probe.ok();
        } catch (SQLException e) {
            return false;
        }
    }

    static List<List<String>> query(TestDatabase db, String sql) throws SQLException {
        try (Connection c = db.connect()) {
            return Views.rows(c, sql, false);
        }
    }
}
