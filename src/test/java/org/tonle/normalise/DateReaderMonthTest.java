package org.tonle.normalise;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import java.time.YearMonth;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.tonle.read.Cell;

class DateReaderMonthTest {

    private final DateReader reader = new DateReader();

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(textBlock = """
            2026-01,                2026-01
            2026-1,                 2026-01
            2026/01,                2026-01
            01/2026,                2026-01
            1/2026,                 2026-01
            01-2026,                2026-01
            12/2026,                2026-12
            January 2026,           2026-01
            JANUARY 2026,           2026-01
            Jan 2026,               2026-01
            Jan. 2026,              2026-01
            'January, 2026',        2026-01
            Sept 2026,              2026-09
            Jan-26,                 2026-01
            Jan-69,                 2069-01
            Jan-70,                 1970-01
            Dec/25,                 2025-12
            មករា ២០២៦,              2026-01
            ខែមករា ឆ្នាំ២០២៦,          2026-01
            ធ្នូ 2025,               2025-12
            ២០២៦-០១,                2026-01
            \\u00A0January\\u00A02026\\u200B, 2026-01
            ＪＡＮ ２０２６,            2026-01
            """)
    void readsMonths(String input, String expected) {
        Resolution<YearMonth> result = reader.readMonth(Cell.text(DateReaderTest.unescape(input)), false);
        assertThat(result.reason()).isNull();
        assertThat(result.value()).isEqualTo(YearMonth.parse(expected));
    }

    @ParameterizedTest(name = "{0} held back: {1}")
    @CsvSource(textBlock = """
            01/01/2026,    is a full date, not a month
            23 January 2026, is a full date, not a month
            13/2026,       does not exist (month 13)
            2026-13,       does not exist (month 13)
            00/2026,       does not exist (month 0)
            Jan 26,        cannot be read
            01/26,         cannot be read
            2026.01,       cannot be read
            01.2026,       cannot be read
            2569-01,       year 2569 looks like a Buddhist-era year
            មករា ២៥៦៩,      Buddhist-era
            1850-01,       year 1850 is outside
            Foo 2026,      cannot be read
            មាឃ ២០២៦,       cannot be read
            2026,          cannot be read
            xyz,           cannot be read
            """)
    void holdsBackWhatIsNotPlainlyAMonth(String input, String reasonPart) {
        Resolution<YearMonth> result = reader.readMonth(Cell.text(input), false);
        assertThat(result.ok()).isFalse();
        assertThat(result.reason()).contains("'" + input + "'").contains(reasonPart);
    }

    @Test
    void dateCellGivesItsMonthBecauseExcelStoresATypedMonthAsItsFirstDay() {
        Cell typedJan26 = Cell.date(LocalDateTime.of(2026, 1, 1, 0, 0), "Jan-26");
        assertThat(reader.readMonth(typedJan26, false)).isEqualTo(Resolution.of(YearMonth.of(2026, 1)));
        Cell midMonth = Cell.date(LocalDateTime.of(2026, 1, 23, 14, 30), "23/01/2026 14:30");
        assertThat(reader.readMonth(midMonth, false)).isEqualTo(Resolution.of(YearMonth.of(2026, 1)));
    }

    @Test
    void numberCellIsNotAMonth() {
        Resolution<YearMonth> result = reader.readMonth(Cell.number(46023, "46023"), false);
        assertThat(result.reason()).isEqualTo("month '46023' is a number, not a month");
    }
}
