package org.tonle.read;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The whole point of streaming: a register of 200,000 rows × 11 columns is read with a 256 MB heap. */
class LargeSheetRowSourceTest {

    static final int ROWS = 200_000;
    static final String[] NATIONALITIES = {"China", "Vietnam", "Indonesia", "Thailand", "Myanmar", "South Korea"};

    @TempDir
    Path dir;

    @Test
    void streamsA200000RowSheetIn256Megabytes() throws Exception {
        Path file = dir.resolve("large.xlsx");
        writeLargeRegister(file);
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process probe = new ProcessBuilder(java, "-Xmx256m", "-cp", System.getProperty("java.class.path"),
                StreamingProbe.class.getName(), file.toString())
                .redirectErrorStream(true).start();
        String output = new String(probe.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        probe.waitFor(5, TimeUnit.MINUTES);
        String last = output.lines().filter(line -> line.startsWith("rows=")).findFirst().orElse(output);
        assertEquals("rows=" + (ROWS + 1) + " last=" + (ROWS + 1) + " cells=11 name=Person " + ROWS
                + " date=" + LocalDateTime.of(2026, 1, 1, 0, 0).plusDays(ROWS % 365), last);
        assertEquals(0, probe.exitValue(), output);
    }

    private static void writeLargeRegister(Path file) throws IOException {
        // inline strings keep the fixture quick to write; shared strings are covered by the other tests
        SXSSFWorkbook wb = new SXSSFWorkbook(null, 200, false, false);
        CellStyle dateStyle = XlsxRowSourceTest.style(wb, "dd/mm/yyyy");
        Sheet sheet = wb.createSheet("Register");
        List<String> header = List.of("Full name", "Sex", "Date of birth", "Date of deportation", "Nationality",
                "Passport No.", "Date of arrest", "Exit point", "Status", "Case ref.", "No.");
        Row top = sheet.createRow(0);
        for (int i = 0; i < header.size(); i++) {
            top.createCell(i).setCellValue(header.get(i));
        }
        for (int r = 1; r <= ROWS; r++) {
            Row row = sheet.createRow(r);
            row.createCell(0).setCellValue("Person " + r);
            row.createCell(1).setCellValue(r % 3 == 0 ? "F" : "M");
            row.createCell(2).setCellValue(1960 + r % 40);
            org.apache.poi.ss.usermodel.Cell deported = row.createCell(3);
            deported.setCellValue(LocalDateTime.of(2026, 1, 1, 0, 0).plusDays(r % 365));
            deported.setCellStyle(dateStyle);
            row.createCell(4).setCellValue(NATIONALITIES[r % NATIONALITIES.length]);
            row.createCell(5).setCellValue("P" + (10_000_000 + r));
            org.apache.poi.ss.usermodel.Cell arrested = row.createCell(6);
            arrested.setCellValue(LocalDateTime.of(2025, 12, 1, 0, 0).plusDays(r % 30));
            arrested.setCellStyle(dateStyle);
            row.createCell(7).setCellValue(r % 2 == 0 ? "Techo International Airport" : "Bavet");
            row.createCell(8).setCellValue(r % 5 == 0 ? "Victim" : "Suspect");
            row.createCell(9).setCellValue("CASE-" + (r / 10));
            row.createCell(10).setCellValue(r);
        }
        try (OutputStream out = Files.newOutputStream(file)) {
            wb.write(out);
        } finally {
            wb.close();
        }
    }
}
