package org.tonle.normalise;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.poi.ss.usermodel.DateUtil;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvFileSource;
import org.junit.jupiter.params.provider.CsvSource;
import org.tonle.normalise.DateReader.PartialDate;
import org.tonle.read.Cell;

class DateReaderTest {

    private static final Pattern ESCAPE = Pattern.compile("\\\\u([0-9A-Fa-f]{4})");

    private final DateReader reader = new DateReader();

    /** Test inputs write invisible characters as \\uXXXX. */
    static String unescape(String text) {
        if (text == null) {
            return null;
        }
        Matcher m = ESCAPE.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(out, Matcher.quoteReplacement(String.valueOf((char) Integer.parseInt(m.group(1), 16))));
        }
        return m.appendTail(out).toString();
    }

    static Cell cell(String kind, String input) {
        return switch (kind) {
            case "TEXT" -> Cell.text(input);
            case "NUMBER", "NUMBER1904" -> Cell.number(Double.parseDouble(input), input);
            case "DATE" -> Cell.date(LocalDateTime.parse(input), input);
            default -> throw new IllegalArgumentException(kind);
        };
    }

    @ParameterizedTest(name = "{0} ({1}) -> {2}")
    @CsvFileSource(resources = "/date-cases.csv", numLinesToSkip = 1, encoding = "UTF-8")
    void readsDayFirstDates(String input, String kind, String expected, String reasonPart) {
        String raw = unescape(input);
        Resolution<LocalDate> result = reader.readDate(cell(kind, raw), kind.equals("NUMBER1904"));

        if (expected.equals("HELD_BACK")) {
            assertThat(result.ok()).as("held back: %s", result).isFalse();
            assertThat(result.value()).isNull();
            assertThat(result.reason()).contains(raw);
            if (reasonPart != null) {
                assertThat(result.reason()).contains(reasonPart);
            }
        } else {
            assertThat(result.reason()).isNull();
            assertThat(result.value()).isEqualTo(LocalDate.parse(expected));
        }
    }

    @Test
    void namedCasesGiveTheExactReasons() {
        assertThat(reader.readDate(Cell.text("31/02/2026"), false).reason())
                .isEqualTo("date '31/02/2026' is not a calendar date");
        assertThat(reader.readDate(Cell.text("01/23/2026"), false).reason())
                .isEqualTo("date '01/23/2026' is not a day-first date (month 23 does not exist); "
                        + "day and month are never swapped");
        assertThat(reader.readDate(Cell.text("xyz"), false).reason())
                .isEqualTo("date 'xyz' cannot be read (day-first feed)");
        assertThat(reader.readDate(Cell.number(60, "60"), false).reason())
                .isEqualTo("serial 60 is 29 February 1900, which does not exist");
        assertThat(reader.readDate(Cell.number(1994, "1994"), false).reason())
                .isEqualTo("'1994' looks like a year, not a date");
        assertThat(reader.readDate(Cell.text("23/01/2569"), false).reason())
                .isEqualTo("date '23/01/2569': year 2569 looks like a Buddhist-era year; it is not converted");
    }

    /** Why serial 60 is checked before POI is asked: POI folds it into 1 March 1900. */
    @Test
    void poiMapsThePhantomLeapDayToTheFirstOfMarch() {
        assertThat(DateUtil.getLocalDateTime(59, false)).isEqualTo(LocalDateTime.of(1900, 2, 28, 0, 0));
        assertThat(DateUtil.getLocalDateTime(60, false)).isEqualTo(LocalDateTime.of(1900, 3, 1, 0, 0));
        assertThat(DateUtil.getLocalDateTime(61, false)).isEqualTo(LocalDateTime.of(1900, 3, 1, 0, 0));
        assertThat(DateUtil.getLocalDateTime(0, true)).isEqualTo(LocalDateTime.of(1904, 1, 1, 0, 0));
    }

    @Test
    void bothDateSystemsAgreeWhenTheSerialsAre1462DaysApart() {
        // From 2701 on, neither serial can be mistaken for a year (1900-2100) or a BE year.
        for (int serial = 2701; serial < 71_000; serial += 997) {
            LocalDate in1904 = reader.readDate(Cell.number(serial, ""), true).value();
            assertThat(in1904).isNotNull()
                    .isEqualTo(reader.readDate(Cell.number(serial + 1462, ""), false).value());
        }
    }

    @Test
    void blankIsNoValueAndTheCallerDecides() {
        assertThat(reader.readDate(Cell.BLANK, false)).isEqualTo(Resolution.of(null));
        assertThat(reader.readDate(Cell.text(" \u00A0\u200B "), false)).isEqualTo(Resolution.of(null));
        assertThat(reader.readDateOrYear(Cell.BLANK, false)).isEqualTo(Resolution.of(null));
        assertThat(reader.readMonth(Cell.BLANK, false)).isEqualTo(Resolution.of(null));
    }

    @Test
    void errorCellsAreHeldBackWithTheirOwnReason() {
        Cell error = Cell.error("formula '=A1/0' has no cached value (#DIV/0!)");
        assertThat(reader.readDate(error, false).reason()).isEqualTo(error.text());
        assertThat(reader.readDateOrYear(error, false).reason()).isEqualTo(error.text());
        assertThat(reader.readMonth(error, false).reason()).isEqualTo(error.text());
    }

    @Test
    void numberCellWithoutItsFormatIsNamedByItsValue() {
        Resolution<LocalDate> result = reader.readDate(Cell.number(2958466, ""), false);
        assertThat(result.reason()).contains("2958466");
    }

    @ParameterizedTest(name = "{0} ({1}) -> {2} yearOnly={3}")
    @CsvSource(textBlock = """
            1994,           TEXT,   1994-01-01, true
            ១៩៩៤,           TEXT,   1994-01-01, true
            ឆ្នាំ១៩៩៤,        TEXT,   1994-01-01, true
            \\u00A01994,     TEXT,   1994-01-01, true
            1994,           NUMBER, 1994-01-01, true
            1900,           NUMBER, 1900-01-01, true
            2100,           TEXT,   2100-01-01, true
            15/03/1994,     TEXT,   1994-03-15, false
            15 March 1994,  TEXT,   1994-03-15, false
            34408,          NUMBER, 1994-03-15, false
            1994-03-15T00:00, DATE, 1994-03-15, false
            """)
    void readsADateOrAYearAlone(String input, String kind, String expected, boolean yearOnly) {
        Resolution<PartialDate> result = reader.readDateOrYear(cell(kind, unescape(input)), false);
        assertThat(result.reason()).isNull();
        assertThat(result.value()).isEqualTo(new PartialDate(LocalDate.parse(expected), yearOnly));
    }

    @ParameterizedTest(name = "{0} ({1}) held back: {2}")
    @CsvSource(textBlock = """
            2569,        TEXT,   Buddhist-era
            2569,        NUMBER, Buddhist-era
            1850,        TEXT,   year 1850 is outside
            2101,        TEXT,   year 2101 is outside
            199,         TEXT,   cannot be read
            94,          TEXT,   cannot be read
            1994.5,      TEXT,   cannot be read
            31/02/1994,  TEXT,   not a calendar date
            60,          NUMBER, 29 February 1900
            """)
    void holdsBackWhatIsNeitherDateNorYear(String input, String kind, String reasonPart) {
        Resolution<PartialDate> result = reader.readDateOrYear(cell(kind, input), false);
        assertThat(result.ok()).isFalse();
        assertThat(result.reason()).contains(input).contains(reasonPart);
    }
}
