package org.tonle.normalise;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Day-first dates and months written as text. Hand-written matching rather than DateTimeFormatter:
 * one pass of precompiled patterns, no exception for a refused value, and the calendar is checked
 * as strictly as ResolverStyle.STRICT would (DateReaderStrictnessTest compares the two).
 */
final class DateTextParser {

    private static final String WORD = "([a-z]+|[\\u1780-\\u17ff]+)";
    private static final String ORDINAL = "(?:st|nd|rd|th)?";
    private static final Pattern SEPARATOR_SPACES = Pattern.compile(" ?([/.,\\-]) ?");
    private static final Pattern SPACES = Pattern.compile(" {2,}");
    private static final Pattern TIME = Pattern.compile(
            "(.+?)[ t]([0-9]{1,2}):([0-9]{2})(?::([0-9]{2})(?:\\.[0-9]{1,9})?)?(?: ?([ap])\\.?m\\.?)?");
    // One separator, used twice: '23/01-2026' is a typing slip, not a form.
    private static final Pattern NUMERIC = Pattern.compile("([0-9]{1,4})([/.\\- ])([0-9]{1,2})\\2([0-9]{1,4})");
    private static final Pattern DAY_NAME_YEAR =
            Pattern.compile("([0-9]{1,2})" + ORDINAL + "[/.\\- ]?" + WORD + "\\.?[/.\\-, ]?([0-9]{4}|[0-9]{2})");
    // The separator before the year is required, or 'Jan 2026' would read as 20 January 2026.
    private static final Pattern NAME_DAY_YEAR =
            Pattern.compile(WORD + "\\.?[/.\\- ]?([0-9]{1,2})" + ORDINAL + "[/.\\-, ]([0-9]{4}|[0-9]{2})");
    // No '.' between month and year: '2026.1' and '1.2026' are as likely decimal numbers.
    private static final Pattern YEAR_MONTH = Pattern.compile("([0-9]{4})[/\\-]([0-9]{1,2})");
    private static final Pattern MONTH_YEAR = Pattern.compile("([0-9]{1,2})[/\\- ]([0-9]{4})");
    // 'Jan 26' may be 26 January; only 'Jan-26' / 'Jan/26' (Excel's mmm-yy) carry a two-digit year.
    private static final Pattern NAME_YEAR = Pattern.compile(WORD + "\\.?(?:[/.\\-, ]?([0-9]{4})|[/\\-]([0-9]{2}))");
    private static final Pattern YEAR = Pattern.compile("[0-9]{4}");

    private DateTextParser() {
    }

    /** Folded, Latin digits, lower case, Khmer date words dropped, no spaces around separators. */
    static String prepare(String raw) {
        String text = TextFolding.latinDigits(TextFolding.fold(raw)).toLowerCase(Locale.ROOT);
        if (hasKhmer(text)) {
            for (String filler : DateWords.KHMER_FILLERS) {
                text = text.replace(filler, " ");
            }
            text = SPACES.matcher(text).replaceAll(" ").strip();
        }
        return text.indexOf(' ') < 0 ? text : SEPARATOR_SPACES.matcher(text).replaceAll("$1");
    }

    static boolean isYearAlone(String prepared) {
        return YEAR.matcher(prepared).matches();
    }

    /** A date, held back with the reason, or null value for an empty text. */
    static Resolution<LocalDate> date(String raw, String prepared) {
        if (prepared.isEmpty()) {
            return Resolution.of(null);
        }
        String text = prepared;
        if (text.indexOf(':') >= 0) {
            Matcher time = TIME.matcher(text);
            if (time.matches()) {
                if (!validTime(time)) {
                    return Resolution.heldBack("date '" + raw + "' has a time of day that does not exist");
                }
                text = time.group(1);
            }
        }
        Matcher m = NUMERIC.matcher(text);
        if (m.matches()) {
            return numeric(raw, m);
        }
        m = DAY_NAME_YEAR.matcher(text);
        if (m.matches()) {
            return named(raw, m.group(1), m.group(2), m.group(3));
        }
        m = NAME_DAY_YEAR.matcher(text);
        if (m.matches()) {
            return named(raw, m.group(2), m.group(1), m.group(3));
        }
        if (YEAR.matcher(text).matches()) {
            return Resolution.heldBack("'" + raw + "' looks like a year, not a date");
        }
        if (month(raw, text).ok()) {
            return Resolution.heldBack("date '" + raw + "' names a month, not a day");
        }
        return unreadable(raw);
    }

