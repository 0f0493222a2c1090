package org.tonle.privacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tonle.cli.TonleCli;
import org.tonle.support.TestDatabase;
import org.tonle.support.TonleRun;
import org.tonle.support.Views;

/**
 * config/mysql/grants.sql on a fresh MariaDB database: the sample inbox is loaded as tonle_loader (so
 * Flyway creates the views as the loader, their definer), then tonle_report can SELECT every rpt_
 * view and dim_ table, and nothing else: no base table, no write, no DDL. Users are server-global, so
 * this run's users get a random suffix and are dropped afterwards.
 */
class GrantsMariaDbTest {

    static final Path GRANTS = TonleRun.HOME.resolve("config/mysql/grants.sql");
    static final String PART_2 = "\n-- @@ part 2";

    @TempDir
    Path scratch;

    @Test
    void theReportingUserReadsTheViewsAndNothingElse() throws Exception {
        String suffix = UUID.randomUUID().toString().replace("-", "").substring(0, 10);
        String loader = "tonle_loader_" + suffix;
        String report = "tonle_report_" + suffix;
        String loaderPassword = "L-" + UUID.randomUUID();
        String reportPassword = "R-" + UUID.randomUUID();
        try (TestDatabase db = TestDatabase.mariadb()) {
            String schema = db.url().substring(TestDatabase.MARIADB_ROOT.length(), db.url().indexOf('?'));
            String sql = Files.readString(GRANTS, StandardCharsets.UTF_8)
                    .replace("${schema}", schema)
                    .replace("${loader_password}", loaderPassword)
                    .replace("${report_password}", reportPassword)
                    .replace("'tonle_loader'@", "'" + loader + "'@")
                    .replace("'tonle_report'@", "'" + report + "'@");
            assertThat(sql).doesNotContain("${").contains(PART_2);
            try {
                apply(db, sql.substring(0, sql.indexOf(PART_2)));
                int code = runAsLoader(db, loader, loaderPassword);
                assertThat(code).as("sample run as the loader").isEqualTo(2);
                apply(db, sql);

                List<String> granted = new ArrayList<>();
                List<String> baseTables = new ArrayList<>();
                try (Connection root = db.connect()) {
                    for (List<String> row : Views.rows(root, "SELECT table_name, table_type FROM information_schema.tables "
                            + "WHERE table_schema = '" + schema + "' ORDER BY table_name", false)) {
                        String name = row.get(0);
                        if (name.startsWith("rpt_") || name.startsWith("dim_")) {
                            granted.add(name);
                        } else if (row.get(1).equals("BASE TABLE")) {
                            baseTables.add(name);
                        }
                    }
                    // the views run with their definer's rights, and the definer is the loader
                    assertThat(Views.rows(root, "SELECT DISTINCT security_type, definer FROM information_schema.views "
                            + "WHERE table_schema = '" + schema + "'", false))
                            .containsExactly(List.of("DEFINER", loader + "@%"));
                }
                assertThat(granted).contains("rpt_files", "rpt_deportations", "rpt_arrests", "rpt_held_back",
                        "rpt_reconciliation", "dim_nationality").hasSize(12);
                assertThat(baseTables).contains("deportation", "person_name", "held_row", "source_file", "file_load",
                        "arrest", "BATCH_JOB_EXECUTION_PARAMS", "flyway_schema_history");

                try (Connection c = DriverManager.getConnection(db.url(), report, reportPassword);
                     Connection root = db.connect()) {
                    for (String view : granted) {
                        assertThat(count(c, schema + "." + view)).as(view).isEqualTo(count(root, schema + "." + view));
                    }
                    assertThat(count(c, schema + ".rpt_deportations")).isPositive();
                    for (String table : baseTables) {
                        assertDenied(c, "SELECT * FROM " + schema + ".`" + table + "`");
                    }
                    assertDenied(c, "SELECT * FROM " + schema + ".rcn_detailed");
                    assertDenied(c, "INSERT INTO " + schema + ".dim_nationality (iso3, name_en) VALUES ('XXX', 'x')");
                    assertDenied(c, "UPDATE " + schema + ".dim_nationality SET name_en = 'x'");
                    assertDenied(c, "DELETE FROM " + schema + ".dim_nationality");
                    assertDenied(c, "UPDATE " + schema + ".rpt_files SET status = 'LOADED'");
                    assertDenied(c, "DELETE FROM " + schema + ".rpt_arrests");
                    assertDenied(c, "INSERT INTO " + schema + ".source_file (feed, source_file, sha256, size_bytes, status) "
                            + "VALUES ('x', 'x', 'x', 0, 'x')");
                    assertDenied(c, "DELETE FROM " + schema + ".person_name");
                    assertDenied(c, "CREATE TABLE " + schema + ".sneaky (i INT)");
                    assertDenied(c, "CREATE VIEW " + schema + ".sneaky AS SELECT * FROM " + schema + ".person_name");
                    assertDenied(c, "DROP VIEW " + schema + ".rpt_files");
                    assertDenied(c, "ALTER TABLE " + schema + ".dim_nationality ADD COLUMN x INT");
                    assertDenied(c, "CREATE DATABASE tonle_sneaky_" + suffix);
                    assertDenied(c, "SELECT * FROM mysql.user");
                    // the catalogue shows it only what it may read
                    assertThat(Views.rows(c, "SELECT table_name FROM information_schema.tables WHERE table_schema = '"
                            + schema + "' ORDER BY table_name", false).stream().map(r -> r.get(0)).toList())
                            .containsExactlyElementsOf(granted);
                }
                // the loader owns its schema and nothing else
                try (Connection c = DriverManager.getConnection(db.url(), loader, loaderPassword)) {
                    assertDenied(c, "SELECT * FROM mysql.user");
                    assertDenied(c, "CREATE DATABASE tonle_sneaky_" + suffix);
                    assertDenied(c, "GRANT SELECT ON " + schema + ".person_name TO '" + report + "'@'%'");
                    assertThat(count(c, schema + ".person_name")).isZero();
                }
            } finally {
                try (Connection root = db.connect(); Statement s = root.createStatement()) {
                    s.execute("DROP USER IF EXISTS '" + loader + "'@'%', '" + report + "'@'%'");
                    s.execute("DROP DATABASE IF EXISTS tonle_sneaky_" + suffix);
                }
            }
        }
    }

