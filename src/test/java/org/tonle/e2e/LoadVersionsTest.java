package org.tonle.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tonle.support.TestDatabase;
import org.tonle.support.TestInbox;
import org.tonle.support.TonleRun;
import org.tonle.support.Views;

/**
 * Loads analysts can trust: corrected re-sends replace exactly their period, duplicates change nothing,
 * a failed publish changes nothing, control totals are checked, courts change case by case, arrival
 * order decides, and the reconciliation history shows when a mismatch came and went.
 */
abstract class LoadVersionsTest {

    static final Instant LATER = TestInbox.SAMPLE_ARRIVAL.plusSeconds(3600);
    static final String POLICE_HEADER = "operation_id,operation_date,province,nationality,suspects_arrested,"
            + "of_which_female,victims_rescued,remarks";
    static final List<String> COURT_HEADER = List.of("Case No.", "Court", "Filing date", "Verdict date", "Charges",
            "Defendants", "Convicted", "Defendant nationalities", "Status", "Max sentence (years)");

    @TempDir
    Path scratch;
    TestInbox inbox;
    TestDatabase db;

    abstract TestDatabase database() throws Exception;

    @BeforeEach
    void freshDatabaseAndSampleInbox() throws Exception {
        inbox = TestInbox.copyOfSample(scratch.resolve("inbox"));
        db = database();
    }

    @AfterEach
    void dropDatabase() throws Exception {
        db.close();
    }

    private TonleRun.Result run(String... extra) {
        String[] args = new String[extra.length + 2];
        args[0] = "run";
        args[1] = inbox.arg();
        System.arraycopy(extra, 0, args, 2, extra.length);
        return TonleRun.run(db, scratch, args);
    }

    private List<List<String>> rows(String sql) throws Exception {
        try (Connection c = db.connect()) {
            return Views.rows(c, sql, false);
        }
    }

    private String dump(String view) throws Exception {
        try (Connection c = db.connect()) {
            return Views.dump(c, view, Views.ORDER.get(view));
        }
    }

    private Map<String, String> dataViews() throws Exception {
        return Views.ORDER.keySet().stream().filter(v -> !v.equals("rpt_files") && !v.equals("rpt_file_checks"))
                .collect(Collectors.toMap(v -> v, v -> {
                    try {
                        return dump(v);
                    } catch (Exception e) {
                        throw new IllegalStateException(e);
                    }
                }));
    }

    @Test
    void correctedResendReplacesExactlyTheRowsOfItsMonth() throws Exception {
        assertThat(run().exitCode()).isEqualTo(2);
        List<List<String>> february = rows("SELECT * FROM rpt_arrests WHERE operation_date >= DATE '2026-02-01' "
                + "ORDER BY operation_id, nationality_iso3");
        inbox.csv("police", "police_arrests_2026-01 CORRECTED.csv", LATER, POLICE_HEADER,
                "OP-2026-0101,27/01/2026,Phnom Penh,THA,20,1,0,", "OP-2026-0101,27/01/2026,Phnom Penh,VNM,39,12,0,");
        assertThat(run().exitCode()).isEqualTo(2);
        assertThat(rows("SELECT operation_id, nationality_iso3, suspects_arrested FROM rpt_arrests "
                + "WHERE operation_date < DATE '2026-02-01' ORDER BY nationality_iso3"))
                .containsExactly(List.of("OP-2026-0101", "THA", "20"), List.of("OP-2026-0101", "VNM", "39"));
        assertThat(rows("SELECT * FROM rpt_arrests WHERE operation_date >= DATE '2026-02-01' "
                + "ORDER BY operation_id, nationality_iso3")).isEqualTo(february);
        assertThat(rows("SELECT source_file, status, superseded_by FROM rpt_files WHERE feed = 'police' "
                + "ORDER BY source_file")).containsExactly(
                List.of("arrests feb 2026.csv", "LOADED", "null"),
                List.of("police_arrests_2026-01 CORRECTED.csv", "LOADED", "null"),
                List.of("police_arrests_2026-01.csv", "SUPERSEDED", "police_arrests_2026-01 CORRECTED.csv"));
        assertThat(rows("SELECT published, detailed, status FROM rpt_reconciliation WHERE period = '2026-01' "
                + "AND measure = 'arrested' AND nationality_iso3 = 'THA'"))
                .containsExactly(List.of("198", "20", "MISMATCH"));
    }

