package org.tonle.read;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Consumer;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** Test fixtures: workbooks and hand-made ZIP packages, built in the test rather than checked in. */
final class Workbooks {
    private Workbooks() {
    }

    static Path save(Workbook workbook, Path file) throws IOException {
        try (workbook; OutputStream out = Files.newOutputStream(file)) {
            workbook.write(out);
        }
        return file;
    }

    static Path xlsx(Path file, Consumer<XSSFWorkbook> build) throws IOException {
        XSSFWorkbook workbook = new XSSFWorkbook();
        build.accept(workbook);
        return save(workbook, file);
    }

    /** The entries of a ZIP file in order, name → bytes. */
    static Map<String, byte[]> entries(Path zip) throws IOException {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        try (ZipInputStream in = new ZipInputStream(Files.newInputStream(zip))) {
            for (ZipEntry entry; (entry = in.getNextEntry()) != null; ) {
                entries.put(entry.getName(), in.readAllBytes());
            }
        }
        return entries;
    }

    static Path zip(Path file, Map<String, byte[]> entries) throws IOException {
        try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(file))) {
            for (Map.Entry<String, byte[]> entry : entries.entrySet()) {
                out.putNextEntry(new ZipEntry(entry.getKey()));
                out.write(entry.getValue());
                out.closeEntry();
            }
        }
        return file;
    }

    /** A one-sheet workbook whose sheet1.xml is replaced by the given XML. */
    static Path withSheetXml(Path dir, String name, String sheetXml) throws IOException {
        Path valid = xlsx(dir.resolve("base-" + name), wb -> wb.createSheet("Sheet1").createRow(0).createCell(0).setCellValue("x"));
        Map<String, byte[]> entries = entries(valid);
        entries.put("xl/worksheets/sheet1.xml", sheetXml.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        return zip(dir.resolve(name), entries);
    }

    static byte[] bytes(InputStream in) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        in.transferTo(out);
        return out.toByteArray();
    }

    static String sheetXml(String rows) {
        return "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
                + "<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>"
                + rows + "</sheetData></worksheet>";
    }
}
