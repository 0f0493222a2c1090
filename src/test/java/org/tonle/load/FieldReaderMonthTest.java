package org.tonle.load;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** The month a row falls in ("YYYY-MM"), made twice a row: kept once per month, exact at the edges. */
class FieldReaderMonthTest {

    @Test
    void aDatesMonthIsItsYearAndMonthInsideAndOutsideTheKeptRange() {
        assertThat(FieldReader.month(LocalDate.of(2026, 1, 23))).isEqualTo("2026-01");
        assertThat(FieldReader.month(LocalDate.of(2026, 12, 31))).isEqualTo("2026-12");
        assertThat(FieldReader.month(LocalDate.of(1900, 1, 1))).isEqualTo("1900-01");
        assertThat(FieldReader.month(LocalDate.of(2199, 12, 31))).isEqualTo("2199-12");
        assertThat(FieldReader.month(LocalDate.of(1899, 12, 31))).isEqualTo("1899-12");
        assertThat(FieldReader.month(LocalDate.of(2200, 1, 1))).isEqualTo("2200-01");
        // the second time comes from what was kept, and is the same text
        assertThat(FieldReader.month(LocalDate.of(2026, 1, 2))).isSameAs(FieldReader.month(LocalDate.of(2026, 1, 30)));
    }

    @Test
    void textAndNothingPassThrough() {
        assertThat(FieldReader.month("2026-02")).isEqualTo("2026-02");
        assertThat(FieldReader.month(null)).isNull();
    }
}