    @Test
    void theSameBytesUnderAnotherNameAreRecordedAndLoadedOnce() throws Exception {
        run();
        Map<String, String> before = dataViews();
        inbox.copy(inbox.root().resolve("police/police_arrests_2026-01.csv"), "police", "copy of police Jan.csv",
                LATER);
        TonleRun.Result again = run();
        assertThat(again.exitCode()).isEqualTo(2);
        assertThat(again.out()).contains("DUPLICATE").contains("same bytes as police_arrests_2026-01.csv");
        assertThat(dataViews()).isEqualTo(before);
        assertThat(rows("SELECT status, duplicate_of, rows_loaded FROM rpt_files WHERE source_file = 'copy of police Jan.csv'"))
                .containsExactly(List.of("DUPLICATE", "police_arrests_2026-01.csv", "null"));
    }

    @Test
    void aFailingPublishLeavesEveryViewAsItWasAndTheNextRunFinishesIt() throws Exception {
        run();
        Map<String, String> before = dataViews();
        inbox.csv("police", "police Jan resend.csv", LATER, POLICE_HEADER, "OP-2026-0101,27/01/2026,Phnom Penh,THA,20,1,0,");
        TonleRun.Result failed = run("--tonle.test.fail-publish=true");
        assertThat(failed.exitCode()).isEqualTo(1);
        assertThat(dataViews()).isEqualTo(before);
        assertThat(rows("SELECT status, rows_read, rows_loaded FROM rpt_files WHERE source_file = 'police Jan resend.csv'"))
                .containsExactly(List.of("FAILED", "1", "1"));

        TonleRun.Result healed = run();
        assertThat(healed.exitCode()).isEqualTo(2);
        assertThat(rows("SELECT nationality_iso3, suspects_arrested FROM rpt_arrests WHERE operation_date < DATE '2026-02-01'"))
                .containsExactly(List.of("THA", "20"));
    }

    @Test
    void aControlTotalThatDisagreesShowsTheDifferenceNotExplainedByHeldBackRows() throws Exception {
        inbox.csv("police", "march.csv", LATER, POLICE_HEADER,
                "OP-2026-0501,02/03/2026,Kampot,CHN,60,10,0,", "OP-2026-0501,02/03/2026,Kampot,VNM,30,5,0,",
                "OP-2026-0502,05/03/2026,Kampot,Korea,5,0,0,", "TOTAL,,,,100,15,0,");
        run();
        assertThat(rows("SELECT measure, declared, loaded, held_back, difference, status FROM rpt_file_checks "
                + "WHERE source_file = 'march.csv' ORDER BY measure")).containsExactly(
                List.of("of_which_female", "15", "15", "0", "0", "MATCH"),
                List.of("suspects_arrested", "100", "90", "5", "10", "MISMATCH"),
                List.of("victims_rescued", "0", "0", "0", "0", "MATCH"));
        assertThat(rows("SELECT check_status, check_detail FROM rpt_files WHERE source_file = 'march.csv'"))
                .containsExactly(List.of("MISMATCH", "suspects_arrested in control row: 100 declared, 90 loaded, "
                        + "5 held back: a difference of 5"));
    }

