package org.tonle.normalise;

import java.time.LocalDate;
import java.time.Month;
import java.time.Year;

/** The checks every date passes, whatever form it came in. */
final class DateRules {

    static final int FIRST_YEAR = 1900;
    static final int LAST_YEAR = 2100;

    /*
     * Buddhist-era years for 1857-2157 CE. A Khmer BE year is CE + 543 or + 544 depending on
     * whether the date falls before or after Visakha Bochea, so it cannot be converted safely.
     */
    private static final int FIRST_BE_YEAR = 2400;
    private static final int LAST_BE_YEAR = 2700;

    private DateRules() {
    }

    static boolean isBuddhistEra(int year) {
        return year >= FIRST_BE_YEAR && year <= LAST_BE_YEAR;
    }

    /** The reason a year is refused, or null. */
    static String yearProblem(String what, String raw, int year) {
        if (year >= FIRST_YEAR && year <= LAST_YEAR) {
            return null;
        }
        if (isBuddhistEra(year)) {
            return what + " '" + raw + "': year " + year + " looks like a Buddhist-era year; it is not converted";
        }
        return what + " '" + raw + "': year " + year + " is outside " + FIRST_YEAR + " to " + LAST_YEAR;
    }

    /**
     * A calendar date, checked without rollover. {@code dayFirst} is set when day and month were
     * both written as numbers in day-first order, so that a month above 12 is reported as a
     * month-first date: the two are never swapped.
     */
    static Resolution<LocalDate> date(String raw, int year, int month, int day, boolean dayFirst) {
        String problem = yearProblem("date", raw, year);
        if (problem != null) {
            return Resolution.heldBack(problem);
        }
        if (dayFirst && month > 12) {
            return Resolution.heldBack("date '" + raw + "' is not a day-first date (month " + month
                    + " does not exist); day and month are never swapped");
        }
        if (month < 1 || month > 12 || day < 1 || day > Month.of(month).length(Year.isLeap(year))) {
            return Resolution.heldBack("date '" + raw + "' is not a calendar date");
        }
        return Resolution.of(LocalDate.of(year, month, day));
    }

    /** The same year checks for dates that came from a date cell or a serial number. */
    static Resolution<LocalDate> checked(String raw, LocalDate date) {
        String problem = yearProblem("date", raw, date.getYear());
        return problem == null ? Resolution.of(date) : Resolution.heldBack(problem);
    }
}
