package org.tonle.hostile;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.tonle.support.TonleRun;

/**
 * Hostile and broken files, built in test code from the sample's valid files so that the only thing
 * wrong with each one is the thing under test.
 */
final class HostileFiles {

    /** A valid immigration workbook of the sample: the base every hostile workbook is made from. */
    static final Path BASE_XLSX = TonleRun.HOME.resolve("sample-input/immigration/deportation_batch_2026-01-15.xlsx");
    /** A valid police CSV of the sample: 29 rows, 825 suspects, 155 of them women, 106 victims. */
    static final Path VALID_POLICE = TonleRun.HOME.resolve("sample-input/police/police_arrests_2026-01.csv");
    static final String SHEET = "xl/worksheets/sheet1.xml";

    private HostileFiles() {
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

    static byte[] zip(Map<String, byte[]> entries) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream out = new ZipOutputStream(bytes)) {
            for (Map.Entry<String, byte[]> entry : entries.entrySet()) {
                out.putNextEntry(new ZipEntry(entry.getKey()));
                out.write(entry.getValue());
                out.closeEntry();
            }
        }
        return bytes.toByteArray();
    }

    static Path write(Path file, byte[] bytes) throws IOException {
        Files.createDirectories(file.getParent());
        return Files.write(file, bytes);
    }

    /**
     * A workbook whose sheet part inflates to about a gigabyte of blanks inside its sheetData, written
     * streaming (the test never holds it in memory): about 1 MB on disk.
     */
    static Path zipBomb(Path file) throws IOException {
        Map<String, byte[]> base = entries(BASE_XLSX);
        Files.createDirectories(file.getParent());
        try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(file))) {
            out.setLevel(Deflater.BEST_COMPRESSION);
            for (Map.Entry<String, byte[]> entry : base.entrySet()) {
                out.putNextEntry(new ZipEntry(entry.getKey()));
                if (entry.getKey().equals(SHEET)) {
                    out.write(("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<worksheet xmlns="
                            + "\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>")
                            .getBytes(StandardCharsets.UTF_8));
                    byte[] blanks = new byte[1 << 20];
                    Arrays.fill(blanks, (byte) ' ');
                    for (int i = 0; i < 1024; i++) {
                        out.write(blanks);
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

    /** A workbook padded with 1,100 tiny extra parts. */
    static Path tooManyEntries(Path file) throws IOException {
        Map<String, byte[]> entries = entries(BASE_XLSX);
        for (int i = 1; i <= 1100; i++) {
            entries.put("customXml/item" + i + ".xml", "<x/>".getBytes(StandardCharsets.UTF_8));
        }
        return write(file, zip(entries));
    }

    /**
     * A workbook holding two entries named xl/worksheets/sheet1.xml. java.util.zip refuses to write
     * that, so the second is written under a name of the same length and renamed in the bytes (local
     * header and central directory alike; a name is not covered by the CRC).
     */
    static Path duplicateEntryNames(Path file) throws IOException {
        Map<String, byte[]> entries = entries(BASE_XLSX);
        entries.put("xl/worksheets/sheetQ.xml", entries.get(SHEET));
        byte[] bytes = zip(entries);
        byte[] from = "xl/worksheets/sheetQ.xml".getBytes(StandardCharsets.US_ASCII);
        byte[] to = SHEET.getBytes(StandardCharsets.US_ASCII);
        int replaced = 0;
        for (int i = 0; i + from.length <= bytes.length; i++) {
            if (Arrays.equals(bytes, i, i + from.length, from, 0, from.length)) {
                System.arraycopy(to, 0, bytes, i, to.length);
                replaced++;
            }
        }
        if (replaced != 2) {
            throw new IllegalStateException("expected the name in the local header and the directory, found " + replaced);
        }
        return write(file, bytes);
    }

    /**
     * The base workbook with one part given a DOCTYPE declaring an external entity (a local file), an
     * external parameter entity (a URL the test listens on) and an entity-expansion chain, and a
     * reference to both.
     */
    static Path withEntities(Path file, String part, Path secret, int port) throws IOException {
        Map<String, byte[]> entries = entries(BASE_XLSX);
        String xml = new String(entries.get(part), StandardCharsets.UTF_8);
        int declarationEnd = xml.startsWith("<?xml") ? xml.indexOf("?>") + 2 : 0;
        int rootClose = xml.lastIndexOf("</");
        String root = xml.substring(rootClose + 2, xml.indexOf('>', rootClose));
        String doctype = "<!DOCTYPE " + root + " [\n"
                + "  <!ENTITY xxe SYSTEM \"" + secret.toUri() + "\">\n"
                + "  <!ENTITY % remote SYSTEM \"http://127.0.0.1:" + port + "/evil.dtd\">\n"
                + "  %remote;\n"
                + "  <!ENTITY lol \"lollollollollollollollollollol\">\n"
                + "  <!ENTITY lol1 \"&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;\">\n"
                + "  <!ENTITY lol2 \"&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;\">\n"
                + "  <!ENTITY lol3 \"&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;\">\n"
                + "  <!ENTITY lol4 \"&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;\">\n"
                + "  <!ENTITY lol5 \"&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;\">\n"
                + "  <!ENTITY lol6 \"&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;\">\n"
                + "  <!ENTITY lol7 \"&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;\">\n"
                + "  <!ENTITY lol8 \"&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;\">\n"
                + "  <!ENTITY lol9 \"&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;\">\n"
                + "]>";
        // in a sheet, inside sheetData (the reader stops there); elsewhere just before the root closes
        int at = xml.contains("<sheetData>") ? xml.indexOf("<sheetData>") + "<sheetData>".length() : rootClose;
        String hostile = xml.substring(0, declarationEnd) + doctype + xml.substring(declarationEnd, at)
                + "&xxe;&lol9;" + xml.substring(at);
        entries.put(part, hostile.getBytes(StandardCharsets.UTF_8));
        return write(file, zip(entries));
    }

    /** The first half of a valid workbook: no central directory. */
    static Path truncated(Path file) throws IOException {
        byte[] whole = Files.readAllBytes(BASE_XLSX);
        return write(file, Arrays.copyOf(whole, whole.length / 2));
    }

    /** The base workbook encrypted with a password (agile encryption, as Excel does it): an OLE2 file. */
    static Path passwordProtected(Path file) throws Exception {
        POIFSFileSystem fs = new POIFSFileSystem();
        EncryptionInfo info = new EncryptionInfo(EncryptionMode.agile);
        Encryptor encryptor = info.getEncryptor();
        encryptor.confirmPassword("secret");
        try (OutputStream out = encryptor.getDataStream(fs)) {
            out.write(Files.readAllBytes(BASE_XLSX));
        }
        Files.createDirectories(file.getParent());
        try (fs; OutputStream out = Files.newOutputStream(file)) {
            fs.writeFilesystem(out);
        }
        return file;
    }

    /** A PNG image (signature and an IHDR chunk) saved under a .csv name. */
    static Path pngAsCsv(Path file) throws IOException {
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R',
                0, 0, 0, 1, 0, 0, 0, 1, 8, 6, 0, 0, 0, 0x1F, 0x15, (byte) 0xC4, (byte) 0x89};
        return write(file, png);
    }

    /** A police CSV whose remarks on the first data row is one field of about a megabyte. */
    static Path csvWithHugeField(Path file) throws IOException {
        String header = "operation_id,operation_date,province,nationality,suspects_arrested,of_which_female,"
                + "victims_rescued,remarks\n";
        String row = "OP-2026-0901,02/01/2026,Kampot,Thailand,1,0,0," + "x".repeat(1_000_000) + "\n";
        return write(file, (header + row).getBytes(StandardCharsets.UTF_8));
    }

    /** A police CSV of exactly the given size: a header and a pad of ordinary rows. */
    static Path csvOfSize(Path file, int size) throws IOException {
        StringBuilder text = new StringBuilder("operation_id,operation_date,province,nationality,suspects_arrested,"
                + "of_which_female,victims_rescued,remarks\n");
        String row = "OP-2026-0902,03/01/2026,Kampot,Thailand,1,0,0,\n";
        while (text.length() + row.length() <= size) {
            text.append(row);
        }
        text.append(" ".repeat(size - text.length()));
        return write(file, text.toString().getBytes(StandardCharsets.US_ASCII));
    }
}