    /** Applies the statements of a script as root: comment lines dropped, split at ';' ending a line. */
    private static void apply(TestDatabase db, String script) throws SQLException {
        StringBuilder text = new StringBuilder();
        script.lines().filter(l -> !l.strip().startsWith("--")).forEach(l -> text.append(l).append('\n'));
        try (Connection c = db.connect(); Statement s = c.createStatement()) {
            for (String statement : text.toString().split(";\\s*\\n")) {
                if (!statement.isBlank()) {
                    s.execute(statement);
                }
            }
        }
    }

    private int runAsLoader(TestDatabase db, String user, String password) {
        String[] args = {"run", "--spring.datasource.url=" + db.url(), "--spring.datasource.username=" + user,
                "--spring.datasource.password=" + password, "--tonle.home=" + TonleRun.HOME,
                "--tonle.passport-key-file=" + scratch.resolve("passport.key"),
                "--logging.file.name=" + scratch.resolve("tonle.log")};
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (PrintStream o = new PrintStream(out, true, StandardCharsets.UTF_8)) {
            return TonleCli.execute(args, o, o);
        } finally {
            System.out.println(out.toString(StandardCharsets.UTF_8));
        }
    }

    private static long count(Connection c, String table) throws SQLException {
        return Long.parseLong(Views.rows(c, "SELECT COUNT(*) FROM " + table, false).get(0).get(0));
    }

    private static void assertDenied(Connection c, String sql) {
        assertThatThrownBy(() -> {
            try (Statement s = c.createStatement()) {
                s.execute(sql);
            }
        }).as(sql).isInstanceOf(SQLException.class)
                .satisfies(e -> assertThat(((SQLException) e).getErrorCode()).as(sql + ": " + e.getMessage())
                        .isIn(1142, 1143, 1044, 1045, 1227, 1370, 1410));
    }
}
