package org.tonle.variants;

import java.nio.file.Path;
import java.sql.Connection;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;
import org.tonle.support.TestDatabase;
import org.tonle.support.TestInbox;
import org.tonle.support.TonleRun;
import org.tonle.support.Views;

/** One whole ./tonle run over an inbox a test builds, and the rpt_ views it leaves, on H2 or MariaDB. */
abstract class VariantRuns {

    static final Instant ARRIVED = Instant.parse("2026-03-01T01:00:00Z");
    static final List<String> REGISTER = List.of("No.", "Full name", "Sex", "Date of birth", "Nationality",
            "Passport No.", "Date of arrest", "Date of deportation", "Exit point", "Status", "Case ref.");
    static final String POLICE_HEADER = "operation_id,operation_date,province,nationality,suspects_arrested,"
            + "of_which_female,victims_rescued,remarks";

    @TempDir
    Path scratch;
    TestDatabase db;
    TestInbox inbox;

    abstract TestDatabase database() throws Exception;

    @BeforeEach
    void openDatabase() throws Exception {
        db = database();
    }

    @AfterEach
    void closeDatabase() throws Exception {
        if (db != null) {
            db.close();
        }
    }

    /** The run's today: Tonle's clock is Cambodia's (config/application.yml, tonle.zone). */
    static java.time.LocalDate today() {
        return java.time.LocalDate.now(java.time.ZoneId.of("Asia/Phnom_Penh"));
    }

    /** Files arrive a minute apart, in the order the test writes them. */
    Instant arrival(int n) {
        return ARRIVED.plusSeconds(60L * n);
    }

    Path file(String feed, String name) {
        return inbox.root().resolve(feed).resolve(name);
    }

    TonleRun.Result run() {
        return TonleRun.run(db, scratch, "run", inbox.arg());
    }

    List<List<String>> rows(String sql) throws Exception {
        try (Connection c = db.connect()) {
            return Views.rows(c, sql, false);
        }
    }

    /** rpt_files' counts and checks for one file. */
    List<List<String>> fileRow(String name) throws Exception {
        return rows("SELECT status, rows_read, rows_loaded, rows_held_back, check_status, check_detail, status_detail "
                + "FROM rpt_files WHERE source_file = '" + name.replace("'", "''") + "'");
    }

    /** Blank rows inside the data and the declared period, from the load's ledger row. */
    List<List<String>> ledger(String name) throws Exception {
        return rows("SELECT l.rows_blank, l.declared_from, l.declared_to FROM file_load l JOIN source_file f "
                + "ON f.file_id = l.file_id WHERE f.source_file = '" + name.replace("'", "''") + "'");
    }

    List<List<String>> heldBack(String name) throws Exception {
        return rows("SELECT source_row, sheet, reason FROM rpt_held_back WHERE source_file = '"
                + name.replace("'", "''") + "' ORDER BY source_row");
    }
}