    /** A month; a full date is refused because whether it stands for its month is not known. */
    static Resolution<YearMonth> month(String raw, String prepared) {
        if (prepared.isEmpty()) {
            return Resolution.of(null);
        }
        Matcher m = YEAR_MONTH.matcher(prepared);
        if (m.matches()) {
            return yearMonth(raw, year(m.group(1)), number(m.group(2)));
        }
        m = MONTH_YEAR.matcher(prepared);
        if (m.matches()) {
            return yearMonth(raw, year(m.group(2)), number(m.group(1)));
        }
        m = NAME_YEAR.matcher(prepared);
        if (m.matches()) {
            int month = DateWords.month(m.group(1));
            if (month > 0) {
                return yearMonth(raw, year(m.group(2) != null ? m.group(2) : m.group(3)), month);
            }
        }
        return Resolution.heldBack("month '" + raw + "' cannot be read");
    }

    private static Resolution<LocalDate> numeric(String raw, Matcher m) {
        String first = m.group(1);
        String last = m.group(4);
        if (first.length() == 4 && last.length() <= 2) {
            return DateRules.date(raw, year(first), number(m.group(3)), number(last), false);
        }
        if (first.length() <= 2 && (last.length() == 2 || last.length() == 4)) {
            return DateRules.date(raw, year(last), number(m.group(3)), number(first), true);
        }
        return unreadable(raw);
    }

    private static Resolution<LocalDate> named(String raw, String day, String word, String year) {
        int month = DateWords.month(word);
        if (month == 0) {
            return Resolution.heldBack("date '" + raw + "' cannot be read (day-first feed): '" + word
                    + "' is not a month name");
        }
        return DateRules.date(raw, year(year), month, number(day), false);
    }

    private static Resolution<YearMonth> yearMonth(String raw, int year, int month) {
        String problem = DateRules.yearProblem("month", raw, year);
        if (problem != null) {
            return Resolution.heldBack(problem);
        }
        if (month < 1 || month > 12) {
            return Resolution.heldBack("month '" + raw + "' does not exist (month " + month + ")");
        }
        return Resolution.of(YearMonth.of(year, month));
    }

    private static boolean validTime(Matcher time) {
        int hour = number(time.group(2));
        boolean twelveHour = time.group(5) != null;
        boolean hourOk = twelveHour ? hour >= 1 && hour <= 12 : hour <= 23;
        return hourOk && number(time.group(3)) <= 59 && (time.group(4) == null || number(time.group(4)) <= 59);
    }

    /** Four digits as written; two digits through the pivot (see DateReader.TWO_DIGIT_YEAR_PIVOT). */
    static int year(String digits) {
        int value = number(digits);
        if (digits.length() != 2) {
            return value;
        }
        return value <= DateReader.TWO_DIGIT_YEAR_PIVOT ? 2000 + value : 1900 + value;
    }

    // The patterns only let ASCII digits through, at most four of them.
    private static int number(String digits) {
        int value = 0;
        for (int i = 0; i < digits.length(); i++) {
            value = value * 10 + (digits.charAt(i) - '0');
        }
        return value;
    }

    private static boolean hasKhmer(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= '\u1780' && c <= '\u17FF') {
                return true;
            }
        }
        return false;
    }

    static <T> Resolution<T> unreadable(String raw) {
        return Resolution.heldBack("date '" + raw + "' cannot be read (day-first feed)");
    }
}
