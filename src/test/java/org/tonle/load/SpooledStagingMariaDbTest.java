package org.tonle.load;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.tonle.feed.FeedCatalogue;
import org.tonle.feed.FeedDefinition;
import org.tonle.support.TestDatabase;

/**
 * The stage writer on MariaDB with its chunks' text spooled ahead ({@link ChunkSpool}): a chunk that
 * is exactly a spooled one is sent from its file; any other chunk is written from its rows' own
 * lines. Either way the same rows arrive, and no spool file is left behind.
 */
class SpooledStagingMariaDbTest {

    static FeedDefinition police;

    @TempDir
    Path tmp;
    private TestDatabase db;
    private JdbcTemplate jdbc;
    private StagingWriter writer;

    @BeforeAll
    static void feeds() {
        police = FeedCatalogue.load(Path.of("jobs")).get("police");
    }

    @BeforeEach
    void database() throws Exception {
        db = TestDatabase.mariadb();
        Flyway.configure().dataSource(db.url(), db.user(), "")
                .locations("classpath:db/migration/common", "classpath:db/migration/mysql").load().migrate();
        String url = new MysqlConnectionOptions(true, tmp.toString()).complete(db.url());
        jdbc = new JdbcTemplate(new DriverManagerDataSource(url, db.user(), ""));
    }

    @AfterEach
    void drop() throws Exception {
        db.close();
    }

    /** Six clean rows (source rows 2-7, the fourth's remark "r5") and a held-back row 8, prepared. */
    private List<StagedRow> prepared(int spoolChunk) {
        writer = new StagingWriter(jdbc, new LoadContext(7, police, tmp.resolve("police.csv"), "police/police.csv"),
                spoolChunk);
        writer.open();
        List<StagedRow> rows = new ArrayList<>();
        for (int row = 2; row <= 7; row++) {
            Map<String, Object> values = new LinkedHashMap<>();
            values.put("operation_id", "OP-" + row);
            values.put("operation_date", LocalDate.of(2026, 1, row));
            values.put("province", "Phnom Penh");
            values.put("nationality_iso3", "CHN");
            values.put("suspects_arrested", (long) row);
            values.put("of_which_female", 0L);
            values.put("victims_rescued", null);
            values.put("remarks", "r" + row);
            rows.add(writer.prepare(StagedRow.clean(row, null, "2026-01", "2026-01", values, List.of(), null)));
        }
        rows.add(writer.prepare(StagedRow.heldBack(8, null, null, null, "row 8, column D 'nationality': unknown",
                "{}", null)));
        writer.end();
        return rows;
    }

    /** The same row with another line of text than the one spooled for it. */
    private static StagedRow otherLine(StagedRow row) {
        return row.withBulk(row.bulkLine().replace("\tr5\n", "\tfrom the row's own line\n"), row.spooled());
    }

    private void write(List<StagedRow> rows, int chunk) throws Exception {
        for (int from = 0; from < rows.size(); from += chunk) {
            writer.write(new Chunk<>(rows.subList(from, Math.min(rows.size(), from + chunk))));
        }
        writer.close();
    }

    private List<String> arrests() {
        return jdbc.query("SELECT source_row, operation_id, operation_date, suspects_arrested, remarks FROM arrest "
                + "WHERE load_id = 7 ORDER BY source_row", (rs, i) -> rs.getInt(1) + " " + rs.getString(2) + " "
                + rs.getDate(3) + " " + rs.getLong(4) + " " + rs.getString(5));
    }

    /** Rows 2-7 staged exactly, row 5 with this remark, and row 8 held back. */
    private void assertStaged(String remarkOfRow5) {
        assertThat(arrests()).containsExactly("2 OP-2 2026-01-02 2 r2", "3 OP-3 2026-01-03 3 r3",
                "4 OP-4 2026-01-04 4 r4", "5 OP-5 2026-01-05 5 " + remarkOfRow5, "6 OP-6 2026-01-06 6 r6",
                "7 OP-7 2026-01-07 7 r7");
        assertThat(jdbc.queryForList("SELECT source_row FROM held_row WHERE load_id = 7", Integer.class))
                .containsExactly(8);
    }

    private long spoolFiles() throws Exception {
        try (Stream<Path> dirs = Files.list(tmp)) {
            Path spool = dirs.filter(p -> p.getFileName().toString().startsWith("tonle-bulk-")).findFirst()
                    .orElseThrow();
            try (Stream<Path> files = Files.list(spool)) {
                return files.count();
            }
        }
    }

    @Test
    void chunks_that_are_the_spooled_ones_are_sent_from_their_files() throws Exception {
        List<StagedRow> rows = new ArrayList<>(prepared(3));
        assertThat(rows.get(0).spooled().holds(3, 3)).isTrue();
        assertThat(rows.get(3).spooled().holds(3, 3)).isTrue();
        assertThat(rows.get(6).spooled().holds(1, 0)).isTrue();
        assertThat(spoolFiles()).isEqualTo(3);
        rows.set(3, otherLine(rows.get(3)));   // the file, not this line, is what goes
        write(rows, 3);
        assertStaged("r5");
        assertThat(spoolFiles()).isZero();
    }

    @Test
    void without_load_data_local_the_same_rows_go_as_batched_inserts_and_nothing_is_spooled() throws Exception {
        String url = new MysqlConnectionOptions(false, tmp.toString()).complete(db.url());
        jdbc = new JdbcTemplate(new DriverManagerDataSource(url, db.user(), ""));
        List<StagedRow> rows = prepared(3);
        assertThat(rows).allMatch(r -> r.spooled() == null && r.bulkLine() == null);
        write(rows, 3);
        assertStaged("r5");
        try (Stream<Path> files = Files.walk(tmp)) {
            assertThat(files.filter(Files::isRegularFile)).isEmpty();
        }
    }

    @Test
    void chunks_that_differ_from_the_spooled_ones_are_written_from_their_rows() throws Exception {
        List<StagedRow> rows = new ArrayList<>(prepared(3));
        rows.set(3, otherLine(rows.get(3)));
        write(rows, 2);   // chunks of 2 against files of 3 rows: no chunk is a file
        assertStaged("from the row's own line");
        assertThat(spoolFiles()).isZero();
    }
}