    @Test
    void courtsChangeCaseByCaseAndKeepEveryStateAsHistory() throws Exception {
        run();
        inbox.xlsx("courts", "courts_2026_Q2.xlsx", LATER, List.of("Ministry of Justice", "Second quarter 2026"),
                COURT_HEADER, List.of(
                        List.of("1/2026", "Phnom Penh Municipal Court", LocalDate.of(2025, 11, 9),
                                LocalDate.of(2026, 5, 4), "Fraud", 9, 9, "China (6); Vietnam (3)", "Convicted", 12),
                        List.of("40/2026", "Phnom Penh Municipal Court", LocalDate.of(2026, 4, 2), "", "Fraud", 3,
                                "", "Vietnam", "Pending", "")));
        run();
        assertThat(rows("SELECT COUNT(*), SUM(convicted) FROM rpt_court_cases")).containsExactly(List.of("38", "180"));
        assertThat(rows("SELECT status, defendants, convicted, max_sentence_years FROM rpt_court_cases "
                + "WHERE court = 'Phnom Penh Municipal Court' AND case_no = '1/2026'"))
                .containsExactly(List.of("CONVICTED", "9", "9", "12"));
        assertThat(rows("SELECT status, convicted, source_file FROM rpt_court_case_history "
                + "WHERE case_no = '1/2026' ORDER BY source_file")).containsExactly(
                List.of("APPEAL", "1", "courts_2026_Q1.xlsx"), List.of("CONVICTED", "9", "courts_2026_Q2.xlsx"));
        assertThat(rows("SELECT source_file, status FROM rpt_files WHERE feed = 'courts' ORDER BY source_file"))
                .containsExactly(List.of("courts_2026_Q1.xlsx", "LOADED"), List.of("courts_2026_Q2.xlsx", "LOADED"));
    }

    @Test
    void theLaterArrivalWinsEvenWhenItsNameSortsFirst() throws Exception {
        inbox = TestInbox.empty(scratch.resolve("courts-only"));
        inbox.xlsx("courts", "b first quarter.xlsx", LATER, List.of(), COURT_HEADER, List.of(
                List.of("7/2026", "Kampot Provincial Court", LocalDate.of(2026, 1, 5), "", "Fraud", 4, "", "China",
                        "Pending", "")));
        inbox.xlsx("courts", "a second quarter.xlsx", LATER.plusSeconds(60), List.of(), COURT_HEADER, List.of(
                List.of("7/2026", "Kampot Provincial Court", LocalDate.of(2026, 1, 5), LocalDate.of(2026, 4, 20),
                        "Fraud", 4, 3, "China", "Convicted", 7)));
        run();
        assertThat(rows("SELECT status, convicted FROM rpt_court_cases")).containsExactly(List.of("CONVICTED", "3"));
        assertThat(rows("SELECT source_file, status, superseded_by FROM rpt_files ORDER BY source_file")).containsExactly(
                List.of("a second quarter.xlsx", "LOADED", "null"),
                List.of("b first quarter.xlsx", "SUPERSEDED", "a second quarter.xlsx"));
    }

    @Test
    void aRegisterThatDeclaresAMonthReplacesEveryDayOfIt() throws Exception {
        run();
        inbox.xlsx("immigration", "register feb 2026 (corrected).xlsx", LATER,
                List.of("General Department of Immigration", "Period: 01/02/2026 - 28/02/2026"),
                List.of("No.", "Full name", "Sex", "Nationality", "Date of deportation", "Status"), List.of(
                        List.of(1, "Wang Wei", "M", "China", LocalDate.of(2026, 2, 6), "Suspect"),
                        List.of(2, "Li Fang", "F", "CHN", LocalDate.of(2026, 2, 6), "Victim")));
        run();
        assertThat(rows("SELECT deportation_date, nationality_iso3, sex, status, persons FROM rpt_deportations "
                + "WHERE deportation_date >= DATE '2026-02-01' ORDER BY sex")).containsExactly(
                List.of("2026-02-06", "CHN", "F", "VICTIM", "1"), List.of("2026-02-06", "CHN", "M", "SUSPECT", "1"));
        assertThat(rows("SELECT COUNT(*) FROM rpt_held_back WHERE feed = 'immigration'")).containsExactly(List.of("0"));
        assertThat(rows("SELECT SUM(persons) FROM rpt_deportations")).containsExactly(List.of("259"));
    }

    @Test
    void theReconciliationHistoryShowsWhenAMismatchWasResolved() throws Exception {
        run();
        String published = Files.readString(inbox.root().resolve("interior-stats/moi-monthly-2026-01.csv"));
        assertThat(published).contains("2026-01,THA,198,9,37");
        inbox.csv("interior-stats", "moi-monthly-2026-01 v2.csv", LATER,
                published.replace("2026-01,THA,198,9,37", "2026-01,THA,198,8,37").strip().split("\r\n"));
        TonleRun.Result second = run();
        assertThat(second.out()).contains("2026-01 deported     MATCH    published 257, immigration 257");
        assertThat(rows("SELECT run_id, status, published, detailed FROM rpt_reconciliation_runs "
                + "WHERE nationality_iso3 = 'THA' AND measure = 'deported' ORDER BY run_id"))
                .containsExactly(List.of("1", "MISMATCH", "9", "8"), List.of("2", "MATCH", "8", "8"));
        assertThat(rows("SELECT COUNT(*) FROM rpt_reconciliation WHERE status = 'MISMATCH'")).containsExactly(List.of("0"));
    }

