package org.tonle.normalise;

import java.time.LocalDate;
import org.apache.poi.ss.usermodel.DateUtil;

/** Excel serial day numbers in a cell without a date format, in the workbook's date system. */
final class DateSerials {

    /** 9999-12-31 in the 1900 system, Excel's last date. */
    static final double LAST_SERIAL = 2958465;

    /*
     * Excel's 1900 system counts a 29 February 1900 that never was (Lotus 1-2-3 compatibility);
     * POI maps it to 1 March 1900, the same day as serial 61, which would hide the error.
     */
    private static final double PHANTOM_LEAP_DAY = 60;

    private DateSerials() {
    }

    static Resolution<LocalDate> date(double serial, boolean date1904, String raw) {
        if (Double.isNaN(serial) || Double.isInfinite(serial)) {
            return DateTextParser.unreadable(raw);
        }
        double first = date1904 ? 0 : 1;
        if (serial < first || serial > LAST_SERIAL) {
            return Resolution.heldBack("date '" + raw + "': serial " + WholeNumbers.plain(serial)
                    + " is outside Excel's date range (" + (int) first + " to " + (long) LAST_SERIAL + ")");
        }
        // The day is the whole part: POI rounds the time to the millisecond, which can spill a
        // value like 45678.9999999 into the next day.
        double day = Math.floor(serial);
        if (!date1904 && day == PHANTOM_LEAP_DAY) {
            return Resolution.heldBack("serial " + WholeNumbers.plain(serial)
                    + " is 29 February 1900, which does not exist");
        }
        return DateRules.checked(raw, DateUtil.getLocalDateTime(day, date1904).toLocalDate());
    }
}
