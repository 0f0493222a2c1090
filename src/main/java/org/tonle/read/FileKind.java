package org.tonle.read;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;

/**
 * What a file really is, judged by its first bytes. Senders rename files freely (a photo of a
 * register saved as "list.csv"), so the extension is only a hint for text files, which have no magic.
 */
enum FileKind {
    ZIP("a ZIP archive", bytes(0x50, 0x4B, 0x03, 0x04)),
    OLE2("an Office 97-2003 document", bytes(0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1)),
    PNG("a PNG image", bytes(0x89, 'P', 'N', 'G')),
    JPEG("a JPEG image", bytes(0xFF, 0xD8, 0xFF)),
    GIF("a GIF image", bytes('G', 'I', 'F', '8')),
    PDF("a PDF document", bytes('%', 'P', 'D', 'F')),
    /** No known magic: plain text, or something we cannot name. */
    OTHER("an unknown kind of file", new byte[0]);

    private final String description;
    private final byte[] magic;

    FileKind(String description, byte[] magic) {
        this.description = description;
        this.magic = magic;
    }

    /** "a PNG image": for messages. */
    String description() {
        return description;
    }

    static FileKind of(Path file) throws IOException {
        byte[] head = new byte[8];
        int read;
        try (InputStream in = Files.newInputStream(file)) {
            read = in.readNBytes(head, 0, head.length);
        }
        for (FileKind kind : values()) {
            if (kind != OTHER && read >= kind.magic.length
                    && Arrays.equals(head, 0, kind.magic.length, kind.magic, 0, kind.magic.length)) {
                return kind;
            }
        }
        return OTHER;
    }

    /** The lower-case extension without the dot, or "" when there is none. */
    static String extension(String name) {
        String base = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
        int dot = base.lastIndexOf('.');
        return dot < 0 ? "" : base.substring(dot + 1).toLowerCase(Locale.ROOT);
    }

    static boolean isTextExtension(String extension) {
        return extension.equals("csv") || extension.equals("txt") || extension.equals("tsv");
    }

    /** What the sender meant the file to be, for "this is X, not Y" messages. */
    static String expectedFrom(String extension) {
        if (isTextExtension(extension)) {
            return "a CSV file";
        }
        if (extension.startsWith("xl")) {
            return "an Excel workbook";
        }
        return "a spreadsheet or CSV file";
    }

    private static byte[] bytes(int... values) {
        byte[] result = new byte[values.length];
        for (int i = 0; i < values.length; i++) {
            result[i] = (byte) values[i];
        }
        return result;
    }
}
