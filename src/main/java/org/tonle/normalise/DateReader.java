package org.tonle.normalise;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.tonle.read.Cell;

/**
 * Reads dates of day-first feeds from cells: Excel date cells, Excel serial numbers (either date
 * system), and text in the forms the ministries write. Never guesses: anything else is held back.
 *
 * <p>A blank cell is the value null: whether the field is required, in the future or inside the
 * declared period is the caller's rule. Times of day after a date are checked and dropped.
 */
public final class DateReader {

    /** Years written with two digits are read as 2000 + yy when yy <= pivot, else 1900 + yy. */
    public static final int TWO_DIGIT_YEAR_PIVOT = 69;

    // A file repeats the same few hundred date texts; reading one is a pure function of the text.
    private static final int CACHE_LIMIT = 100_000;
    private final Map<String, Resolution<LocalDate>> textDates = new ConcurrentHashMap<>();

    public Resolution<LocalDate> readDate(Cell cell, boolean date1904) {
        switch (cell.kind()) {
            case BLANK:
                return Resolution.of(null);
            case ERROR:
                return Resolution.heldBack(cell.display());
            case DATE:
                return fromDateCell(cell);
            case NUMBER:
                return fromNumber(cell, date1904);
            default:
                return textDate(cell.display());
        }
    }

    private Resolution<LocalDate> textDate(String text) {
        Resolution<LocalDate> cached = textDates.get(text);
        if (cached == null) {
            cached = DateTextParser.date(text, DateTextParser.prepare(text));
            if (textDates.size() < CACHE_LIMIT) {
                textDates.putIfAbsent(text, cached);
            }
        }
        return cached;
    }

    /** A date, or a year alone (e.g. a birth year "1994"), returned as January 1st with yearOnly=true. */
    public Resolution<PartialDate> readDateOrYear(Cell cell, boolean date1904) {
        if (cell.kind() == Cell.Kind.TEXT) {
            String prepared = DateTextParser.prepare(cell.display());
            if (DateTextParser.isYearAlone(prepared)) {
                return year(cell.display(), Integer.parseInt(prepared));
            }
            return whole(DateTextParser.date(cell.display(), prepared));
        }
        if (cell.kind() == Cell.Kind.NUMBER && isWhole(cell.number())
                && cell.number() >= DateRules.FIRST_YEAR && cell.number() <= DateRules.LAST_YEAR) {
            return year(raw(cell), (int) (double) cell.number());
        }
        return whole(readDate(cell, date1904));
    }

    /**
     * A month: 2026-01, 01/2026, January 2026, Khmer month names and digits. A date cell gives
     * its month, because Excel stores a typed "Jan-26" as the date 2026-01-01. A full date written
     * as text ("01/01/2026") is held back: it may mean that day rather than its month.
     */
    public Resolution<YearMonth> readMonth(Cell cell, boolean date1904) {
        switch (cell.kind()) {
            case BLANK:
                return Resolution.of(null);
            case ERROR:
                return Resolution.heldBack(cell.display());
            case DATE:
                Resolution<LocalDate> date = fromDateCell(cell);
                return date.ok() ? Resolution.of(YearMonth.from(date.value())) : Resolution.heldBack(date.reason());
            case NUMBER:
                return Resolution.heldBack("month '" + raw(cell) + "' is a number, not a month");
            default:
                String raw = cell.display();
                String prepared = DateTextParser.prepare(raw);
                Resolution<YearMonth> month = DateTextParser.month(raw, prepared);
                if (!month.ok() && DateTextParser.date(raw, prepared).ok()) {
                    return Resolution.heldBack("month '" + raw + "' is a full date, not a month");
                }
                return month;
        }
    }

    private static Resolution<LocalDate> fromDateCell(Cell cell) {
        if (cell.date() == null) {
            return DateTextParser.unreadable(cell.display());
        }
        return DateRules.checked(raw(cell), cell.date().toLocalDate());
    }

    private static Resolution<LocalDate> fromNumber(Cell cell, boolean date1904) {
        Double serial = cell.number();
        if (serial == null) {
            return DateTextParser.unreadable(cell.display());
        }
        // A year typed into a date column becomes a serial day in 1905 (or 1906/07 for a BE year).
        if (isWhole(serial) && serial >= DateRules.FIRST_YEAR && serial <= DateRules.LAST_YEAR) {
            return Resolution.heldBack("'" + raw(cell) + "' looks like a year, not a date");
        }
        if (isWhole(serial) && DateRules.isBuddhistEra((int) (double) serial)) {
            return Resolution.heldBack("'" + raw(cell) + "' looks like a Buddhist-era year, not a date");
        }
        return DateSerials.date(serial, date1904, raw(cell));
    }

    private static Resolution<PartialDate> year(String raw, int year) {
        String problem = DateRules.yearProblem("year", raw, year);
        return problem == null
                ? Resolution.of(new PartialDate(LocalDate.of(year, 1, 1), true))
                : Resolution.heldBack(problem);
    }

    private static Resolution<PartialDate> whole(Resolution<LocalDate> date) {
        if (!date.ok()) {
            return Resolution.heldBack(date.reason());
        }
        return Resolution.of(date.value() == null ? null : new PartialDate(date.value(), false));
    }

    private static boolean isWhole(Double value) {
        return value != null && !value.isInfinite() && value == Math.rint(value);
    }

    // What the sender sees; a number cell read without its format falls back to the value.
    private static String raw(Cell cell) {
        if (!cell.display().isBlank()) {
            return cell.display();
        }
        Double number = cell.number();
        if (number != null && !number.isNaN() && !number.isInfinite()) {
            return WholeNumbers.plain(number);
        }
        return String.valueOf(number != null ? number : cell.date());
    }

    public record PartialDate(LocalDate date, boolean yearOnly) {
    }
}