    @Test
    void aHeldBackRowClaimsNoDayOfAnotherFile() throws Exception {
        run();
        inbox.xlsx("immigration", "batch 23 jan resend.xlsx", LATER,
                List.of("General Department of Immigration", "Deportation date: 23/01/2026"),
                List.of("No.", "Full name", "Sex", "Nationality", "Date of deportation", "Status"), List.of(
                        List.of(1, "Kim Min-jun", "M", "KOR", LocalDate.of(2026, 1, 23), "Suspect"),
                        List.of(2, "Lee Ji-ho", "M", "KOR", LocalDate.of(2026, 1, 15), "Suspect")));
        run();
        assertThat(rows("SELECT deportation_date, SUM(persons) FROM rpt_deportations "
                + "WHERE deportation_date < DATE '2026-02-01' GROUP BY deportation_date ORDER BY 1"))
                .containsExactly(List.of("2026-01-15", "48"), List.of("2026-01-23", "1"));
        assertThat(rows("SELECT source_file, status, superseded_by FROM rpt_files WHERE feed = 'immigration' "
                + "AND source_file LIKE '%.xlsx' ORDER BY source_file")).containsExactly(
                List.of("2026-01-23 Deportation register KOR-MMR.xlsx", "SUPERSEDED", "batch 23 jan resend.xlsx"),
                List.of("batch 23 jan resend.xlsx", "LOADED", "null"),
                List.of("deportation_batch_2026-01-15.xlsx", "LOADED", "null"));
        assertThat(rows("SELECT source_row, reason FROM rpt_held_back WHERE source_file = 'batch 23 jan resend.xlsx'"))
                .containsExactly(List.of("5", "row 5, rule 'deportation_date must fall inside the period the file "
                        + "declares': 2026-01-15 is outside 2026-01-23 – 2026-01-23"));
    }

    @Test
    void aLoadThatFailedInItsCheckStepIsRestartedByTheNextRun() throws Exception {
        run();
        inbox.csv("police", "police Jan resend.csv", LATER, POLICE_HEADER, "OP-2026-0101,27/01/2026,Phnom Penh,THA,20,1,0,");
        assertThat(run("--tonle.test.fail-check=true").exitCode()).isEqualTo(1);
        assertThat(rows("SELECT status FROM rpt_files WHERE source_file = 'police Jan resend.csv'"))
                .containsExactly(List.of("FAILED"));
        TonleRun.Result healed = run();
        assertThat(healed.exitCode()).as(healed.out()).isEqualTo(2);
        assertThat(rows("SELECT status, rows_read, rows_loaded FROM rpt_files WHERE source_file = 'police Jan resend.csv'"))
                .containsExactly(List.of("LOADED", "1", "1"));
        assertThat(rows("SELECT nationality_iso3, suspects_arrested FROM rpt_arrests WHERE operation_date < DATE '2026-02-01'"))
                .containsExactly(List.of("THA", "20"));
    }

    @Test
    void heldBackRowsLeaveWhenALaterFileReplacesTheirMonth() throws Exception {
        run();
        assertThat(rows("SELECT source_row FROM rpt_held_back WHERE feed = 'police'")).containsExactly(List.of("7"));
        inbox.csv("police", "arrests feb 2026 corrected.csv", LATER, POLICE_HEADER,
                "OP-2026-0303,03/02/2026,Svay Rieng,Nigeria,17,1,0,");
        run();
        assertThat(rows("SELECT COUNT(*) FROM rpt_held_back WHERE feed = 'police'")).containsExactly(List.of("0"));
        assertThat(TonleRun.run(db, scratch, "nationalities", "unmapped").out()).doesNotContain("Nigera");
        assertThat(rows("SELECT nationality_iso3, suspects_arrested FROM rpt_arrests "
                + "WHERE operation_date >= DATE '2026-02-01'")).containsExactly(List.of("NGA", "17"));
    }

