package org.tonle.support;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * An inbox built by a test: a copy of sample-input/ and files written in code, each with an explicit
 * arrival time (modification time), since arrival order decides which version is current.
 */
public final class TestInbox {

    /** When the sample files "arrived"; files added by a test arrive later. */
    public static final Instant SAMPLE_ARRIVAL = Instant.parse("2026-03-01T01:00:00Z");

    private final Path root;

    private TestInbox(Path root) {
        this.root = root;
    }

    public static TestInbox empty(Path root) throws IOException {
        for (String feed : List.of("immigration", "police", "courts", "interior-stats")) {
            Files.createDirectories(root.resolve(feed));
        }
        return new TestInbox(root);
    }

    public static TestInbox copyOfSample(Path root) throws IOException {
        TestInbox inbox = empty(root);
        Path sample = TonleRun.HOME.resolve("sample-input");
        try (Stream<Path> files = Files.walk(sample)) {
            for (Path f : files.filter(Files::isRegularFile).toList()) {
                Path target = root.resolve(sample.relativize(f).toString());
                Files.copy(f, target);
                Files.setLastModifiedTime(target, FileTime.from(SAMPLE_ARRIVAL));
            }
        }
        return inbox;
    }

    public Path root() {
        return root;
    }

    public String arg() {
        return "--inbox=" + root;
    }

    public Path csv(String feed, String name, Instant arrival, String... lines) throws IOException {
        Path file = root.resolve(feed).resolve(name);
        Files.writeString(file, String.join("\r\n", lines) + "\r\n", StandardCharsets.UTF_8);
        Files.setLastModifiedTime(file, FileTime.from(arrival));
        return file;
    }

    public Path copy(Path from, String feed, String name, Instant arrival) throws IOException {
        Path file = root.resolve(feed).resolve(name);
        Files.copy(from, file);
        Files.setLastModifiedTime(file, FileTime.from(arrival));
        return file;
    }

    /** A one-sheet workbook: title rows, a header row, then rows (LocalDate → date cell, Number → number). */
    public Path xlsx(String feed, String name, Instant arrival, List<String> titles, List<String> header,
                     List<List<Object>> rows) throws IOException {
        Path file = root.resolve(feed).resolve(name);
        try (XSSFWorkbook wb = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
            Sheet sheet = wb.createSheet("Sheet1");
            CellStyle dates = wb.createCellStyle();
            dates.setDataFormat(wb.getCreationHelper().createDataFormat().getFormat("dd/mm/yyyy"));
            int r = 0;
            for (String title : titles) {
                sheet.createRow(r++).createCell(0).setCellValue(title);
            }
            Row h = sheet.createRow(r++);
            for (int c = 0; c < header.size(); c++) {
                h.createCell(c).setCellValue(header.get(c));
            }
            for (List<Object> values : rows) {
                Row row = sheet.createRow(r++);
                for (int c = 0; c < values.size(); c++) {
                    Object v = values.get(c);
                    if (v instanceof LocalDate d) {
                        row.createCell(c).setCellValue(d);
                        row.getCell(c).setCellStyle(dates);
                    } else if (v instanceof Number n) {
                        row.createCell(c).setCellValue(n.doubleValue());
                    } else if (v != null) {
                        row.createCell(c).setCellValue(v.toString());
                    }
                }
            }
            wb.write(out);
        }
        Files.setLastModifiedTime(file, FileTime.from(arrival));
        return file;
    }
}
