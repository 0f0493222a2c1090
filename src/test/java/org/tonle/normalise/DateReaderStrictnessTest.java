package org.tonle.normalise;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import org.junit.jupiter.api.Test;
import org.tonle.read.Cell;

/**
 * DateReader checks the calendar by hand to stay exception-free; this holds it to what
 * java.time's STRICT resolver decides, over every day 0-32 of every month 0-13 in leap, common
 * and century years.
 */
class DateReaderStrictnessTest {

    private static final DateTimeFormatter STRICT =
            DateTimeFormatter.ofPattern("d/M/uuuu").withResolverStyle(ResolverStyle.STRICT);

    private final DateReader reader = new DateReader();

    @Test
    void agreesWithTheStrictResolver() {
        int compared = 0;
        for (int year : new int[] {1900, 1901, 1996, 2000, 2023, 2024, 2025, 2026, 2096, 2100}) {
            for (int month = 0; month <= 13; month++) {
                for (int day = 0; day <= 32; day++) {
                    String text = day + "/" + month + "/" + year;
                    LocalDate expected = strict(text);
                    assertThat(reader.readDate(Cell.text(text), false).value()).as(text).isEqualTo(expected);
                    compared++;
                }
            }
        }
        assertThat(compared).isEqualTo(10 * 14 * 33);
    }

    private static LocalDate strict(String text) {
        try {
            return LocalDate.parse(text, STRICT);
        } catch (DateTimeParseException refused) {
            return null;
        }
    }
}
