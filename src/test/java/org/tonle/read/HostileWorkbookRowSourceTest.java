package org.tonle.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.tonle.read.CsvRowSourceTest.readAll;
import static org.tonle.read.CsvRowSourceTest.refusal;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipArchiveOutputStream;
import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.ss.usermodel.Row;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Files built to hurt: each must be refused with a plain reason, quickly and in bounded memory. */
class HostileWorkbookRowSourceTest {

    @TempDir
    Path dir;

    @Test
    void refusesAZipBomb() throws IOException {
        Path bomb = bomb(dir.resolve("bomb.xlsx"));
        assertTrue(Files.size(bomb) < 1_000_000);
        assertEquals("bomb.xlsx: the workbook looks like a zip bomb (a part inflates more than 100 times)",
                refusal(bomb, ReadLimits.DEFAULT));
    }

    @Test
    void refusesAZipBombWhoseDirectoryLiesAboutTheSize() throws IOException {
        Path bomb = bomb(dir.resolve("liar.xlsx"));
        byte[] bytes = Files.readAllBytes(bomb);
        lieAboutSize(bytes, "xl/worksheets/sheet1.xml");
        Files.write(bomb, bytes);
        assertEquals("liar.xlsx: the workbook looks like a zip bomb (a part inflates more than 100 times)",
                refusal(bomb, ReadLimits.DEFAULT));
    }

