package org.tonle.sample;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Writes sample-input/, the realistic inbox that ./tonle run loads on a fresh clone. Re-runnable and
 * deterministic (seeded): {@code mvn -q test-compile exec:java} is not needed, run its main from the IDE
 * or with java -cp target/test-classes:... org.tonle.sample.SampleInbox sample-input.
 * The figures follow the seed story where they fit: 209 deported on 23 January 2026 (73 KOR, 136 MMR).
 */
public final class SampleInbox {

    private final Path root;
    private final Random random = new Random(20260123L);

    private SampleInbox(Path root) {
        this.root = root;
    }

    public static void main(String[] args) throws IOException {
        new SampleInbox(Path.of(args.length > 0 ? args[0] : "sample-input")).writeAll();
    }

    void writeAll() throws IOException {
        for (String feed : List.of("immigration", "police", "courts", "interior-stats")) {
            Files.createDirectories(root.resolve(feed));
        }
        Immigration.write(root.resolve("immigration"), random);
        Police.write(root.resolve("police"), random);
        Courts.write(root.resolve("courts"), random);
        InteriorStats.write(root.resolve("interior-stats"));
    }

    // ---------------------------------------------------------------- shared helpers

    static Workbook titled(String sheetName, List<String> titles, List<String> headers, List<List<Object>> rows,
                           List<Object> totalRow) {
        return titled(new XSSFWorkbook(), sheetName, titles, List.of(), headers, rows, totalRow);
    }

    /**
     * A register as the ministries' templates lay it out: merged title rows, a blank row, an optional
     * Khmer header row above the English one, the data (a null row is a blank row), then the control
     * row and a signature line.
     */
    static Workbook titled(Workbook wb, String sheetName, List<String> titles, List<String> khmerHeaders,
                           List<String> headers, List<List<Object>> rows, List<Object> totalRow) {
        Sheet sheet = wb.createSheet(sheetName);
        CellStyle dateStyle = wb.createCellStyle();
        dateStyle.setDataFormat(wb.getCreationHelper().createDataFormat().getFormat("dd/mm/yyyy"));
        int r = 0;
        for (String title : titles) {
            Row row = sheet.createRow(r);
            row.createCell(0).setCellValue(title);
            sheet.addMergedRegion(new CellRangeAddress(r, r, 0, headers.size() - 1));
            r++;
        }
        r++; // a blank row between the titles and the header, as the ministries' templates have
        if (!khmerHeaders.isEmpty()) {
            Row khmer = sheet.createRow(r++);
            for (int c = 0; c < khmerHeaders.size(); c++) {
                khmer.createCell(c).setCellValue(khmerHeaders.get(c));
            }
        }
        Row header = sheet.createRow(r++);
        for (int c = 0; c < headers.size(); c++) {
            header.createCell(c).setCellValue(headers.get(c));
        }
        for (List<Object> values : rows) {
            if (values == null) {
                r++;
                continue;
            }
            put(sheet.createRow(r++), values, dateStyle);
        }
        if (totalRow != null) {
            put(sheet.createRow(r++), totalRow, dateStyle);
            r++;
            sheet.createRow(r++).createCell(1).setCellValue("Prepared by: ............  Approved by: ............");
        }
        return wb;
    }

    /** A formula cell with the value Excel saved for it (Tonle never evaluates formulas). */
    record Formula(String formula, Object cached) {
    }

    static void put(Row row, List<Object> values, CellStyle dateStyle) {
        boolean date1904 = row.getSheet().getWorkbook() instanceof XSSFWorkbook x && x.isDate1904();
        for (int c = 0; c < values.size(); c++) {
            Object v = values.get(c);
            if (v == null) {
                continue;
            }
            var cell = row.createCell(c);
            if (v instanceof Formula f) {
                cell.setCellFormula(f.formula());
                if (f.cached() instanceof Number n) {
                    cell.setCellValue(n.doubleValue());
                } else {
                    cell.setCellValue(String.valueOf(f.cached()));
                }
            } else if (v instanceof LocalDate d) {
                // the serial number in the workbook's own date system, as Excel stores a date
                cell.setCellValue(DateUtil.getExcelDate(d.atStartOfDay(), date1904));
                cell.setCellStyle(dateStyle);
            } else if (v instanceof Number n) {
                cell.setCellValue(n.doubleValue());
            } else {
                cell.setCellValue(v.toString());
            }
        }
    }

    static void save(Workbook wb, Path file) throws IOException {
        if (!(wb instanceof XSSFWorkbook x)) {
            try (OutputStream out = Files.newOutputStream(file)) {
                wb.write(out);
            }
            wb.close();
            return;
        }
        // a fixed creation time and fixed ZIP entry times, so that a regenerated workbook has the same
        // bytes (and the same sha256 in the expected views)
        x.getProperties().getCoreProperties().setCreated(java.util.Optional.of(java.util.Date.from(FIXED)));
        java.io.ByteArrayOutputStream written = new java.io.ByteArrayOutputStream();
        wb.write(written);
        wb.close();
        try (var in = new java.util.zip.ZipInputStream(new java.io.ByteArrayInputStream(written.toByteArray()));
             var out = new java.util.zip.ZipOutputStream(Files.newOutputStream(file))) {
            for (java.util.zip.ZipEntry e; (e = in.getNextEntry()) != null; ) {
                java.util.zip.ZipEntry copy = new java.util.zip.ZipEntry(e.getName());
                copy.setTimeLocal(java.time.LocalDateTime.of(2026, 3, 1, 8, 0)); // the same in every time zone
                out.putNextEntry(copy);
                in.transferTo(out);
                out.closeEntry();
            }
        }
    }

    private static final java.time.Instant FIXED = java.time.Instant.parse("2026-03-01T01:00:00Z");

    static void csv(Path file, List<String> lines) throws IOException {
        Files.writeString(file, String.join("\r\n", lines) + "\r\n", StandardCharsets.UTF_8);
    }

    /** A CSV in the given encoding, with its byte-order mark when bom is true. */
    static void csv(Path file, List<String> lines, java.nio.charset.Charset charset, boolean bom) throws IOException {
        byte[] mark = !bom ? new byte[0] : "\uFEFF".getBytes(charset);
        byte[] body = (String.join("\r\n", lines) + "\r\n").getBytes(charset);
        byte[] all = java.util.Arrays.copyOf(mark, mark.length + body.length);
        System.arraycopy(body, 0, all, mark.length, body.length);
        Files.write(file, all);
    }

    static String pick(Random random, List<String> options) {
        return options.get(random.nextInt(options.size()));
    }

    static List<Object> list(Object... values) {
        List<Object> list = new ArrayList<>();
        for (Object v : values) {
            list.add(v);
        }
        return list;
    }
}
