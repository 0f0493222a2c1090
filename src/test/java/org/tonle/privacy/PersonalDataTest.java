package org.tonle.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tonle.support.TestDatabase;
import org.tonle.support.TonleRun;
import org.tonle.support.Views;

/**
 * The sample inbox's names and passport numbers reach no view, no table, no job parameter or
 * execution context, no log line and no console output; passports are kept only as
 * HMAC-SHA-256(key, issuer ISO3 + ':' + folded number), which links one person across files.
 */
class PersonalDataTest {

    static final String KEY = "tonle-test-passport-key-0123456789";

    @TempDir
    Path scratch;

    /** The key the run uses: TONLE_PASSPORT_KEY wins over the key file, as in production. */
    private String knownKey() throws Exception {
        Files.writeString(scratch.resolve("passport.key"), KEY + "\n");
        String env = System.getenv("TONLE_PASSPORT_KEY");
        return env != null && !env.isBlank() ? env.strip() : KEY;
    }

    static String hmac(String key, String iso3, String folded) throws Exception {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(key.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        return HexFormat.of().formatHex(mac.doFinal((iso3 + ":" + folded).getBytes(StandardCharsets.UTF_8)));
    }

    /** Upper case without blanks, dashes, dots or slashes: "kr 123-4567" → "KR1234567". */
    static String fold(String passport) {
        return passport.toUpperCase(Locale.ROOT).replaceAll("[\\s\\-./]", "");
    }

    static boolean hasNumber(String passport) {
        return !passport.isBlank() && !List.of("N/A", "NA", "-", "NONE", "NIL", "0").contains(fold(passport));
    }

    @Test
    void noNameOrPassportNumberOfTheSampleLeavesTheLoader() throws Exception {
        String key = knownKey();
        List<SampleWorkbooks.Person> people = SampleWorkbooks.people(TonleRun.HOME.resolve("sample-input/immigration"));
        assertThat(people).hasSizeGreaterThan(250);
        assertThat(people.stream().filter(p -> hasNumber(p.passport())).count()).isGreaterThan(200);

        try (TestDatabase db = TestDatabase.h2(scratch)) {
            TonleRun.Result run = TonleRun.run(db, scratch, "run");
            assertThat(run.exitCode()).as(run.out() + run.err()).isEqualTo(2);
            String log = Files.readString(scratch.resolve("tonle.log"), StandardCharsets.UTF_8);
            assertThat(log).contains("Job: [");
            try (Connection c = db.connect()) {
                String views = Views.dumpAll(c) + Views.dump(c, "rpt_reconciliation_runs", "run_id, period, measure, "
                        + "nationality_iso3");
                String tables = org.tonle.hostile.WarehouseText.everyTable(c);
                for (String batch : List.of("BATCH_JOB_EXECUTION_PARAMS", "BATCH_JOB_EXECUTION_CONTEXT",
                        "BATCH_STEP_EXECUTION_CONTEXT")) {
                    assertThat(tables.toUpperCase(Locale.ROOT)).contains("== " + batch + "\n");
                }
                assertThat(tables).contains("police_arrests_2026-01.csv");
                String[] places = {log, run.out(), run.err(), views, tables};
                String[] where = {"the log", "the console", "the console (errors)", "an rpt_ view", "a table"};
                for (SampleWorkbooks.Person p : people) {
                    for (int i = 0; i < places.length; i++) {
                        assertThat(places[i]).as("name of %s row %d in %s", p.file(), p.row(), where[i])
                                .doesNotContain(p.name());
                        if (hasNumber(p.passport())) {
                            assertThat(places[i]).as("passport of %s row %d in %s", p.file(), p.row(), where[i])
                                    .doesNotContain(p.passport()).doesNotContain(fold(p.passport()));
                        }
                    }
                }
                assertThat(Views.rows(c, "SELECT COUNT(*) FROM person_name", false)).containsExactly(List.of("0"));

                // held-back rows keep their cells, names and passports masked, births cut to the year
                ObjectMapper json = new ObjectMapper();
                List<List<String>> held = Views.rows(c, "SELECT raw_record FROM rpt_held_back WHERE feed = 'immigration'",
                        false);
                assertThat(held).hasSize(2);
                for (List<String> row : held) {
                    JsonNode record = json.readTree(row.get(0));
                    assertThat(record.get("Full name").asText()).isEqualTo("***");
                    assertThat(record.get("Passport No.").asText()).isIn("***", "");
                    assertThat(record.get("Date of birth").asText()).matches("(\\d{4}|\\*\\*\\*|)");
                }

                // every loaded passport is HMAC-SHA-256(key, iso3 ':' folded number)
                int checked = 0;
                for (SampleWorkbooks.Person p : people) {
                    List<List<String>> rows = Views.rows(c, "SELECT d.nationality_iso3, d.passport_hmac FROM deportation d "
                            + "JOIN file_load l ON l.load_id = d.load_id JOIN source_file f ON f.file_id = l.file_id "
                            + "WHERE f.source_file = '" + p.file().replace("'", "''") + "' AND d.source_row = " + p.row(),
                            false);
                    if (rows.isEmpty()) {
                        continue;
                    }
                    String iso3 = rows.get(0).get(0);
                    String expected = hasNumber(p.passport()) ? hmac(key, iso3, fold(p.passport())) : "null";
                    assertThat(rows.get(0).get(1)).as("%s row %d", p.file(), p.row()).isEqualTo(expected);
                    checked++;
                }
                assertThat(checked).isGreaterThan(250);
            }
        }
    }

    @Test
    void theSamePassportInTwoFilesLinks() throws Exception {
        String key = knownKey();
        Path inbox = scratch.resolve("inbox");
        Path immigration = Files.createDirectories(inbox.resolve("immigration"));
        register(immigration.resolve("register 3 feb.xlsx"), "03/02/2026",
                List.of("Kim Min-jun", "M", "Republic of Korea", "kr 123-4567"));
        register(immigration.resolve("register 4 feb.xlsx"), "04/02/2026",
                List.of("KIM Min Jun", "Male", "KOR", "KR1234567"),
                List.of("Aung Win", "M", "Myanmar", "KR1234567"));
        try (TestDatabase db = TestDatabase.h2(scratch)) {
            TonleRun.Result run = TonleRun.run(db, scratch, "run", "--inbox", inbox.toString());
            assertThat(run.exitCode()).as(run.out() + run.err()).isIn(0, 2);
            try (Connection c = db.connect()) {
                String korean = hmac(key, "KOR", "KR1234567");
                assertThat(Views.rows(c, "SELECT f.source_file, d.nationality_iso3, d.passport_hmac FROM deportation d "
                        + "JOIN file_load l ON l.load_id = d.load_id JOIN source_file f ON f.file_id = l.file_id "
                        + "ORDER BY f.source_file, d.source_row", false)).containsExactly(
                        List.of("register 3 feb.xlsx", "KOR", korean),
                        List.of("register 4 feb.xlsx", "KOR", korean),
                        List.of("register 4 feb.xlsx", "MMR", hmac(key, "MMR", "KR1234567")));
                assertThat(org.tonle.hostile.WarehouseText.everyTable(c)).doesNotContain("1234567")
                        .doesNotContain("Min-jun").doesNotContain("Aung Win");
            }
        }
    }

    /** A deportation register: the sample's headers, then one row per person deported that day. */
    @SafeVarargs
    static void register(Path file, String date, List<String>... people) throws Exception {
        try (XSSFWorkbook wb = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
            Sheet sheet = wb.createSheet("Register");
            List<String> headers = List.of("No.", "Full name", "Sex", "Date of birth", "Nationality", "Passport No.",
                    "Date of arrest", "Date of deportation", "Exit point", "Status", "Case ref.");
            Row head = sheet.createRow(0);
            for (int i = 0; i < headers.size(); i++) {
                head.createCell(i).setCellValue(headers.get(i));
            }
            for (int r = 0; r < people.length; r++) {
                List<String> p = people[r];
                List<String> cells = List.of(String.valueOf(r + 1), p.get(0), p.get(1), "1990", p.get(2), p.get(3),
                        "", date, "Techo International Airport", "Victim", "");
                Row row = sheet.createRow(r + 1);
                for (int i = 0; i < cells.size(); i++) {
                    row.createCell(i).setCellValue(cells.get(i));
                }
            }
            wb.write(out);
        }
    }
}
