package org.tonle.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.tonle.read.CsvRowSourceTest.refusal;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Choosing a reader by content, and the refusals that come before any reader is opened. */
class RowSourcesTest {

    @TempDir
    Path dir;

    @Test
    void refusesAnEmptyFile() throws IOException {
        Path file = Files.write(dir.resolve("empty.csv"), new byte[0]);
        assertEquals("empty.csv: the file is empty", refusal(file, ReadLimits.DEFAULT));
        assertEquals("empty.csv: the file is empty", assertThrows(UnreadableFileException.class,
                () -> RowSources.sheetNames(file, "empty.csv", ReadLimits.DEFAULT)).getMessage());
    }

    @Test
    void refusesAPngRenamedCsv() throws IOException {
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13};
        Path file = Files.write(dir.resolve("scan.csv"), png);
        assertEquals("scan.csv: this is a PNG image, not a CSV file", refusal(file, ReadLimits.DEFAULT));
    }

    @Test
    void refusesAPdfOrJpegWhateverItIsCalled() throws IOException {
        Path pdf = Files.write(dir.resolve("register.xlsx"), "%PDF-1.7\n".getBytes(StandardCharsets.US_ASCII));
        assertEquals("register.xlsx: this is a PDF document, not an Excel workbook", refusal(pdf, ReadLimits.DEFAULT));
        Path jpeg = Files.write(dir.resolve("photo.dat"), new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, 0});
        assertEquals("photo.dat: this is a JPEG image, not a spreadsheet or CSV file", refusal(jpeg, ReadLimits.DEFAULT));
    }

    @Test
    void refusesTextWithAnExtensionThatIsNotCsv() throws IOException {
        Path file = Files.write(dir.resolve("notes.doc"), "hello".getBytes(StandardCharsets.US_ASCII));
        assertEquals("notes.doc: files of type .doc are not read (only .xlsx, .xls, .csv, .txt and .tsv)",
                refusal(file, ReadLimits.DEFAULT));
        Path fake = Files.write(dir.resolve("fake.xlsx"), "a,b\n".getBytes(StandardCharsets.US_ASCII));
        assertEquals("fake.xlsx: this is not an Excel workbook (its content is neither .xlsx nor .xls)",
                refusal(fake, ReadLimits.DEFAULT));
    }

    @Test
    void refusesAFileOverTheSizeBoundBeforeOpeningIt() throws IOException {
        Path file = Files.write(dir.resolve("big.csv"), "a,b\n".repeat(1000).getBytes(StandardCharsets.US_ASCII));
        ReadLimits limits = new ReadLimits(1000, 100, 10);
        assertEquals("big.csv: the file is 4,000 bytes, larger than the 1,000 bytes accepted", refusal(file, limits));
    }

    @Test
    void refusesAHugeSingleLineWithoutBufferingIt() throws IOException {
        Path file = dir.resolve("oneline.csv");
        try (OutputStream out = Files.newOutputStream(file)) {
            out.write("a,b\n1,".getBytes(StandardCharsets.US_ASCII));
            byte[] chunk = "x".repeat(1 << 20).getBytes(StandardCharsets.US_ASCII);
            for (int i = 0; i < 40; i++) {
                out.write(chunk);
            }
        }
        assertEquals("oneline.csv: line 2 has a field longer than 4,194,304 characters",
                refusal(file, ReadLimits.DEFAULT));
    }
}