    /** A valid workbook whose sheet is 50 MB of spaces: a few dozen kilobytes once compressed. */
    private Path bomb(Path file) throws IOException {
        Path valid = Workbooks.xlsx(dir.resolve("valid-" + file.getFileName()),
                wb -> wb.createSheet("S").createRow(0).createCell(0).setCellValue(1));
        try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(file))) {
            for (Map.Entry<String, byte[]> entry : Workbooks.entries(valid).entrySet()) {
                out.putNextEntry(new ZipEntry(entry.getKey()));
                if (entry.getKey().equals("xl/worksheets/sheet1.xml")) {
                    out.write(Workbooks.sheetXml("").replace("</sheetData></worksheet>", "").getBytes(StandardCharsets.UTF_8));
                    byte[] spaces = new byte[1 << 20];
                    Arrays.fill(spaces, (byte) ' ');
                    for (int i = 0; i < 50; i++) {
                        out.write(spaces);
                    }
                    out.write("</sheetData></worksheet>".getBytes(StandardCharsets.UTF_8));
                } else {
                    out.write(entry.getValue());
                }
                out.closeEntry();
            }
        }
        return file;
    }

    /** Rewrites the uncompressed size in the central directory entry of one part to 1,000 bytes. */
    private static void lieAboutSize(byte[] zip, String name) {
        byte[] wanted = name.getBytes(StandardCharsets.UTF_8);
        for (int i = 0; i + 46 < zip.length; i++) {
            boolean header = zip[i] == 0x50 && zip[i + 1] == 0x4B && zip[i + 2] == 0x01 && zip[i + 3] == 0x02;
            if (header && (zip[i + 28] & 0xFF | (zip[i + 29] & 0xFF) << 8) == wanted.length
                    && Arrays.equals(zip, i + 46, i + 46 + wanted.length, wanted, 0, wanted.length)) {
                zip[i + 24] = (byte) 0xE8;
                zip[i + 25] = 0x03;
                zip[i + 26] = 0;
                zip[i + 27] = 0;
                return;
            }
        }
        throw new AssertionError("no central directory entry for " + name);
    }

    @Test
    void refusesATruncatedWorkbook() throws IOException {
        Path valid = Workbooks.xlsx(dir.resolve("valid.xlsx"), XlsxRowSourceTest::register);
        byte[] bytes = Files.readAllBytes(valid);
        Path cut = Files.write(dir.resolve("cut.xlsx"), Arrays.copyOf(bytes, bytes.length / 2));
        String message = refusal(cut, ReadLimits.DEFAULT);
        assertTrue(message.startsWith("cut.xlsx: the workbook is damaged or incomplete"), message);
    }

    @Test
    void refusesDuplicateEntryNames() throws IOException {
        Path valid = Workbooks.xlsx(dir.resolve("valid.xlsx"), wb -> wb.createSheet("S").createRow(0).createCell(0).setCellValue(1));
        Path twice = dir.resolve("twice.xlsx");
        try (ZipArchiveOutputStream out = new ZipArchiveOutputStream(Files.newOutputStream(twice))) {
            for (Map.Entry<String, byte[]> entry : Workbooks.entries(valid).entrySet()) {
                int copies = entry.getKey().equals("xl/worksheets/sheet1.xml") ? 2 : 1;
                for (int i = 0; i < copies; i++) {
                    out.putArchiveEntry(new ZipArchiveEntry(entry.getKey()));
                    out.write(entry.getValue());
                    out.closeArchiveEntry();
                }
            }
        }
        assertEquals("twice.xlsx: the workbook is damaged or forged: it holds two parts named 'xl/worksheets/sheet1.xml'",
                refusal(twice, ReadLimits.DEFAULT));
    }

    @Test
    void refusesNamesThatDifferOnlyInCase() throws IOException {
        Path valid = Workbooks.xlsx(dir.resolve("valid.xlsx"), wb -> wb.createSheet("S").createRow(0).createCell(0).setCellValue(1));
        Map<String, byte[]> entries = Workbooks.entries(valid);
        entries.put("xl/worksheets/Sheet1.xml", Workbooks.sheetXml("").getBytes(StandardCharsets.UTF_8));
        String message = refusal(Workbooks.zip(dir.resolve("case.xlsx"), entries), ReadLimits.DEFAULT);
        assertEquals("case.xlsx: the workbook is damaged or forged: it holds two parts named 'xl/worksheets/Sheet1.xml'", message);
    }

    @Test
    void refusesTooManyEntries() throws IOException {
        Path valid = Workbooks.xlsx(dir.resolve("valid.xlsx"), wb -> wb.createSheet("S").createRow(0).createCell(0).setCellValue(1));
        Map<String, byte[]> entries = new LinkedHashMap<>(Workbooks.entries(valid));
        for (int i = 0; i < 1000; i++) {
            entries.put("xl/media/image" + i + ".bin", new byte[] {1});
        }
        assertEquals("many.xlsx: the workbook holds more than 1,000 parts, which no real workbook does",
                refusal(Workbooks.zip(dir.resolve("many.xlsx"), entries), ReadLimits.DEFAULT));
    }

    @Test
    void refusesAZipThatIsNotAWorkbook() throws IOException {
        Path zip = Workbooks.zip(dir.resolve("photos.xlsx"), Map.of("readme.txt", "hi".getBytes(StandardCharsets.US_ASCII)));
        String message = refusal(zip, ReadLimits.DEFAULT);
        assertTrue(message.startsWith("photos.xlsx: this is a ZIP archive, not an Excel workbook"), message);
    }

    @Test
    void refusesAPasswordProtectedXlsx() throws Exception {
        Path plain = Workbooks.xlsx(dir.resolve("plain.xlsx"), XlsxRowSourceTest::register);
        Path locked = dir.resolve("locked.xlsx");
        try (POIFSFileSystem fs = new POIFSFileSystem()) {
            Encryptor encryptor = new EncryptionInfo(EncryptionMode.agile).getEncryptor();
            encryptor.confirmPassword("secret");
            try (OutputStream out = encryptor.getDataStream(fs)) {
                Files.copy(plain, out);
            }
            try (OutputStream file = Files.newOutputStream(locked)) {
                fs.writeFilesystem(file);
            }
        }
        assertEquals("locked.xlsx: the workbook is password-protected", refusal(locked, ReadLimits.DEFAULT));
        assertEquals("locked.xlsx: the workbook is password-protected", assertThrows(UnreadableFileException.class,
                () -> RowSources.sheetNames(locked, "locked.xlsx", ReadLimits.DEFAULT)).getMessage());
    }

    @ParameterizedTest
    @ValueSource(strings = {"xl/worksheets/sheet1.xml", "xl/sharedStrings.xml", "xl/workbook.xml", "xl/styles.xml"})
    void neverResolvesAnExternalEntity(String part) throws Exception {
        Path secret = Files.writeString(dir.resolve("secret.txt"), "TOP-SECRET-PASSPORT-LIST");
        Path valid = Workbooks.xlsx(dir.resolve("valid.xlsx"), wb -> {
            Row row = wb.createSheet("S").createRow(0);
            row.createCell(0).setCellValue("x");
            row.createCell(1).setCellValue(1);
        });
        Map<String, byte[]> entries = Workbooks.entries(valid);
        String xml = new String(entries.get(part), StandardCharsets.UTF_8);
        String doctype = "<!DOCTYPE root [<!ENTITY xxe SYSTEM \"" + secret.toUri() + "\">]>";
        int afterDeclaration = xml.startsWith("<?xml") ? xml.indexOf("?>") + 2 : 0;
        xml = xml.substring(0, afterDeclaration) + doctype + xml.substring(afterDeclaration);
        xml = xml.replace("<t>x</t>", "<t>&xxe;</t>").replaceAll("<v>1(\\.0)?</v>", "<v>&xxe;</v>");
        assertTrue(!part.contains("sheet") && !part.contains("shared") || xml.contains("&xxe;"), xml);
        entries.put(part, xml.getBytes(StandardCharsets.UTF_8));
        Path file = Workbooks.zip(dir.resolve("xxe.xlsx"), entries);
        try {
            List<RawRow> rows = readAll(file, ReadLimits.DEFAULT);
            rows.forEach(row -> row.cells().forEach(cell -> assertFalse(cell.display().contains("TOP-SECRET"))));
        } catch (UnreadableFileException e) {
            assertTrue(e.getMessage().startsWith("xxe.xlsx: the workbook is refused: one of its XML parts uses a DTD"),
                    e.getMessage());
            assertFalse(e.getMessage().contains("TOP-SECRET"), e.getMessage());
        }
    }

    @Test
    void refusesAnOle2FileThatIsNoWorkbook() throws IOException {
        Path file = dir.resolve("letter.xls");
        try (POIFSFileSystem fs = new POIFSFileSystem(); OutputStream out = Files.newOutputStream(file)) {
            fs.createDocument(new java.io.ByteArrayInputStream(new byte[600]), "WordDocument");
            fs.writeFilesystem(out);
        }
        assertEquals("letter.xls: this is an Office 97-2003 document but not an Excel workbook",
                refusal(file, ReadLimits.DEFAULT));
    }
}
