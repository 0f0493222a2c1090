package org.tonle.variants;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.apache.poi.hssf.record.DateWindow1904Record;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * A workbook written cell by cell, as a ministry clerk would make it: merged title rows, blank rows,
 * hidden columns, date cells in either of Excel's date systems, bare serial numbers and formulas.
 * Values: String → text, Number → a number with no format, LocalDate → a date-formatted cell,
 * {@link Formula} → a formula with or without a saved value, null → no cell.
 */
final class Book {

    /** A formula; cached null means Excel never saved a value (a file written by a program). */
    record Formula(String formula, Object cached) {
    }

    final Workbook wb;
    private final boolean date1904;
    private final CellStyle dates;
    private Sheet sheet;
    private int r;

    private Book(Workbook wb, boolean date1904) {
        this.wb = wb;
        this.date1904 = date1904;
        this.dates = wb.createCellStyle();
        dates.setDataFormat(wb.getCreationHelper().createDataFormat().getFormat("dd/mm/yyyy"));
    }

    static Book xlsx(boolean date1904) {
        XSSFWorkbook wb = new XSSFWorkbook();
        if (date1904) {
            var ct = wb.getCTWorkbook();
            (ct.isSetWorkbookPr() ? ct.getWorkbookPr() : ct.addNewWorkbookPr()).setDate1904(true);
        }
        return new Book(wb, date1904);
    }

    static Book xls(boolean date1904) {
        HSSFWorkbook wb = new HSSFWorkbook();
        if (date1904) {
            ((DateWindow1904Record) wb.getInternalWorkbook().findFirstRecordBySid(DateWindow1904Record.sid))
                    .setWindowing((short) 1);
        }
        return new Book(wb, date1904);
    }

    Book sheet(String name) {
        sheet = wb.createSheet(name);
        r = 0;
        return this;
    }

    /** A title row merged across the given number of columns. */
    Book title(String text, int width) {
        sheet.createRow(r).createCell(0).setCellValue(text);
        sheet.addMergedRegion(new CellRangeAddress(r, r, 0, width - 1));
        r++;
        return this;
    }

    Book blank() {
        r++;
        return this;
    }

    /** One row from column A; null leaves a cell out. */
    Book row(Object... values) {
        Row row = sheet.createRow(r++);
        for (int c = 0; c < values.length; c++) {
            put(row, c, values[c]);
        }
        return this;
    }

    Book hide(int column) {
        sheet.setColumnHidden(column, true);
        return this;
    }

    /** Excel's row number of the next row written. */
    int nextRow() {
        return r + 1;
    }

    private void put(Row row, int c, Object v) {
        if (v == null) {
            return;
        }
        Cell cell = row.createCell(c);
        if (v instanceof Formula f) {
            cell.setCellFormula(f.formula());
            if (f.cached() instanceof LocalDate d) {
                cell.setCellValue(DateUtil.getExcelDate(d.atStartOfDay(), date1904));
                cell.setCellStyle(dates);
            } else if (f.cached() instanceof Number n) {
                cell.setCellValue(n.doubleValue());
            } else if (f.cached() != null) {
                cell.setCellValue(f.cached().toString());
            }
        } else if (v instanceof LocalDate d) {
            // the serial number of the book's own date system, as Excel stores it
            cell.setCellValue(DateUtil.getExcelDate(d.atStartOfDay(), date1904));
            cell.setCellStyle(dates);
        } else if (v instanceof Number n) {
            cell.setCellValue(n.doubleValue());
        } else {
            cell.setCellValue(v.toString());
        }
    }

    Path save(Path file, Instant arrival) throws IOException {
        Files.createDirectories(file.getParent());
        try (wb; OutputStream out = Files.newOutputStream(file)) {
            wb.write(out);
        }
        Files.setLastModifiedTime(file, FileTime.from(arrival));
        return file;
    }

    /** A text file written exactly as given: the lines joined by CRLF, in the charset, with or without a BOM. */
    static Path text(Path file, Instant arrival, Charset charset, boolean bom, List<String> lines) throws IOException {
        Files.createDirectories(file.getParent());
        byte[] body = (String.join("\r\n", lines) + "\r\n").getBytes(charset);
        byte[] mark = !bom ? new byte[0] : charset.name().startsWith("UTF-16") ? "\uFEFF".getBytes(charset)
                : new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
        byte[] all = new byte[mark.length + body.length];
        System.arraycopy(mark, 0, all, 0, mark.length);
        System.arraycopy(body, 0, all, mark.length, body.length);
        Files.write(file, all);
        Files.setLastModifiedTime(file, FileTime.from(arrival));
        return file;
    }
}
