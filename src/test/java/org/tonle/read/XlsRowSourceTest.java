package org.tonle.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.tonle.read.CsvRowSourceTest.readAll;
import static org.tonle.read.CsvRowSourceTest.refusal;
import static org.tonle.read.XlsxRowSourceTest.DEPORTATION;

import java.nio.file.Path;
import java.util.List;
import org.apache.poi.hssf.record.DateWindow1904Record;
import org.apache.poi.hssf.record.crypto.Biff8EncryptionKey;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class XlsRowSourceTest {

    @TempDir
    Path dir;

    @Test
    void readsTheSameCellsAsTheXlsxReader() throws Exception {
        HSSFWorkbook wb = new HSSFWorkbook();
        XlsxRowSourceTest.register(wb);
        Path file = Workbooks.save(wb, dir.resolve("old.xls"));
        List<RawRow> rows = readAll(file, ReadLimits.DEFAULT);

        assertEquals(List.of(1, 3, 4, 10), rows.stream().map(RawRow::rowNumber).toList());
        assertEquals(Cell.text("សញ្ជាតិ\nNationality"), rows.get(1).cell(1));
        assertEquals(List.of(Cell.text("  Sok Dara "), Cell.text("ចិន"), Cell.date(DEPORTATION, "23/01/2026"),
                Cell.number(1024, "1,024"), Cell.number(3.5, "3.5"), Cell.text("TRUE"),
                Cell.error("cell G4 holds the error #N/A")), rows.get(2).cells());
        assertEquals(List.of(Cell.number(123456789012.0, "123456789012"), Cell.BLANK, Cell.BLANK, Cell.number(42, "42")),
                rows.get(3).cells());
        assertEquals("Register", rows.get(0).sheet());
    }

    @Test
    void listsAndSelectsSheetsByName() throws Exception {
        HSSFWorkbook wb = new HSSFWorkbook();
        XlsxRowSourceTest.register(wb);
        Path file = Workbooks.save(wb, dir.resolve("two.xls"));
        assertEquals(List.of("Register", "Summary"), RowSources.sheetNames(file, "two.xls", ReadLimits.DEFAULT));
        assertEquals(new RawRow("Summary", 2, List.of(Cell.text("China"), Cell.number(136, "136"))),
                readAll(file, "summary", ReadLimits.DEFAULT).get(1));
    }

    @Test
    void formulasGiveTheirCachedResult() throws Exception {
        HSSFWorkbook wb = new HSSFWorkbook();
        Row row = wb.createSheet("F").createRow(0);
        row.createCell(0).setCellValue(21);
        org.apache.poi.ss.usermodel.Cell number = row.createCell(1);
        number.setCellFormula("A1*2");
        number.setCellValue(42);
        org.apache.poi.ss.usermodel.Cell text = row.createCell(2);
        text.setCellFormula("\"ab\"&\"c\"");
        text.setCellValue("abc");
        Path file = Workbooks.save(wb, dir.resolve("f.xls"));
        RawRow read = readAll(file, ReadLimits.DEFAULT).get(0);
        assertEquals(Cell.number(42, "42"), read.cell(1));
        assertEquals(Cell.text("abc"), read.cell(2));
    }

    @Test
    void sameDateInThe1900And1904SystemsGivesTheSameDay() throws Exception {
        double serial1900 = DateUtil.getExcelDate(DEPORTATION);
        HSSFWorkbook book1900 = new HSSFWorkbook();
        dateBook(book1900, serial1900);
        HSSFWorkbook book1904 = new HSSFWorkbook();
        ((DateWindow1904Record) book1904.getInternalWorkbook().findFirstRecordBySid(DateWindow1904Record.sid))
                .setWindowing((short) 1);
        dateBook(book1904, serial1900 - 1462);
        Path a = Workbooks.save(book1900, dir.resolve("a.xls"));
        Path b = Workbooks.save(book1904, dir.resolve("b.xls"));
        try (RowSource first = RowSources.open(a, "a.xls", null, ReadLimits.DEFAULT);
             RowSource second = RowSources.open(b, "b.xls", null, ReadLimits.DEFAULT)) {
            assertFalse(first.date1904());
            assertTrue(second.date1904());
            assertEquals(Cell.date(DEPORTATION, "2026-01-23"), first.next().cell(0));
            assertEquals(Cell.date(DEPORTATION, "2026-01-23"), second.next().cell(0));
        }
    }

    @Test
    void refusesAPasswordProtectedXls() throws Exception {
        HSSFWorkbook wb = new HSSFWorkbook();
        wb.createSheet("S").createRow(0).createCell(0).setCellValue("secret");
        Path file;
        Biff8EncryptionKey.setCurrentUserPassword("pw");
        try {
            file = Workbooks.save(wb, dir.resolve("locked.xls"));
        } finally {
            Biff8EncryptionKey.setCurrentUserPassword(null);
        }
        assertEquals("locked.xls: the workbook is password-protected", refusal(file, ReadLimits.DEFAULT));
    }

    @Test
    void refusesATruncatedXls() throws Exception {
        HSSFWorkbook wb = new HSSFWorkbook();
        XlsxRowSourceTest.register(wb);
        byte[] bytes = java.nio.file.Files.readAllBytes(Workbooks.save(wb, dir.resolve("full.xls")));
        Path cut = java.nio.file.Files.write(dir.resolve("cut.xls"), java.util.Arrays.copyOf(bytes, bytes.length / 2));
        String message = refusal(cut, ReadLimits.DEFAULT);
        assertTrue(message.startsWith("cut.xls: the workbook is damaged"), message);
    }

    @Test
    void refusesARowWiderThanTheBoundButIgnoresBlankFormatting() throws Exception {
        HSSFWorkbook wb = new HSSFWorkbook();
        Row row = wb.createSheet("S").createRow(0);
        row.createCell(0).setCellValue("data");
        row.createCell(200).setCellStyle(XlsxRowSourceTest.style(wb, "0.00"));
        wb.getSheet("S").createRow(1).createCell(50).setCellValue(7);
        Path file = Workbooks.save(wb, dir.resolve("wide.xls"));
        assertEquals("wide.xls: sheet 'S' row 2 has more than 10 columns (cell AY2)",
                refusal(file, CsvRowSourceTest.small()));
        try (RowSource source = RowSources.open(file, "wide.xls", null, CsvRowSourceTest.small())) {
            assertEquals(List.of(Cell.text("data")), source.next().cells());
        }
    }

    private static void dateBook(HSSFWorkbook wb, double serial) {
        org.apache.poi.ss.usermodel.Cell cell = wb.createSheet("Dates").createRow(0).createCell(0);
        cell.setCellValue(serial);
        cell.setCellStyle(XlsxRowSourceTest.style(wb, "yyyy-mm-dd"));
    }
}
