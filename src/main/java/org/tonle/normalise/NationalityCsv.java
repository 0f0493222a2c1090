package org.tonle.normalise;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/** Reads one reference file of config/reference/: UTF-8, RFC 4180, a header row naming the columns. */
final class NationalityCsv {

    static final CSVFormat FORMAT = CSVFormat.RFC4180.builder()
            .setHeader().setSkipHeaderRecord(true).setIgnoreEmptyLines(true).get();

    /** One data row, with where it came from so that an error can point the operator at it. */
    record Row(Path file, long line, CSVRecord record) {
        String get(String column) {
            return record.isSet(column) ? record.get(column).strip() : "";
        }

        IllegalArgumentException error(String problem) {
            return new IllegalArgumentException(file + " line " + line + ": " + problem);
        }
    }

    private NationalityCsv() {
    }

    static List<Row> read(Path file, String... requiredColumns) {
        try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8);
             CSVParser parser = FORMAT.parse(r)) {
            for (String column : requiredColumns) {
                if (!parser.getHeaderMap().containsKey(column)) {
                    throw new IllegalArgumentException(file + " line 1: the header has no column '" + column
                            + "' (expected " + String.join(",", requiredColumns) + ")");
                }
            }
            List<Row> rows = new ArrayList<>();
            long line = 2;
            for (CSVRecord rec : parser) {
                rows.add(new Row(file, line, rec));
                // a quoted value may span lines: the next record starts where the parser stopped
                line = parser.getCurrentLineNumber() + 1;
            }
            return rows;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read reference file " + file, e);
        } catch (IllegalStateException e) {
            throw new IllegalArgumentException(file + " is not valid CSV: " + e.getMessage(), e);
        }
    }
}
