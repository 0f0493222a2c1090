package org.tonle.read;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;

/**
 * Turns a numeric cell value and its number format into a {@link Cell}, the same way for xlsx
 * and xls. Dates are told only by the cell's format (Excel stores them as plain numbers).
 */
final class NumberCells {
    private final boolean date1904;
    // US formatting so the text does not depend on the locale of the server running the night
    private final DataFormatter formatter = new DataFormatter(Locale.US);
    private static final int DATE_CACHE = 10_000;
    private final Map<DateKey, Cell> dates = new HashMap<>();

    private record DateKey(double value, int formatIndex, String formatString) {
    }

    NumberCells(boolean date1904) {
        this.date1904 = date1904;
    }

    Cell cell(double value, int formatIndex, String formatString) {
        if (formatString != null && DateUtil.isADateFormat(formatIndex, formatString)
                && DateUtil.isValidExcelDate(value)) {
            // a register repeats a few hundred dates; POI's conversion and formatting are slow
            DateKey key = new DateKey(value, formatIndex, formatString);
            Cell cached = dates.get(key);
            if (cached == null) {
                cached = Cell.date(DateUtil.getLocalDateTime(value, date1904),
                        formatter.formatRawCellContents(value, formatIndex, formatString, date1904));
                if (dates.size() < DATE_CACHE) {
                    dates.put(key, cached);
                }
            }
            return cached;
        }
        if (formatString == null || formatIndex == 0 || formatString.equalsIgnoreCase("General")) {
            return Cell.number(value, plain(value));
        }
        return Cell.number(value, formatter.formatRawCellContents(value, formatIndex, formatString, date1904));
    }

    /**
     * The number in full, with no exponent and no ".0": Excel's General format would show
     * a 12-digit passport number as 1.23457E+11, which loses digits.
     */
    static String plain(double value) {
        if (Double.isNaN(value) || Double.isInfinite(value)) {
            return Double.toString(value);
        }
        if (value == Math.rint(value) && Math.abs(value) < 1e15) {
            return Long.toString((long) value);
        }
        return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
    }

    static Cell bool(boolean value) {
        return Cell.text(value ? "TRUE" : "FALSE");
    }

    static Cell error(String cellRef, String errorText) {
        return Cell.error("cell " + cellRef + " holds the error " + errorText);
    }

    static Cell noCachedValue(String cellRef) {
        return Cell.error("cell " + cellRef + " holds a formula with no saved value");
    }
}
