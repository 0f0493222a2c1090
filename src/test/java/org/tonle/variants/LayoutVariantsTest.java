package org.tonle.variants;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.tonle.support.TestDatabase;
import org.tonle.support.TestInbox;
import org.tonle.variants.Book.Formula;

/**
 * Sheet layouts as clerks make them, end to end: merged title rows with a period line, a Khmer header
 * row above the English one, Khmer and English in one header cell, columns in another order, unknown
 * and hidden columns, blank rows inside the data, control rows followed by notes and signatures, a
 * Summary sheet, an old .xls, and a file that lacks a required column.
 */
class LayoutVariantsTest extends VariantRuns {

    @Override
    TestDatabase database() {
        return TestDatabase.h2(scratch);
    }

    @BeforeEach
    void emptyInbox() throws Exception {
        inbox = TestInbox.empty(scratch.resolve("inbox"));
    }

    @Test
    void aClerksRegisterLoadsByItsEnglishHeadersAndItsPeriodHoldsBackARowOutsideIt() throws Exception {
        Book.xlsx(false).sheet("ទិន្នន័យ Data")
                .title("ព្រះរាជាណាចក្រកម្ពុជា KINGDOM OF CAMBODIA", 12)
                .title("អគ្គនាយកដ្ឋានអន្តោប្រវេសន៍ General Department of Immigration", 12)
                .title("Period: 01/02/2026 - 28/02/2026", 12).blank()
                // row 5: the Khmer header row; row 6: the English one, in another order, with extra columns
                .row("ល.រ", "ស្ថានភាព", "ឈ្មោះ", "ភេទ", null, "កាលបរិច្ឆេទនិរទេស", "លិខិតឆ្លងដែន", "ទូរស័ព្ទ", "កំណត់សម្គាល់")
                .row("No.", "Status", "Full name", "Sex", "សញ្ជាតិ\nNationality", "ថ្ងៃនិរទេស\nDate of deportation",
                        "Passport No.", "Phone", "Internal note", "Exit point")
                .row(1, "Suspect", "A One", "ប្រុស", "ជនជាតិចិន", LocalDate.of(2026, 2, 2), "E1234567", "012 345 678",
                        "seen by Mr X", "Techo International Airport")
                .blank()
                .row(2, "Victim", "B Two", "ស្រី", "Chinese", LocalDate.of(2026, 2, 2), "E7654321", null, null,
                        "Techo International Airport")
                .row(3, "Suspect", "C Three", "M", "中国", LocalDate.of(2026, 3, 3), "N/A", null, null,
                        "Techo International Airport")
                .blank().blank()
                .row(4, "Suspect/Victim", "D Four", "F", "ＣＨＮ", LocalDate.of(2026, 2, 2), "-", null, null,
                        "Techo International Airport")
                .row("Grand total", 4)
                .blank()
                .row("Note: one person was deported on 3 March with the February group.")
                .row(null, "Prepared by: ........", null, null, null, "Approved by: ........")
                .hide(8)
                .sheet("Summary")
                .row("Nationality", "Male", "Female", "Total")
                .row("China", 2, 2, new Formula("B2+C2", 4))
                .row("សរុប", new Formula("SUM(B2:B2)", 2), new Formula("SUM(C2:C2)", 2), new Formula("SUM(D2:D2)", 4))
                .save(file("immigration", "register feb 2026.xlsx"), arrival(1));
        Book.xlsx(false).sheet("Sheet1").row("No.", "Full name", "Sex", "Nationality", "Date of deportation")
                .row(1, "E Five", "M", "KOR", LocalDate.of(2026, 1, 9))
                .save(file("immigration", "no status column.xlsx"), arrival(2));
        Book.xls(false).sheet("Cases")
                .title("ក្រសួងយុត្តិធម៌ Ministry of Justice", 8).title("Kampot Provincial Court, first quarter 2026", 8)
                .row("លេខសំណុំរឿង", "តុលាការ", "កាលបរិច្ឆេទ", "ចោទប្រកាន់", "ជនជាប់ចោទ", "ផ្តន្ទាទោស", "សញ្ជាតិ", "ស្ថានភាព")
                .row("Case No.", "Court", "Filing date", "Charges", "Defendants", "Convicted", "Defendant nationalities",
                        "Status")
                .row("5/2026", "Kampot Provincial Court", LocalDate.of(2026, 1, 12), "Fraud", 4, 3, "ចិន", "Convicted")
                .row("6/2026", "Kampot Provincial Court", "១៥ មករា ២០២៦", "Fraud; Illegal confinement", 2, null,
                        "Vietnamese", "Pending")
                .row("TOTAL", null, null, null, new Formula("SUM(E5:E6)", 6), new Formula("SUM(F5:F6)", 3))
                .row(null, "Judge: ........")
                .save(file("courts", "kampot court Q1.xls"), arrival(3));

        var result = run();
        assertThat(result.exitCode()).as(result.out() + result.err()).isEqualTo(2);

        String feb = "register feb 2026.xlsx";
        assertThat(rows("SELECT deportation_date, nationality_iso3, sex, status, exit_point, persons "
                + "FROM rpt_deportations ORDER BY sex, status")).containsExactly(
                List.of("2026-02-02", "CHN", "F", "SUSPECT_VICTIM", "Techo International Airport", "1"),
                List.of("2026-02-02", "CHN", "F", "VICTIM", "Techo International Airport", "1"),
                List.of("2026-02-02", "CHN", "M", "SUSPECT", "Techo International Airport", "1"));
        // the header is row 6; the row of 3 March is Excel's row 10 and its date is in column F
        assertThat(heldBack(feb)).containsExactly(List.of("10", "ទិន្នន័យ Data", "row 10, rule 'deportation_date must "
                + "fall inside the period the file declares': 2026-03-03 is outside 2026-02-01 – 2026-02-28"));
        // blank rows inside the data are counted apart; those after the Grand total row are not data at all
        assertThat(fileRow(feb)).containsExactly(List.of("LOADED", "4", "3", "1", "EXPLAINED",
                "persons in control row: 4 declared = 3 loaded + 1 held back; male in summary sheet: 2 declared = 1 "
                        + "loaded + 1 held back; persons in summary sheet: 4 declared = 3 loaded + 1 held back; male (CHN) "
                        + "in summary sheet: 2 declared = 1 loaded + 1 held back; persons (CHN) in summary sheet: 4 "
                        + "declared = 3 loaded + 1 held back", "null"));
        assertThat(ledger(feb)).containsExactly(List.of("3", "2026-02-01", "2026-02-28"));
        assertThat(rows("SELECT source, nationality_iso3, measure, declared, loaded, held_back, status "
                + "FROM rpt_file_checks WHERE source_file = '" + feb + "' ORDER BY source, nationality_iso3, measure"))
                .containsExactly(
                        List.of("control row", "ALL", "persons", "4", "3", "1", "EXPLAINED"),
                        List.of("summary sheet", "ALL", "female", "2", "2", "0", "MATCH"),
                        List.of("summary sheet", "ALL", "male", "2", "1", "1", "EXPLAINED"),
                        List.of("summary sheet", "ALL", "persons", "4", "3", "1", "EXPLAINED"),
                        List.of("summary sheet", "CHN", "female", "2", "2", "0", "MATCH"),
                        List.of("summary sheet", "CHN", "male", "2", "1", "1", "EXPLAINED"),
                        List.of("summary sheet", "CHN", "persons", "4", "3", "1", "EXPLAINED"));

        assertThat(fileRow("no status column.xlsx")).containsExactly(List.of("REFUSED", "null", "null", "null", "null",
                "null", "immigration/no status column.xlsx, sheet 'Sheet1', header row 1: required column 'Status' "
                        + "not found"));

        assertThat(rows("SELECT case_no, filing_date, defendants, convicted, status FROM rpt_court_cases ORDER BY case_no"))
                .containsExactly(List.of("5/2026", "2026-01-12", "4", "3", "CONVICTED"),
                        List.of("6/2026", "2026-01-15", "2", "null", "PENDING"));
        assertThat(rows("SELECT case_no, nationality_iso3, defendants FROM rpt_court_defendants ORDER BY case_no"))
                .containsExactly(List.of("5/2026", "CHN", "4"), List.of("6/2026", "VNM", "2"));
        assertThat(fileRow("kampot court Q1.xls")).containsExactly(List.of("LOADED", "2", "2", "0", "MATCH", "", "null"));
    }
}
