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
 * Dates in workbooks, end to end: date cells in both of Excel's date systems (xlsx and xls), bare
 * serial numbers in a date column, and formulas, which are never evaluated: the saved value is used,
 * and a formula without one is a held-back cell.
 */
abstract class WorkbookVariantsTest extends VariantRuns {

    static final int SERIAL_23_JAN_2026 = 46045; // in the 1900 system; in a 1904 book it is 2030-01-24

    @BeforeEach
    void emptyInbox() throws Exception {
        inbox = TestInbox.empty(scratch.resolve("inbox"));
    }

    @Test
    void dateCellsOf1904BooksAreTheirDatesAndABareSerialInOneIsReadIn1904() throws Exception {
        Book.xlsx(true).sheet("Register")
                .title("General Department of Immigration", 11).title("Deportation date: 23/01/2026", 11).blank()
                .row(REGISTER.toArray())
                .row(1, "A One", "M", LocalDate.of(1990, 5, 4), "KOR", "M1234567", LocalDate.of(2026, 1, 10),
                        LocalDate.of(2026, 1, 23), "Techo International Airport", "Suspect", null)
                .row(2, "B Two", "F", 1994, "KOR", "M7654321", null, SERIAL_23_JAN_2026,
                        "Techo International Airport", "Victim", null)
                .row("Total", 2)
                .save(file("immigration", "mac register 1904.xlsx"), arrival(1));
        Book.xls(true).sheet("Sheet1")
                .title("Banteay Meanchey Provincial Immigration Office", 11).title("Deportation date: 15/01/2026", 11)
                .row(REGISTER.toArray())
                .row(1, "C Three", "Male", LocalDate.of(1988, 12, 31), "Thailand", "AA1234567",
                        LocalDate.of(2026, 1, 2), LocalDate.of(2026, 1, 15), "Poipet", "Suspect", "BM-2026-1")
                .row("Total", 1)
                .save(file("immigration", "poipet 1904.xls"), arrival(2));

        var result = run();
        assertThat(result.exitCode()).as(result.out() + result.err()).isEqualTo(2);
        assertThat(rows("SELECT deportation_date, nationality_iso3, sex, exit_point, persons FROM rpt_deportations "
                + "ORDER BY deportation_date")).containsExactly(
                List.of("2026-01-15", "THA", "M", "Poipet", "1"),
                List.of("2026-01-23", "KOR", "M", "Techo International Airport", "1"));
        // 46045 days from 1904-01-01 is 24 January 2030: in the future, and outside the declared day
        assertThat(heldBack("mac register 1904.xlsx")).containsExactly(List.of("6", "Register",
                "row 6, rule 'deportation_date must not be in the future': 2030-01-24 is after today (" + today()
                        + "); rule 'deportation_date must fall inside the period the file declares': 2030-01-24 is outside "
                        + "2026-01-23 – 2026-01-23"));
        assertThat(fileRow("mac register 1904.xlsx")).containsExactly(List.of("LOADED", "2", "1", "1", "EXPLAINED",
                "persons in control row: 2 declared = 1 loaded + 1 held back", "null"));
        assertThat(fileRow("poipet 1904.xls")).containsExactly(List.of("LOADED", "1", "1", "0", "MATCH", "", "null"));
        // birth dates in a 1904 book: 4 May 1990 gives 1990, not 1994
        assertThat(rows("SELECT birth_year FROM deportation ORDER BY deportation_date"))
                .containsExactly(List.of("1988"), List.of("1990"));
        assertThat(ledger("poipet 1904.xls")).containsExactly(List.of("0", "2026-01-15", "2026-01-15"));
    }

    @Test
    void bareSerialsAreDatesInADateColumnAndFormulasGiveTheirSavedValue() throws Exception {
        Book book = Book.xlsx(false).sheet("Register").row(REGISTER.toArray());
        book.row(1, "D Four", "M", 1991, "MMR", "MD1234567", 46032, SERIAL_23_JAN_2026, "Techo International Airport",
                        "Suspect", "PP-2026-1")
                .row(2, "E Five", "F", 1992, "MMR", "MD7654321", 46032,
                        new Formula("DATE(2026,1,23)", LocalDate.of(2026, 1, 23)), "Techo International Airport",
                        new Formula("\"Suspect\"", "Suspect"), "PP-2026-1")
                .row(3, "F Six", "F", 1993, "MMR", "MD1111111", 46032, new Formula("H2+1", null),
                        "Techo International Airport", "Victim", null)
                .row(new Formula("\"Total\"", "Total"), new Formula("COUNTA(B2:B4)", 3))
                .save(file("immigration", "serials and formulas.xlsx"), arrival(1));
        Book.xls(false).sheet("Register")
                .title("Svay Rieng Provincial Immigration Office", 11).title("Deportation date: 20/01/2026", 11)
                .row(REGISTER.toArray())
                .row(1, "G Seven", "M", 1985, "Viet Nam", "C1234567", LocalDate.of(2026, 1, 5),
                        new Formula("DATE(2026,1,20)", LocalDate.of(2026, 1, 20)), "Bavet", "Suspect", null)
                .row(2, "H Eight", "F", 1986, "VNM", "C7654321", 46027, 46042, "Bavet",
                        new Formula("\"Victim\"", "Victim"), null)
                .row("Total", new Formula("COUNTA(B4:B5)", 2))
                .save(file("immigration", "bavet.xls"), arrival(2));

        var result = run();
        assertThat(result.exitCode()).as(result.out() + result.err()).isEqualTo(2);
        assertThat(rows("SELECT deportation_date, nationality_iso3, sex, status, exit_point, persons "
                + "FROM rpt_deportations ORDER BY deportation_date, sex")).containsExactly(
                List.of("2026-01-20", "VNM", "F", "VICTIM", "Bavet", "1"),
                List.of("2026-01-20", "VNM", "M", "SUSPECT", "Bavet", "1"),
                List.of("2026-01-23", "MMR", "F", "SUSPECT", "Techo International Airport", "1"),
                List.of("2026-01-23", "MMR", "M", "SUSPECT", "Techo International Airport", "1"));
        assertThat(rows("SELECT arrest_date FROM deportation ORDER BY source_row, deportation_date"))
                .containsExactly(List.of("2026-01-10"), List.of("2026-01-10"), List.of("2026-01-05"),
                        List.of("2026-01-05"));
        assertThat(heldBack("serials and formulas.xlsx")).containsExactly(List.of("4", "Register",
                "row 4, column H 'Date of deportation': cell H4 holds a formula with no saved value"));
        assertThat(fileRow("serials and formulas.xlsx")).containsExactly(List.of("LOADED", "3", "2", "1", "EXPLAINED",
                "persons in control row: 3 declared = 2 loaded + 1 held back", "null"));
        assertThat(fileRow("bavet.xls")).containsExactly(List.of("LOADED", "2", "2", "0", "MATCH", "", "null"));
    }
}
