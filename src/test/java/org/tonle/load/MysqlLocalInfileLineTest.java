package org.tonle.load;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
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
}
