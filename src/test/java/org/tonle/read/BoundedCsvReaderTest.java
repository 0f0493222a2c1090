package org.tonle.read;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.util.Random;
import org.junit.jupiter.api.Test;

class BoundedCsvReaderTest {

    @Test
    void aLongPlainRunIsMeasuredLikeEveryOtherCharacter() throws IOException {
        ReadLimits limits = new ReadLimits(1L << 20, 5, 3);
        assertEquals("ok: 15 characters", outcome("abcde,\"fg,hi\"\nx", limits, 4096));
        assertEquals("t.csv: line 1 has a field longer than 5 characters", outcome("abcdef,x\n", limits, 4096));
        assertEquals("t.csv: line 2 has a field longer than 5 characters", outcome("a\n\"b,c\nd,e\"\n", limits, 4096));
        assertEquals("t.csv: line 4 has more than 3 fields", outcome("a\r\n\"\"\"x\r\ny\"\r\na,b,c,d", limits, 4096));
        // a run after a lone CR ends that CR: the line feed after the run is a line of its own
        ReadLimits wide = new ReadLimits(1L << 20, 20, 3);
        assertEquals("t.csv: line 4 has more than 3 fields", outcome("\"x\rabc\ny\"\n1,2,3,4", wide, 4096));
        assertEquals("t.csv: line 3 has more than 3 fields", outcome("a\rbc\nd,e,f,g", wide, 4096));
    }

    /** Read in large blocks (runs taken whole) and one character at a time: the same refusal, or none. */
    @Test
    void blocksAndSingleCharactersGiveTheSameOutcome() throws IOException {
        String alphabet = "ab,,\"\"\n\r\r\nក ";
        Random random = new Random(11);
        for (int n = 0; n < 30_000; n++) {
            StringBuilder text = new StringBuilder();
            for (int i = random.nextInt(60); i > 0; i--) {
                text.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            ReadLimits limits = new ReadLimits(1L << 20, 1 + random.nextInt(12), 1 + random.nextInt(6));
            String csv = text.toString();
            assertEquals(outcome(csv, limits, 1), outcome(csv, limits, 1 + random.nextInt(70)), csv);
        }
    }

    private static String outcome(String csv, ReadLimits limits, int block) throws IOException {
        Reader reader = new BoundedCsvReader(new StringReader(csv), ',', limits, "t.csv");
        char[] buffer = new char[block];
        int total = 0;
        try {
            for (int n; (n = reader.read(buffer, 0, block)) >= 0; ) {
                total += n;
            }
        } catch (RefusedInputException e) {
            return e.getMessage();
        }
        return "ok: " + total + " characters";
    }
}
