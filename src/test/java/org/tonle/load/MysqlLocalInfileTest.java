package org.tonle.load;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tonle.support.TestDatabase;

/** LOAD DATA LOCAL staging on the local MariaDB: exact values, INSERT's strictness, the path restriction. */
class MysqlLocalInfileTest {

    private static final List<String> COLUMNS = List.of("id", "txt", "day", "amount", "n");

    @TempDir
    Path tmp;
    private TestDatabase db;
    private Connection connection;
    private MysqlLocalInfile loader;

    @BeforeEach
    void connect() throws Exception {
        db = TestDatabase.mariadb();
        String url = new MysqlConnectionOptions(true, tmp.toString()).complete(db.url());
        connection = DriverManager.getConnection(url, db.user(), "");
        try (Statement s = connection.createStatement()) {
            s.execute("CREATE TABLE t (id INT PRIMARY KEY, txt VARCHAR(20), day DATE, amount DECIMAL(6,2), n BIGINT)");
        }
        connection.setAutoCommit(false);
        loader = MysqlLocalInfile.forConnection(connection, "t", COLUMNS);
    }

    @AfterEach
    void close() throws Exception {
        connection.close();
        db.close();
    }

    @Test
    void values_arrive_exactly_as_sent() throws Exception {
        assertThat(loader).isNotNull();
        List<Object[]> rows = new ArrayList<>();
        rows.add(new Object[] {1, "a\tb\nc\\d\re", LocalDate.of(2026, 1, 23), new BigDecimal("2.50"), 5_000_000_000L});
        rows.add(new Object[] {2, null, null, null, null});
        rows.add(new Object[] {3, "ចិន \"x\" 'y', \\N", LocalDate.of(1999, 12, 31), new BigDecimal("-1"), 0L});
        rows.add(new Object[] {4, "NULL", LocalDate.of(2026, 2, 1), BigDecimal.ZERO, -7L});
        assertThat(loader.load(connection, rows)).isEqualTo(4);
        connection.commit();
        try (Statement s = connection.createStatement();
             ResultSet rs = s.executeQuery("SELECT id, txt, day, amount, n FROM t ORDER BY id")) {
            for (Object[] expected : rows) {
                assertThat(rs.next()).isTrue();
                assertThat(rs.getInt(1)).isEqualTo(expected[0]);
                assertThat(rs.getString(2)).isEqualTo(expected[1]);
                assertThat(rs.getDate(3) == null ? null : rs.getDate(3).toLocalDate()).isEqualTo(expected[2]);
                assertThat(rs.getBigDecimal(4) == null ? null : rs.getBigDecimal(4).stripTrailingZeros())
                        .isEqualTo(expected[3] == null ? null : ((BigDecimal) expected[3]).stripTrailingZeros());
                assertThat(rs.getObject(5) == null ? null : rs.getLong(5)).isEqualTo(expected[4]);
            }
            assertThat(rs.next()).isFalse();
        }
        assertThat(Files.list(spoolDir()).count()).as("chunk files are deleted").isZero();
    }

    @Test
    void a_duplicate_key_fails_the_chunk_as_insert_would() throws Exception {
        List<Object[]> rows = List.of(new Object[] {1, "a", null, null, null}, new Object[] {1, "b", null, null, null});
        assertThatThrownBy(() -> loader.load(connection, rows)).isInstanceOf(SQLException.class)
                .hasMessageContaining("1 of 2");
    }

    @Test
    void a_value_too_long_fails_the_chunk_as_insert_would() {
        List<Object[]> rows = List.<Object[]>of(new Object[] {1, "x".repeat(21), null, null, null});
        assertThatThrownBy(() -> loader.load(connection, rows)).isInstanceOf(SQLException.class);
    }

    @Test
    void the_driver_sends_no_file_outside_the_spool_directory() throws Exception {
        Path outside = Files.writeString(tmp.resolve("secret.txt"), "9\tsecret\t\\N\t\\N\t\\N\n");
        try (Statement s = connection.createStatement()) {
            assertThatThrownBy(() -> s.executeUpdate("LOAD DATA LOCAL INFILE '" + outside + "' INTO TABLE t"))
                    .isInstanceOf(SQLException.class);
        }
        connection.rollback();
        try (Statement s = connection.createStatement(); ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM t")) {
            rs.next();
            assertThat(rs.getInt(1)).isZero();
        }
    }

    @Test
    void a_spool_directory_removed_by_a_temporary_files_clean_up_is_made_again_private() throws Exception {
        Path spool = spoolDir();
        Files.delete(spool);
        assertThat(loader.load(connection, List.<Object[]>of(new Object[] {1, "a", null, null, null}))).isEqualTo(1);
        assertThat(Files.getPosixFilePermissions(spool)).isEqualTo(PosixFilePermissions.fromString("rwx------"));
        assertThat(Files.list(spool).count()).isZero();
    }

    @Test
    void a_spool_directory_replaced_by_a_link_elsewhere_gets_no_rows() throws Exception {
        Path spool = spoolDir();
        Files.delete(spool);
        Path elsewhere = Files.createDirectories(tmp.resolve("elsewhere"));
        Files.createSymbolicLink(spool, elsewhere);
        assertThatThrownBy(() -> loader.load(connection, List.<Object[]>of(new Object[] {1, "a", null, null, null})))
                .isInstanceOf(java.io.UncheckedIOException.class)
                .hasRootCauseMessage("the bulk-load spool directory " + spool + " was replaced by one that is not "
                        + "this process's own; rows are not written there");
        assertThat(Files.list(elsewhere).count()).isZero();
    }

    private Path spoolDir() throws Exception {
        try (var dirs = Files.list(tmp)) {
            return dirs.filter(p -> p.getFileName().toString().startsWith("tonle-bulk-")).findFirst().orElseThrow();
        }
    }
}
