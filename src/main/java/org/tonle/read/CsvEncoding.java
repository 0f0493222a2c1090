package org.tonle.read;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The text encoding of a CSV file, told by its byte-order mark. Without one we insist on UTF-8:
 * guessing a legacy code page would silently turn Khmer into mojibake, refusing is safer.
 */
record CsvEncoding(Charset charset, String name, int bomLength) {

    static CsvEncoding of(Path file) throws IOException {
        byte[] head = new byte[3];
        int read;
        try (InputStream in = Files.newInputStream(file)) {
            read = in.readNBytes(head, 0, 3);
        }
        if (read >= 3 && (head[0] & 0xFF) == 0xEF && (head[1] & 0xFF) == 0xBB && (head[2] & 0xFF) == 0xBF) {
            return new CsvEncoding(StandardCharsets.UTF_8, "UTF-8", 3);
        }
        if (read >= 2 && (head[0] & 0xFF) == 0xFF && (head[1] & 0xFF) == 0xFE) {
            return new CsvEncoding(StandardCharsets.UTF_16LE, "UTF-16", 2);
        }
        if (read >= 2 && (head[0] & 0xFF) == 0xFE && (head[1] & 0xFF) == 0xFF) {
            return new CsvEncoding(StandardCharsets.UTF_16BE, "UTF-16", 2);
        }
        return new CsvEncoding(StandardCharsets.UTF_8, "UTF-8", 0);
    }

    /** A strictly decoding reader over the text after the byte-order mark. */
    StrictDecodingReader open(Path file, String displayName) throws IOException {
        return open(file, displayName, TextCheckpoint.START);
    }

    /** A strictly decoding reader over the text from a checkpoint of it on (its bytes are not read). */
    StrictDecodingReader open(Path file, String displayName, TextCheckpoint from) throws IOException {
        InputStream in = new BufferedInputStream(Files.newInputStream(file), 64 * 1024);
        try {
            in.skipNBytes(bomLength + from.bytes());
        } catch (IOException e) {
            in.close();
            throw e;
        }
        return new StrictDecodingReader(in, charset, name, displayName, from);
    }
}