    @Test
    void aControlTotalThatAHeldBackRowWouldBreakIsAMismatchNotAMatch() throws Exception {
        inbox.csv("police", "april.csv", LATER, POLICE_HEADER,
                "OP-2026-0601,02/04/2026,Kampot,CHN,60,0,0,", "OP-2026-0601,02/04/2026,Kampot,VNM,30,0,0,",
                "OP-2026-0602,05/04/2026,Kampot,Korea,5,0,0,", "TOTAL,,,,90,0,0,");
        run();
        assertThat(rows("SELECT declared, loaded, held_back, status FROM rpt_file_checks "
                + "WHERE source_file = 'april.csv' AND measure = 'suspects_arrested'"))
                .containsExactly(List.of("90", "90", "5", "MISMATCH"));
    }

    @Test
    void twoFilesSavedWithinOneMillisecondArriveInTheirTrueOrder() throws Exception {
        inbox = TestInbox.empty(scratch.resolve("same-millisecond"));
        inbox.csv("police", "b.csv", LATER.plusNanos(100_000), POLICE_HEADER, "OP-2026-0701,02/03/2026,Kampot,CHN,60,0,0,");
        inbox.csv("police", "a.csv", LATER.plusNanos(400_000), POLICE_HEADER, "OP-2026-0701,02/03/2026,Kampot,CHN,70,0,0,");
        run();
        assertThat(rows("SELECT suspects_arrested FROM rpt_arrests")).containsExactly(List.of("70"));
        assertThat(rows("SELECT source_file, status FROM rpt_files ORDER BY source_file"))
                .containsExactly(List.of("a.csv", "LOADED"), List.of("b.csv", "SUPERSEDED"));
    }

    @Test
    void summaryRowsThatNameOneNationalityTwiceAreAddedUp() throws Exception {
        inbox = TestInbox.empty(scratch.resolve("summary"));
        Path file = inbox.xlsx("immigration", "kor.xlsx", LATER, List.of("Deportation date: 23/01/2026"),
                List.of("No.", "Full name", "Sex", "Nationality", "Date of deportation", "Status"), List.of(
                        List.of(1, "Kim", "M", "South Korea", LocalDate.of(2026, 1, 23), "Suspect"),
                        List.of(2, "Lee", "F", "KOR", LocalDate.of(2026, 1, 23), "Victim"),
                        List.of(3, "Park", "M", "Republic of Korea", LocalDate.of(2026, 1, 23), "Suspect")));
        try (var in = Files.newInputStream(file);
             var wb = new org.apache.poi.xssf.usermodel.XSSFWorkbook(in)) {
            var summary = wb.createSheet("Summary");
            String[][] lines = {{"Nationality", "Male", "Female", "Total"}, {"South Korea", "1", "1", "2"},
                    {"Republic of Korea", "1", "0", "1"}, {"Total", "2", "1", "3"}};
            for (int r = 0; r < lines.length; r++) {
                var row = summary.createRow(r);
                for (int c = 0; c < 4; c++) {
                    if (r > 0 && c > 0) {
                        row.createCell(c).setCellValue(Integer.parseInt(lines[r][c]));
                    } else {
                        row.createCell(c).setCellValue(lines[r][c]);
                    }
                }
            }
            try (var out = Files.newOutputStream(scratch.resolve("kor.xlsx"))) {
                wb.write(out);
            }
        }
        Files.move(scratch.resolve("kor.xlsx"), file, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        Files.setLastModifiedTime(file, java.nio.file.attribute.FileTime.from(LATER));
        run();
        assertThat(rows("SELECT nationality_iso3, measure, declared, loaded, status FROM rpt_file_checks "
                + "WHERE source = 'summary sheet' ORDER BY nationality_iso3, measure")).containsExactly(
                List.of("ALL", "female", "1", "1", "MATCH"), List.of("ALL", "male", "2", "2", "MATCH"),
                List.of("ALL", "persons", "3", "3", "MATCH"), List.of("KOR", "female", "1", "1", "MATCH"),
                List.of("KOR", "male", "2", "2", "MATCH"), List.of("KOR", "persons", "3", "3", "MATCH"));
    }
}
