package org.tonle.normalise;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.tonle.read.Cell;

class WholeNumbersTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(textBlock = """
            0,                   0
            12,                  12
            007,                 7
            1024,                1024
            '1,024',             1024
            '12,345,678',        12345678
            1 024,               1024
            1\\u00A0024,         1024
            1\\u202F024,         1024
            1\\u2009024,         1024
            12 345 678,          12345678
            +12,                 12
            + 12,                12
            -0,                  0
            '១,០២៤',             1024
            ១២,                  12
            ๑๒,                  12
            ０１２,               12
            \\u00A0 7 \\u200B,   7
            2147483647,          2147483647
            '2,147,483,647',     2147483647
            """)
    void readsWholeNumbersWrittenAsText(String input, long expected) {
        assertThat(WholeNumbers.read(Cell.text(DateReaderTest.unescape(input)))).isEqualTo(Resolution.of(expected));
    }

    @ParameterizedTest(name = "{0} held back: {1}")
    @CsvSource(textBlock = """
            '1,02',              is not a whole number
            '1,0245',            is not a whole number
            '12,34,567',         is not a whole number
            ',123',              is not a whole number
            '1,024 567',         is not a whole number
            1.024,               is not a whole number
            2.5,                 is not a whole number
            12.0,                is not a whole number
            -3,                  a count cannot be negative
            '-1,024',            a count cannot be negative
            −3,                  a count cannot be negative
            2147483648,          too large for a count
            99999999999999999999, too large for a count
            12 persons,          is not a whole number
            abc,                 is not a whole number
            ៣\u17F3,              is not a whole number
            """)
    void holdsBackTextThatIsNotACount(String input, String reasonPart) {
        Resolution<Long> result = WholeNumbers.read(Cell.text(input));
        assertThat(result.ok()).isFalse();
        assertThat(result.reason()).contains("'" + input + "'").contains(reasonPart);
    }

    @Test
    void readsNumberCellsHoldingAWholeValue() {
        assertThat(WholeNumbers.read(Cell.number(2.0, "2"))).isEqualTo(Resolution.of(2L));
        assertThat(WholeNumbers.read(Cell.number(0, "0"))).isEqualTo(Resolution.of(0L));
        assertThat(WholeNumbers.read(Cell.number(2147483647, "2147483647"))).isEqualTo(Resolution.of(2147483647L));
    }

    @Test
    void holdsBackNumberCellsThatAreNotCounts() {
        assertThat(WholeNumbers.read(Cell.number(2.5, "3")).reason()).isEqualTo("'2.5' is not a whole number");
        assertThat(WholeNumbers.read(Cell.number(-1, "-1")).reason()).isEqualTo("'-1': a count cannot be negative");
        assertThat(WholeNumbers.read(Cell.number(3e9, "3000000000")).reason())
                .isEqualTo("'3000000000' is too large for a count (above 2147483647)");
        assertThat(WholeNumbers.read(Cell.number(Double.NaN, "NaN")).ok()).isFalse();
    }

    @Test
    void blankIsNoValueErrorsKeepTheirReasonDatesAreRefused() {
        assertThat(WholeNumbers.read(Cell.BLANK)).isEqualTo(Resolution.of(null));
        assertThat(WholeNumbers.read(Cell.text("\u00A0\u200B"))).isEqualTo(Resolution.of(null));
        assertThat(WholeNumbers.read(Cell.error("#REF!")).reason()).isEqualTo("#REF!");
        assertThat(WholeNumbers.read(Cell.date(LocalDateTime.of(2026, 1, 23, 0, 0), "23/01/2026")).reason())
                .isEqualTo("'23/01/2026' is a date, not a whole number");
    }

    @ParameterizedTest(name = "decimal {0} -> {1}")
    @CsvSource(textBlock = """
            2.5,        2.5
            10,         10
            2.50,       2.5
            0.5,        0.5
            .5,         0.5
            ២.៥,        2.5
            '1,024.5',  1024.5
            -1.5,       -1.5
            ５,          5
            """)
    void readsDecimals(String input, String expected) {
        Resolution<BigDecimal> result = WholeNumbers.readDecimal(Cell.text(input));
        assertThat(result.reason()).isNull();
        assertThat(result.value()).isEqualTo(new BigDecimal(expected));
    }

    @ParameterizedTest(name = "decimal {0} held back")
    @CsvSource({"'2,5'", "'២,៥'", "5.", "2.5.1", "abc", "'1,02.5'", "2 years"})
    void commaIsNeverADecimalSeparator(String input) {
        Resolution<BigDecimal> result = WholeNumbers.readDecimal(Cell.text(input));
        assertThat(result.reason()).isEqualTo("'" + input + "' is not a number");
    }

    @Test
    void decimalNumberCellsAndSpecialCells() {
        assertThat(WholeNumbers.readDecimal(Cell.number(2.5, "2.5"))).isEqualTo(Resolution.of(new BigDecimal("2.5")));
        assertThat(WholeNumbers.readDecimal(Cell.number(10.0, "10"))).isEqualTo(Resolution.of(new BigDecimal("10")));
        assertThat(WholeNumbers.readDecimal(Cell.BLANK)).isEqualTo(Resolution.of(null));
        assertThat(WholeNumbers.readDecimal(Cell.error("#VALUE!")).reason()).isEqualTo("#VALUE!");
    }
}
