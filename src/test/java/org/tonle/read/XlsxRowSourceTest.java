package org.tonle.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.tonle.read.CsvRowSourceTest.readAll;
import static org.tonle.read.CsvRowSourceTest.refusal;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.FormulaError;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class XlsxRowSourceTest {

    static final LocalDateTime DEPORTATION = LocalDateTime.of(2026, 1, 23, 0, 0);

    @TempDir
    Path dir;

    @Test
    void readsTextNumbersDatesBooleansAndErrorsAsTheyAreInTheSheet() throws Exception {
        Path file = Workbooks.xlsx(dir.resolve("register.xlsx"), XlsxRowSourceTest::register);
        List<RawRow> rows = readAll(file, ReadLimits.DEFAULT);

        assertEquals(List.of(1, 3, 4, 10), rows.stream().map(RawRow::rowNumber).toList());
        assertEquals("Deportation register", rows.get(0).cell(0).text());
        assertEquals(List.of(Cell.text("Full name"), Cell.text("សញ្ជាតិ\nNationality"), Cell.text("Date of deportation"),
                Cell.text("Count"), Cell.text("Rate"), Cell.text("Checked"), Cell.text("Ref")), rows.get(1).cells());

        RawRow data = rows.get(2);
        assertEquals("Register", data.sheet());
        assertEquals(Cell.text("  Sok Dara "), data.cell(0));
        assertEquals(Cell.text("ចិន"), data.cell(1));
        assertEquals(Cell.date(DEPORTATION, "23/01/2026"), data.cell(2));
        assertEquals(Cell.number(1024, "1,024"), data.cell(3));
        assertEquals(Cell.number(3.5, "3.5"), data.cell(4));
        assertEquals(Cell.text("TRUE"), data.cell(5));
        assertEquals(Cell.error("cell G4 holds the error #N/A"), data.cell(6));
    }

    @Test
    void fillsSparseRowsWithBlanksSoThatIndexIsColumn() throws Exception {
        Path file = Workbooks.xlsx(dir.resolve("sparse.xlsx"), XlsxRowSourceTest::register);
        RawRow sparse = readAll(file, ReadLimits.DEFAULT).get(3);
        assertEquals(10, sparse.rowNumber());
        assertEquals(List.of(Cell.number(123456789012.0, "123456789012"), Cell.BLANK, Cell.BLANK, Cell.number(42, "42")),
                sparse.cells());
    }

    @Test
    void readsTheFirstSheetByDefaultAndAnotherByNameIgnoringCaseAndSpaces() throws Exception {
        Path file = Workbooks.xlsx(dir.resolve("two.xlsx"), XlsxRowSourceTest::register);
        assertEquals(List.of("Register", "Summary"), RowSources.sheetNames(file, "two.xlsx", ReadLimits.DEFAULT));
        List<RawRow> summary = readAll(file, " SUM mary", ReadLimits.DEFAULT);
        assertEquals(new RawRow("Summary", 1, List.of(Cell.text("Nationality"), Cell.text("Total"))), summary.get(0));
        assertEquals(new RawRow("Summary", 2, List.of(Cell.text("China"), Cell.number(136, "136"))), summary.get(1));
    }

    @Test
    void refusesAMissingSheetNamingTheOnesThatExist() throws Exception {
        Path file = Workbooks.xlsx(dir.resolve("two.xlsx"), XlsxRowSourceTest::register);
        UnreadableFileException e = assertThrows(UnreadableFileException.class,
                () -> readAll(file, "Totals", ReadLimits.DEFAULT));
        assertEquals("two.xlsx: there is no sheet named 'Totals' (the sheets are: Register, Summary)", e.getMessage());
    }

    @Test
    void sameDateInThe1900And1904SystemsGivesTheSameDay() throws Exception {
        double serial1900 = DateUtil.getExcelDate(DEPORTATION);
        Path book1900 = Workbooks.xlsx(dir.resolve("d1900.xlsx"), wb -> dateBook(wb, serial1900));
        Path book1904 = Workbooks.xlsx(dir.resolve("d1904.xlsx"), wb -> {
            wb.getCTWorkbook().addNewWorkbookPr().setDate1904(true);
            dateBook(wb, serial1900 - 1462);
        });
        try (RowSource a = RowSources.open(book1900, "d1900.xlsx", null, ReadLimits.DEFAULT);
             RowSource b = RowSources.open(book1904, "d1904.xlsx", null, ReadLimits.DEFAULT)) {
            assertFalse(a.date1904());
            assertTrue(b.date1904());
            assertEquals(Cell.date(DEPORTATION, "2026-01-23"), a.next().cell(0));
            assertEquals(Cell.date(DEPORTATION, "2026-01-23"), b.next().cell(0));
        }
    }

    @Test
    void aFormulaGivesItsSavedValueOrAnErrorWhenItHasNone() throws Exception {
        Path file = Workbooks.xlsx(dir.resolve("formula.xlsx"), wb -> {
            Row row = wb.createSheet("F").createRow(6);
            row.createCell(0).setCellValue(21);
            org.apache.poi.ss.usermodel.Cell cached = row.createCell(1);
            cached.setCellFormula("A7*2");
            cached.setCellValue(42);
            org.apache.poi.ss.usermodel.Cell text = row.createCell(2);
            text.setCellFormula("\"ab\"&\"c\"");
            text.setCellValue("abc");
            row.createCell(3).setCellFormula("A7+1");
        });
        RawRow row = readAll(file, ReadLimits.DEFAULT).get(0);
        assertEquals(7, row.rowNumber());
        assertEquals(Cell.number(42, "42"), row.cell(1));
        assertEquals(Cell.text("abc"), row.cell(2));
        assertEquals(Cell.error("cell D7 holds a formula with no saved value"), row.cell(3));
    }

    @Test
    void readsInlineStringsFormulaErrorsAndCellsWithoutReferences() throws Exception {
        Path file = Workbooks.withSheetXml(dir, "raw.xlsx", Workbooks.sheetXml(
                "<row r=\"2\"><c r=\"B2\" t=\"inlineStr\"><is><r><t>Phnom </t></r><r><t>Penh</t></r>"
                        + "<rPh><t>ignored</t></rPh></is></c><c t=\"e\"><f>1/0</f><v>#DIV/0!</v></c>"
                        + "<c t=\"b\"><v>0</v></c><c t=\"str\"><f>A1</f></c></row>"
                        + "<row r=\"3\"><c r=\"A3\" s=\"0\"/></row>"
                        + "<row><c r=\"A4\"><v>7</v></c></row>"));
        List<RawRow> rows = readAll(file, ReadLimits.DEFAULT);
        assertEquals(List.of(Cell.BLANK, Cell.text("Phnom Penh"), Cell.error("cell C2 holds the error #DIV/0!"),
                Cell.text("FALSE"), Cell.error("cell E2 holds a formula with no saved value")), rows.get(0).cells());
        assertEquals(new RawRow("Sheet1", 4, List.of(Cell.number(7, "7"))), rows.get(1));
        assertEquals(2, rows.size());
    }

    @Test
    void refusesACellTextOverTheBound() throws Exception {
        Path file = Workbooks.xlsx(dir.resolve("long.xlsx"),
                wb -> wb.createSheet("S").createRow(1).createCell(1).setCellValue("x".repeat(5000)));
        assertEquals("long.xlsx: sheet 'S' cell B2 holds more than 1,000 characters",
                refusal(file, CsvRowSourceTest.small()));
    }

    @Test
    void refusesARowWiderThanTheBound() throws Exception {
        Path file = Workbooks.xlsx(dir.resolve("wide.xlsx"),
                wb -> wb.createSheet("S").createRow(0).createCell(16383).setCellValue(1));
        assertEquals("wide.xlsx: sheet 'S' row 1 has more than 10 columns (cell XFD1)",
                refusal(file, CsvRowSourceTest.small()));
    }

    @Test
    void ignoresBlankFormattedCellsBeyondTheColumnBound() throws Exception {
        Path file = Workbooks.xlsx(dir.resolve("styled.xlsx"), wb -> {
            Row row = wb.createSheet("S").createRow(0);
            row.createCell(0).setCellValue("data");
            row.createCell(16383).setCellStyle(style(wb, "0.00"));
        });
        assertEquals(List.of(Cell.text("data")), readAll(file, CsvRowSourceTest.small()).get(0).cells());
    }

    static void register(org.apache.poi.ss.usermodel.Workbook wb) {
        Sheet sheet = wb.createSheet("Register");
        sheet.createRow(0).createCell(0).setCellValue("Deportation register");
        sheet.addMergedRegion(new CellRangeAddress(0, 0, 0, 6));
        Row header = sheet.createRow(2);
        String[] names = {"Full name", "សញ្ជាតិ\nNationality", "Date of deportation", "Count", "Rate", "Checked", "Ref"};
        for (int i = 0; i < names.length; i++) {
            header.createCell(i).setCellValue(names[i]);
        }
        Row data = sheet.createRow(3);
        data.createCell(0).setCellValue("  Sok Dara ");
        data.createCell(1).setCellValue("ចិន");
        org.apache.poi.ss.usermodel.Cell date = data.createCell(2);
        date.setCellValue(DEPORTATION);
        date.setCellStyle(style(wb, "dd/mm/yyyy"));
        org.apache.poi.ss.usermodel.Cell count = data.createCell(3);
        count.setCellValue(1024);
        count.setCellStyle(style(wb, "#,##0"));
        data.createCell(4).setCellValue(3.5);
        data.createCell(5).setCellValue(true);
        data.createCell(6).setCellErrorValue(FormulaError.NA.getCode());
        Row sparse = sheet.createRow(9);
        sparse.createCell(0).setCellValue(123456789012.0);
        sparse.createCell(3).setCellValue(42);
        sheet.createRow(11).createCell(2).setCellStyle(style(wb, "0.00"));

        Sheet summary = wb.createSheet("Summary");
        summary.createRow(0).createCell(0).setCellValue("Nationality");
        summary.getRow(0).createCell(1).setCellValue("Total");
        summary.createRow(1).createCell(0).setCellValue("China");
        summary.getRow(1).createCell(1).setCellValue(136);
    }

    static void dateBook(XSSFWorkbook wb, double serial) {
        org.apache.poi.ss.usermodel.Cell cell = wb.createSheet("Dates").createRow(0).createCell(0);
        cell.setCellValue(serial);
        cell.setCellStyle(style(wb, "yyyy-mm-dd"));
    }

    static CellStyle style(org.apache.poi.ss.usermodel.Workbook wb, String format) {
        CellStyle style = wb.createCellStyle();
        style.setDataFormat(wb.createDataFormat().getFormat(format));
        return style;
    }
}
