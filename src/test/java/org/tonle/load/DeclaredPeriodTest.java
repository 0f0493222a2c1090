package org.tonle.load;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.tonle.normalise.DateReader;

class DeclaredPeriodTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            Period: 01/02/2026 - 28/02/2026              | 2026-02-01 | 2026-02-28
            Reporting period: 1 January 2026 to 31 January 2026 | 2026-01-01 | 2026-01-31
            Deportation date: 23/01/2026                 | 2026-01-23 | 2026-01-23
            DEPORTATION DATE : ២៣/០១/២០២៦                 | 2026-01-23 | 2026-01-23
            Period: 01/02/2026 – 28/02/2026              | 2026-02-01 | 2026-02-28
            Period: 28/02/2026 - 01/02/2026              | -          | -
            Period: 31/02/2026 - 28/02/2026              | -          | -
            Register of foreigners deported              | -          | -
            """)
    void readsThePeriodLineOfTheTitleRows(String line, LocalDate from, LocalDate to) {
        Optional<DeclaredPeriod.Period> period = DeclaredPeriod.find(List.of("Ministry of Interior", line),
                new DateReader());
        assertThat(period).isEqualTo(from == null ? Optional.empty() : Optional.of(new DeclaredPeriod.Period(from, to)));
    }
}
