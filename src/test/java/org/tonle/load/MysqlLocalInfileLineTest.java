package org.tonle.load;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** A row as one line of LOAD DATA's default text form: tab-separated, \N for NULL, backslash escapes. */
class MysqlLocalInfileLineTest {

    @Test
    void valuesWithoutEscapesGoAsTheyAreAndEachSpecialCharacterIsEscapedWhereverItIs() {
        String line = MysqlLocalInfile.line(new Object[] {null, 5_000_000_000L, 7, new BigDecimal("2.50"), "plain",
                "ចិន 'x' \"y\"", "\\at the start", "in\tthe\nmiddle\0", "at the end\r", "", "\\N"});
        assertEquals("\\N\t5000000000\t7\t2.50\tplain\tចិន 'x' \"y\"\t\\\\at the start\tin\\tthe\\nmiddle\\0"
                + "\tat the end\\r\t\t\\\\N\n", line);
    }

    @Test
    void datesAreWrittenAsIsoDatesAndAReusedBuilderGivesTheSameLinesAsANewOne() {
        Object[] first = {LocalDate.of(2026, 1, 9), LocalDate.of(999, 12, 31), LocalDate.of(10_000, 1, 1),
                LocalDate.of(-5, 3, 4), "ខេត្ត"};
        Object[] second = {LocalDate.of(2025, 11, 30), 42, "Kandal"};
        StringBuilder reused = new StringBuilder(4);
        assertEquals("2026-01-09\t0999-12-31\t+10000-01-01\t-0005-03-04\tខេត្ត\n",
                MysqlLocalInfile.line(first, reused));
        assertEquals("2025-11-30\t42\tKandal\n", MysqlLocalInfile.line(second, reused));
        assertEquals(MysqlLocalInfile.line(second), MysqlLocalInfile.line(second, reused));
        for (Object[] row : new Object[][] {first, second}) {
            StringBuilder expected = new StringBuilder();
            for (int i = 0; i < row.length; i++) {
                expected.append(i > 0 ? "\t" : "").append(row[i]);
            }
            assertEquals(expected.append('\n').toString(), MysqlLocalInfile.line(row, reused));
        }
    }
}
