package org.tonle.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CsvRowSourceTest {

    @TempDir
    Path dir;

    @Test
    void readsUtf8WithoutBomAsTextCells() throws Exception {
        Path file = write("police.csv", "operation_id,nationality,suspects_arrested\nOP-1,ចិន,\"1,024\"\nOP-2,,7\n");
        List<RawRow> rows = readAll(file, ReadLimits.DEFAULT);
        assertEquals(3, rows.size());
        assertEquals(new RawRow(null, 1, List.of(Cell.text("operation_id"), Cell.text("nationality"),
                Cell.text("suspects_arrested")), 0, TextCheckpoint.START), rows.get(0));
        assertEquals(List.of(Cell.text("OP-1"), Cell.text("ចិន"), Cell.text("1,024")), rows.get(1).cells());
        assertEquals(Cell.BLANK, rows.get(2).cell(1));
        assertEquals(3, rows.get(2).rowNumber());
    }

    @Test
    void dropsTheUtf8ByteOrderMark() throws Exception {
        byte[] body = "a,b\n1,2\n".getBytes(StandardCharsets.UTF_8);
        Path file = write("bom.csv", concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, body));
        List<RawRow> rows = readAll(file, ReadLimits.DEFAULT);
        assertEquals("a", rows.get(0).cell(0).text());
        assertEquals("2", rows.get(1).cell(1).text());
    }

    @Test
    void readsExcelUnicodeTextExportUtf16LeTabSeparated() throws Exception {
        String text = "Full name\tNationality\tRemarks\r\nSok Dara\tខ្មែរ\tone, two; three\r\n";
        Path file = write("unicode.txt", concat(new byte[] {(byte) 0xFF, (byte) 0xFE},
                text.getBytes(StandardCharsets.UTF_16LE)));
        List<RawRow> rows = readAll(file, ReadLimits.DEFAULT);
        assertEquals(List.of(Cell.text("Sok Dara"), Cell.text("ខ្មែរ"), Cell.text("one, two; three")),
                rows.get(1).cells());
        assertEquals(2, rows.get(1).rowNumber());
    }

    @Test
    void readsUtf16BeWithBom() throws Exception {
        Path file = write("be.csv", concat(new byte[] {(byte) 0xFE, (byte) 0xFF},
                "x;y\n1;2\n".getBytes(StandardCharsets.UTF_16BE)));
        assertEquals(List.of(Cell.text("1"), Cell.text("2")), readAll(file, ReadLimits.DEFAULT).get(1).cells());
    }

    @Test
    void sniffsSemicolonsFromTheHeaderNotFromTheData() throws Exception {
        Path file = write("semi.csv", "\n  \nPeriod;Nationality;Arrested\n2026-01;China, PRC;1,024\n");
        List<RawRow> rows = readAll(file, ReadLimits.DEFAULT);
        // the record starts after "\n  \n": character 4
        assertEquals(new RawRow(null, 3, List.of(Cell.text("Period"), Cell.text("Nationality"), Cell.text("Arrested")),
                4, TextCheckpoint.START), rows.get(0));
        assertEquals(List.of(Cell.text("2026-01"), Cell.text("China, PRC"), Cell.text("1,024")), rows.get(1).cells());
        assertEquals(4, rows.get(1).rowNumber());
    }

    @Test
    void separatorTieMeansComma() throws IOException {
        assertEquals(',', sniff("a;b,c\n"));
        assertEquals(',', sniff("single\n"));
        assertEquals('\t', sniff("a\tb\tc;d\n"));
        assertEquals(';', sniff("\"x,y,z\";b;c\n"));
    }

    @Test
    void quotedFieldsKeepSeparatorsQuotesAndLineBreaksWithExactRowNumbers() throws Exception {
        String csv = "id,remarks\r\n"
                + "1,\"raided, 3 buildings\"\r\n"
                + "2,\"first line\r\nsecond line\nthird\"\r\n"
                + "\r\n"
                + "3,\"he said \"\"no\"\"\"\r\n"
                + "4,last";
        List<RawRow> rows = readAll(write("q.csv", csv), ReadLimits.DEFAULT);
        assertEquals(List.of(1, 2, 3, 7, 8), rows.stream().map(RawRow::rowNumber).toList());
        assertEquals("raided, 3 buildings", rows.get(1).cell(1).text());
        assertEquals("first line\r\nsecond line\nthird", rows.get(2).cell(1).text());
        assertEquals("he said \"no\"", rows.get(3).cell(1).text());
        assertEquals("last", rows.get(4).cell(1).text());
    }

    @Test
    void keepsHeaderCellsWithLineBreaksAndSpacesAsFound() throws Exception {
        List<RawRow> rows = readAll(write("h.csv", "\"សញ្ជាតិ\nNationality\", Sex \nChina,M\n"), ReadLimits.DEFAULT);
        assertEquals(List.of(Cell.text("សញ្ជាតិ\nNationality"), Cell.text(" Sex ")), rows.get(0).cells());
        assertEquals(3, rows.get(1).rowNumber());
    }

    @Test
    void refusesInvalidUtf8NamingTheLine() throws Exception {
        StringBuilder csv = new StringBuilder("id,name\n");
        for (int i = 2; i < 3000; i++) {
            csv.append(i).append(",name ").append(i).append('\n');
        }
        byte[] good = csv.toString().getBytes(StandardCharsets.UTF_8);
        byte[] bad = {'x', ',', (byte) 0xC3, '(', '\n'};
        Path file = write("bad.csv", concat(good, bad));
        assertEquals("bad.csv: line 3,000 is not valid UTF-8", refusal(file, ReadLimits.DEFAULT));
    }

    @Test
    void refusesInvalidUtf8OnTheFirstLine() throws Exception {
        Path file = write("latin1.csv", "Nationalité,x\n".getBytes(StandardCharsets.ISO_8859_1));
        assertEquals("latin1.csv: line 1 is not valid UTF-8", refusal(file, ReadLimits.DEFAULT));
    }

    @Test
    void refusesAnOverlongFieldNamingItsLine() throws Exception {
        Path file = write("long.csv", "a,b\n1,2\n3," + "x".repeat(5000) + "\n");
        assertEquals("long.csv: line 3 has a field longer than 1,000 characters", refusal(file, small()));
    }

    @Test
    void refusesAQuotedFieldThatSpansTooManyShortLines() throws Exception {
        Path file = write("open.csv", "a,b\n1,\"" + "x\n".repeat(3000) + "\"\n");
        assertEquals("open.csv: line 2 has a field longer than 1,000 characters", refusal(file, small()));
    }

    @Test
    void doubledQuotesDoNotResetTheFieldBound() throws Exception {
        Path file = write("quotes.csv", "a\n\"" + "x\"\"".repeat(600) + "\"\n");
        assertEquals("quotes.csv: line 2 has a field longer than 1,000 characters", refusal(file, small()));
    }

    @Test
    void acceptsAFieldExactlyAtTheBound() throws Exception {
        Path file = write("edge.csv", "a,b\n\"" + "y".repeat(1000) + "\"," + "z".repeat(1000) + "\n");
        assertEquals(1000, readAll(file, small()).get(1).cell(1).text().length());
    }

    @Test
    void refusesARecordWithTooManyFields() throws Exception {
        Path file = write("wide.csv", "a,b\n" + "1,".repeat(20) + "\n");
        assertEquals("wide.csv: line 2 has more than 10 fields", refusal(file, small()));
    }

    @Test
    void refusesAQuoteThatIsNeverClosed() throws Exception {
        Path file = write("unclosed.csv", "a,b\n1,2\n3,\"never closed\n4,5\n");
        assertEquals("unclosed.csv: line 3 opens a quoted field that is never closed", refusal(file, ReadLimits.DEFAULT));
    }

    @Test
    void dateSystemIsNeverThe1904One() throws Exception {
        try (RowSource source = RowSources.open(write("d.csv", "a\n"), "d.csv", null, ReadLimits.DEFAULT)) {
            assertFalse(source.date1904());
        }
    }

    @Test
    void csvHasNoSheetNames() throws Exception {
        assertEquals(List.of(), RowSources.sheetNames(write("n.csv", "a\n"), "n.csv", ReadLimits.DEFAULT));
    }

    static ReadLimits small() {
        return new ReadLimits(10_000_000, 1000, 10);
    }

    private char sniff(String header) throws IOException {
        try (Reader reader = new java.io.StringReader(header)) {
            return CsvSniffer.separator(reader);
        }
    }

    private Path write(String name, String text) throws IOException {
        return write(name, text.getBytes(StandardCharsets.UTF_8));
    }

    private Path write(String name, byte[] bytes) throws IOException {
        return Files.write(dir.resolve(name), bytes);
    }

    static final String RESUMABLE = "id,name,note\r\n1,ចិន,plain\r\n2,\"Việt\r\nNam\",\"two\r\nlines\"\r\n\r\n"
            + "3,Thai,\"a \"\"quoted\"\" word\"\r\n4,Lao,last\r\n";

    @Test
    void reopenedAtAnyRecordsOffsetGivesTheRestExactlyAsAFullReadDoes() throws Exception {
        Path utf8 = write("resume.csv", concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF},
                RESUMABLE.getBytes(StandardCharsets.UTF_8)));
        Path utf16 = write("resume.txt", concat(new byte[] {(byte) 0xFF, (byte) 0xFE},
                RESUMABLE.getBytes(StandardCharsets.UTF_16LE)));
        for (Path file : List.of(utf8, utf16)) {
            List<RawRow> all = readAll(file, ReadLimits.DEFAULT);
            // record 2 spans lines 3 to 5, line 6 is blank
            assertEquals(List.of(1, 2, 3, 7, 8), all.stream().map(RawRow::rowNumber).toList());
            assertEquals(List.of(Cell.text("2"), Cell.text("Việt\r\nNam"), Cell.text("two\r\nlines")), all.get(2).cells());
            for (int i = 0; i < all.size(); i++) {
                RawRow from = all.get(i);
                for (TextCheckpoint checkpoint : Arrays.asList(null, from.checkpoint())) {
                    List<RawRow> rest = new ArrayList<>();
                    try (RowSource source = RowSources.openAt(file, file.getFileName().toString(), null,
                            ReadLimits.DEFAULT, from.offset(), from.rowNumber(), checkpoint)) {
                        for (RawRow row; (row = source.next()) != null; ) {
                            rest.add(row);
                        }
                    }
                    assertEquals(found(all.subList(i, all.size())), found(rest), file + " from row " + from.rowNumber());
                }
            }
        }
    }

    @Test
    void aRefusalAfterTheRestartPointStillNamesItsLine() throws Exception {
        Path file = write("broken.csv", RESUMABLE + "5,Lao,\"never closed\r\n6,Lao,x\r\n");
        RawRow third = readAll(write("whole.csv", RESUMABLE), ReadLimits.DEFAULT).get(3);
        try (RowSource source = RowSources.openAt(file, "broken.csv", null, ReadLimits.DEFAULT, third.offset(),
                third.rowNumber(), null)) {
            assertEquals(7, source.next().rowNumber());
            assertEquals(8, source.next().rowNumber());
            UnreadableFileException refused = assertThrows(UnreadableFileException.class, source::next);
            assertEquals("broken.csv: line 9 opens a quoted field that is never closed", refused.getMessage());
        }
    }

    @Test
    void aRestartFarIntoTheFileStillNamesTheLineOfABadByteAfterIt() throws Exception {
        Path whole = write("long.csv", numbered(3000));
        RawRow restartAt = readAll(whole, ReadLimits.DEFAULT).get(1999);   // well past the first buffers
        assertEquals(2000, restartAt.rowNumber());
        Path file = write("bad.csv", concat(numbered(3000).getBytes(StandardCharsets.UTF_8),
                new byte[] {'x', ',', (byte) 0xC3, '(', '\n'}));
        try (RowSource source = RowSources.openAt(file, "bad.csv", null, ReadLimits.DEFAULT, restartAt.offset(),
                restartAt.rowNumber(), null)) {
            // the parser reads up to a buffer (some hundreds of these lines) ahead, so the refusal comes before
            // row 3,000 is returned; it names line 3,000
            int expected = 2000;
            UnreadableFileException refused = null;
            while (refused == null) {
                try {
                    assertEquals(expected++, source.next().rowNumber());
                } catch (UnreadableFileException e) {
                    refused = e;
                }
            }
            assertTrue(expected > 2500, "rows read after the restart point: " + (expected - 2000));
            assertEquals("bad.csv: line 3,000 is not valid UTF-8", refused.getMessage());
        }
    }

    @Test
    void aBadByteBeforeTheRestartPointIsRefusedAsSuch() throws Exception {
        RawRow restartAt = readAll(write("long.csv", numbered(3000)), ReadLimits.DEFAULT).get(1999);
        byte[] bytes = numbered(3000).getBytes(StandardCharsets.UTF_8);
        // past what the separator sniffer reads of the header, long before the restart point (line 2,000)
        bytes[20_000] = (byte) 0xC3;
        bytes[20_001] = '(';
        Path file = write("bad.csv", bytes);
        UnreadableFileException refused = assertThrows(UnreadableFileException.class, () -> RowSources.openAt(file,
                "bad.csv", null, ReadLimits.DEFAULT, restartAt.offset(), restartAt.rowNumber(), null));
        assertEquals("bad.csv: the text before line 2,000 (where the load stopped) is not valid UTF-8",
                refused.getMessage());
    }

    @Test
    void aBadByteAfterTheRestartPointIsNamedByItsLineWhateverTheLineBreaksAndEncoding() throws Exception {
        // the restart's skip ends inside a decoded buffer: a bad byte just after it (in that same buffer)
        // or far after it is named by its line, as a full read names it
        for (String variant : List.of("LF", "CRLF", "CR", "UTF-16LE")) {
            String text = numbered(3000);
            text = variant.equals("CRLF") ? text.replace("\n", "\r\n") : variant.equals("CR") ? text.replace('\n', '\r') : text;
            List<RawRow> rows = readAll(write("good.csv", encoded(text, variant)), ReadLimits.DEFAULT);
            for (int restart = 1; restart < 2900; restart += 97) {
                RawRow at = rows.get(restart);
                for (int later : new int[] {0, 2, 700}) {
                    int line = at.rowNumber() + later;
                    if (line >= 3000) {
                        continue;
                    }
                    // "<line>,name <line>" becomes "<line>,\u00e9ame <line>", then its é loses a byte
                    String marked = text.replaceFirst("(?m)^" + line + ",name ", line + ",\u00e9ame ");
                    byte[] bytes = encoded(marked, variant);
                    spoil(bytes, variant);
                    String encoding = variant.equals("UTF-16LE") ? "UTF-16" : "UTF-8";
                    Path bad = write("bad.csv", bytes);
                    assertEquals("bad.csv: line " + Texts.count(line) + " is not valid " + encoding, refusal(bad, ReadLimits.DEFAULT));
                    for (TextCheckpoint from : Arrays.asList(null, at.checkpoint())) {
                        UnreadableFileException refused = assertThrows(UnreadableFileException.class, () -> {
                            try (RowSource source = RowSources.openAt(bad, "bad.csv", null, ReadLimits.DEFAULT,
                                    at.offset(), at.rowNumber(), from)) {
                                while (source.next() != null) {
                                    // read on to the refusal
                                }
                            }
                        });
                        assertEquals("bad.csv: line " + Texts.count(line) + " is not valid " + encoding,
                                refused.getMessage(), variant + ", restart at line " + at.rowNumber() + " from " + from);
                    }
                }
            }
        }
    }

    @Test
    void reopenedFromARecordsCheckpointFarIntoTheFileTheRestIsExactlyAsAFullReadGivesItInEveryEncoding()
            throws Exception {
        // Khmer (3 bytes a character in UTF-8), a character outside the BMP (a surrogate pair; 4 bytes),
        // quoted fields over two lines, CRLF: tens of decoder buffers, and records across their edges
        StringBuilder text = new StringBuilder("id,name,note\r\n");
        for (int i = 2; i < 6000; i++) {
            text.append(i).append(i % 3 == 0 ? ",ភ្នំពេញ " : ",Kandal ").append(i)
                    .append(i % 7 == 0 ? ",\"two\r\nlines \uD83D\uDE00\"" : i % 5 == 0 ? ",\uD83C\uDDF0\uD83C\uDDED" : ",")
                    .append("\r\n");
        }
        String csv = text.toString();
        byte[] bom8 = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
        List<Path> files = List.of(write("plain.csv", csv), write("bom.csv", concat(bom8, csv.getBytes(StandardCharsets.UTF_8))),
                write("le.csv", encoded(csv, "UTF-16LE")),
                write("be.csv", concat(new byte[] {(byte) 0xFE, (byte) 0xFF}, csv.getBytes(StandardCharsets.UTF_16BE))));
        for (Path file : files) {
            List<RawRow> all = readAll(file, ReadLimits.DEFAULT);
            assertEquals(5999, all.size());
            RawRow last = all.get(all.size() - 1);
            assertTrue(last.checkpoint().chars() > csv.length() - 20_000 && last.checkpoint().chars() <= last.offset(),
                    file + ": " + last.checkpoint() + " for the record at " + last.offset());
            for (RawRow row : all) {
                // a character to check before each record but the first
                assertTrue(row.checkpoint().chars() < row.offset() || row.offset() == 0, file + ": " + row);
            }
            for (int i = 1; i < all.size(); i += 41) {
                RawRow from = all.get(i);
                List<RawRow> rest = new ArrayList<>();
                try (RowSource source = RowSources.openAt(file, file.getFileName().toString(), null,
                        ReadLimits.DEFAULT, from.offset(), from.rowNumber(), from.checkpoint())) {
                    for (RawRow row; (row = source.next()) != null; ) {
                        rest.add(row);
                    }
                }
                assertEquals(found(all.subList(i, all.size())), found(rest), file + " from row " + from.rowNumber());
            }
        }
    }

    /** What a row is, without where its text's decoding can begin (a reopened file's buffers begin elsewhere). */
    private static List<RawRow> found(List<RawRow> rows) {
        return rows.stream().map(r -> new RawRow(r.sheet(), r.rowNumber(), r.cells(), r.offset(), null)).toList();
    }

    @Test
    void aRecordLongerThanTheBuffersKeptHasNoCheckpointAndIsResumedFromTheStart() throws Exception {
        String huge = "x".repeat(400_000);   // some fifty buffers of 8,192 characters
        Path file = write("long-field.csv", "id,note\n1,short\n2,\"" + huge + "\"\n3,after\n4,last\n");
        List<RawRow> all = readAll(file, ReadLimits.DEFAULT);
        assertEquals(List.of(1, 2, 3, 4, 5), all.stream().map(RawRow::rowNumber).toList());
        assertEquals(TextCheckpoint.START, all.get(1).checkpoint());
        assertEquals(null, all.get(2).checkpoint());
        RawRow after = all.get(3);
        assertTrue(after.checkpoint().chars() < after.offset() && after.checkpoint().chars() > after.offset() - 8192,
                after.toString());
        RawRow from = all.get(2);
        try (RowSource source = RowSources.openAt(file, "long-field.csv", null, ReadLimits.DEFAULT, from.offset(),
                from.rowNumber(), from.checkpoint())) {
            assertEquals(huge, source.next().cell(1).display());
            assertEquals(Cell.text("after"), source.next().cell(1));
        }
    }

    @Test
    void aCheckpointThatDoesNotLeadToTheStartOfALineIsRefusedNotResumedInTheMiddleOfOne() throws Exception {
        Path file = write("numbered.csv", numbered(3000));
        RawRow at = readAll(file, ReadLimits.DEFAULT).get(2000);
        TextCheckpoint kept = at.checkpoint();
        // one byte further than the characters it stands for: decoding from there ends the skip a character late
        TextCheckpoint wrong = new TextCheckpoint(kept.bytes() + 1, kept.chars());
        UnreadableFileException refused = assertThrows(UnreadableFileException.class, () -> RowSources.openAt(file,
                "numbered.csv", null, ReadLimits.DEFAULT, at.offset(), at.rowNumber(), wrong));
        assertEquals("numbered.csv: the point where the load stopped (character " + Texts.count(at.offset())
                + ", line 2,001) is not at the start of a line, so the load cannot be resumed there",
                refused.getMessage());
    }

    private static byte[] encoded(String text, String variant) {
        return variant.equals("UTF-16LE")
                ? concat(new byte[] {(byte) 0xFF, (byte) 0xFE}, text.getBytes(StandardCharsets.UTF_16LE))
                : text.getBytes(StandardCharsets.UTF_8);
    }

    /** Breaks the one 'é' of the text: UTF-8 C3 A9 -> C3 28; UTF-16LE E9 00 -> a lone low surrogate 00 DC. */
    private static void spoil(byte[] bytes, String variant) {
        for (int i = 0; i + 1 < bytes.length; i++) {
            if (variant.equals("UTF-16LE") ? (i % 2 == 0 && bytes[i] == (byte) 0xE9 && bytes[i + 1] == 0)
                    : (bytes[i] == (byte) 0xC3 && bytes[i + 1] == (byte) 0xA9)) {
                if (variant.equals("UTF-16LE")) {
                    bytes[i] = 0x00;
                    bytes[i + 1] = (byte) 0xDC;
                } else {
                    bytes[i + 1] = '(';
                }
                return;
            }
        }
        throw new AssertionError("no é to spoil");
    }

    /** A header and data lines 2 .. lines - 1, each "i,name i". */
    private static String numbered(int lines) {
        StringBuilder csv = new StringBuilder("id,name\n");
        for (int i = 2; i < lines; i++) {
            csv.append(i).append(",name ").append(i).append('\n');
        }
        return csv.toString();
    }

    static byte[] concat(byte[] first, byte[] second) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(first);
        out.writeBytes(second);
        return out.toByteArray();
    }

    static List<RawRow> readAll(Path file, ReadLimits limits) throws UnreadableFileException {
        return readAll(file, null, limits);
    }

    static List<RawRow> readAll(Path file, String sheet, ReadLimits limits) throws UnreadableFileException {
        List<RawRow> rows = new ArrayList<>();
        try (RowSource source = RowSources.open(file, file.getFileName().toString(), sheet, limits)) {
            for (RawRow row; (row = source.next()) != null; ) {
                rows.add(row);
            }
        }
        return rows;
    }

    /** Reads the whole file and returns the refusal message; fails when the file is accepted. */
    static String refusal(Path file, ReadLimits limits) {
        UnreadableFileException e = assertThrows(UnreadableFileException.class, () -> readAll(file, limits));
        return e.getMessage();
    }
}
