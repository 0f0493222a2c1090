package org.tonle.read;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Rows of a CSV file, one record at a time. Encoding comes from the byte-order mark, the separator
 * from the header line; every cell is text (typing is the normaliser's job).
 */
final class CsvRowSource implements RowSource {
    private final String displayName;
    private final CSVParser parser;
    private final StrictDecodingReader text;
    private final Iterator<CSVRecord> records;
    /** Characters and lines before the point the parser started from (0 and 0 from the start). */
    private final long charBase;
    private final long lineBase;

    private CsvRowSource(String displayName, StrictDecodingReader text, CSVParser parser, long charBase,
                         long lineBase) {
        this.displayName = displayName;
        this.text = text;
        this.parser = parser;
        this.records = parser.iterator();
        this.charBase = charBase;
        this.lineBase = lineBase;
    }

    static CsvRowSource open(Path file, String displayName, ReadLimits limits) throws UnreadableFileException {
        return open(file, displayName, limits, 0, 1, TextCheckpoint.START);
    }

    /**
     * Opens the file so that the first record read is the one starting at character {@code offset}
     * (a record's {@link RawRow#offset}) on line {@code line}. Reading starts at {@code from}, a
     * checkpoint before that character ({@link RawRow#checkpoint}, or the start of the text):
     * the bytes before it are not read again, and the text between it and the record is decoded but
     * not parsed; the character before the record must be a line break, as before every record but
     * the first. A restart near the end of a large file neither parses nor decodes a million records.
     */
    static CsvRowSource open(Path file, String displayName, ReadLimits limits, long offset, int line,
                             TextCheckpoint from) throws UnreadableFileException {
        if (from.chars() > offset) {
            throw new IllegalArgumentException("checkpoint " + from + " is after character " + offset);
        }
        Reader reader = null;
        try {
            CsvEncoding encoding = CsvEncoding.of(file);
            char separator;
            try (Reader sniffing = encoding.open(file, displayName)) {
                separator = CsvSniffer.separator(sniffing);
            }
            StrictDecodingReader text = encoding.open(file, displayName, from);
            reader = text;
            char before = text.skip(offset - from.chars(), line);
            if (offset > 0 && before != '\n' && before != '\r') {
                // a record starts after a line break: anything else is not where a record of this file started
                throw new RefusedInputException(displayName + ": the point where the load stopped (character "
                        + Texts.count(offset) + ", line " + Texts.count(line) + ") is not at the start of a line,"
                        + " so the load cannot be resumed there");
            }
            reader = new BoundedCsvReader(text, separator, limits, displayName, line);
            CSVFormat format = CSVFormat.DEFAULT.builder()
                    .setDelimiter(separator)
                    // kept so that line numbers stay exact; blank records are skipped in next()
                    .setIgnoreEmptyLines(false)
                    .get();
            return new CsvRowSource(displayName, text, CSVParser.parse(reader, format), offset, line - 1L);
        } catch (IOException | RuntimeException e) {
            closeQuietly(reader);
            throw refusal(displayName, 1, e);
        }
    }

    @Override
    public RawRow next() throws UnreadableFileException {
        while (true) {
            // the parser has counted every line break before this record: it starts on the next line
            long firstLine = lineBase + parser.getCurrentLineNumber() + 1;
            CSVRecord record;
            try {
                if (!records.hasNext()) {
                    return null;
                }
                record = records.next();
            } catch (UncheckedIOException | IllegalStateException e) {
                throw refusal(displayName, firstLine, e);
            }
            if (record.size() == 1 && record.get(0).isBlank()) {
                continue;
            }
            List<Cell> cells = new ArrayList<>(record.size());
            for (int i = 0, n = record.size(); i < n; i++) {   // CSVRecord's iterator builds a stream and a list
                cells.add(Cell.text(record.get(i)));
            }
            long offset = charBase + record.getCharacterPosition();
            // the parser reads ahead of its records, so the decoder is past this one's start: where its buffer began
            return new RawRow(null, Math.toIntExact(firstLine), cells, offset, text.checkpointAt(offset));
        }
    }

    @Override
    public boolean date1904() {
        return false;
    }

    @Override
    public void close() {
        closeQuietly(parser);
    }

    private static UnreadableFileException refusal(String displayName, long line, Exception e) {
        RefusedInputException refused = RefusedInputException.findIn(e);
        if (refused != null) {
            return new UnreadableFileException(refused.getMessage(), e);
        }
        String reason = Texts.reason(e);
        String where = displayName + ": line " + Texts.count(line);
        if (reason.contains("EOF reached before encapsulated token finished")) {
            return new UnreadableFileException(where + " opens a quoted field that is never closed", e);
        }
        if (reason.contains("invalid char between encapsulated token and delimiter")) {
            return new UnreadableFileException(where + " has text after the closing quote of a field", e);
        }
        return new UnreadableFileException(where + ": the CSV text cannot be read (" + reason + ")", e);
    }

    private static void closeQuietly(AutoCloseable closeable) {
        if (closeable != null) {
            try {
                closeable.close();
            } catch (Exception ignored) {
                // nothing useful to do: we are already reporting or finishing
            }
        }
    }
}
