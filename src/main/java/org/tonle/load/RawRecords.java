package org.tonle.load;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.LinkedHashMap;
import java.util.Map;
import org.tonle.feed.FeedDefinition;
import org.tonle.feed.FieldDefinition;
import org.tonle.read.Cell;

/**
 * A held-back row's cells as found, as a JSON object keyed by header text. Names and passport numbers
 * are masked and a date of birth is cut to its year: the record is shown to analysts.
 */
final class RawRecords {

    static final String MASK = "***";
    private static final ObjectMapper JSON = new ObjectMapper();

    private RawRecords() {
    }

    /** The column letters of the raw record's cells, in its order: "B,C,E". */
    static String columns(SourceRecord record, FeedDefinition feed) {
        java.util.List<String> letters = new java.util.ArrayList<>();
        for (FieldDefinition f : feed.fields()) {
            Integer col = record.columns().get(f.name());
            if (col != null) {
                letters.add(org.tonle.read.RawRow.columnLetters(col));
            }
        }
        return String.join(",", letters);
    }

    static String masked(SourceRecord record, FeedDefinition feed, FieldReader fields, boolean date1904) {
        Map<String, String> raw = new LinkedHashMap<>();
        for (FieldDefinition f : feed.fields()) {
            if (!record.columns().containsKey(f.name())) {
                continue;
            }
            Cell cell = record.cell(f.name());
            String shown = cell.display();
            switch (f.type()) {
                case NAME, PASSPORT -> shown = cell.isBlank() ? "" : MASK;
                case BIRTH_YEAR -> {
                    var year = fields.read(f, cell, date1904);
                    shown = cell.isBlank() ? "" : year.ok() && year.value() != null ? year.value().toString() : MASK;
                }
                default -> { }
            }
            raw.put(record.headers().get(f.name()), shown);
        }
        try {
            return JSON.writeValueAsString(raw);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a map of strings is always JSON", e);
        }
    }
}
