package org.tonle.load;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.tonle.feed.FeedDefinition;
import org.tonle.feed.FieldDefinition;
import org.tonle.feed.FieldType;
import org.tonle.read.RawRow;
import org.tonle.read.Cell;
import org.tonle.read.HeaderKey;
import org.tonle.reconcile.RawRecordJson;

/**
 * Turns a held-back row's raw record (header text → cell as found) back into a source record, so it
 * can be normalised again, with the cells' original columns. Masked passport numbers come back blank:
 * they were never kept, so a replayed row has no passport link.
 */
final class HeldRowRecords {

    private HeldRowRecords() {
    }

    static SourceRecord toRecord(String rawRecord, String rawColumns, FeedDefinition feed, String sheet, int row) {
        Map<String, String> raw = RawRecordJson.parse(rawRecord);
        String[] letters = rawColumns == null || rawColumns.isBlank() ? new String[0] : rawColumns.split(",");
        Map<String, Cell> cells = new LinkedHashMap<>();
        Map<String, String> headers = new LinkedHashMap<>();
        Map<String, Integer> columns = new LinkedHashMap<>();
        int col = 0;
        for (Map.Entry<String, String> e : raw.entrySet()) {
            List<String> keys = HeaderKey.ofCell(e.getKey());
            for (FieldDefinition f : feed.fields()) {
                if (!cells.containsKey(f.name()) && f.headers().stream().map(HeaderKey::of).anyMatch(keys::contains)) {
                    // a masked name is still a name (required, never stored); a masked passport is gone
                    String value = RawRecords.MASK.equals(e.getValue()) && f.type() != FieldType.NAME ? "" : e.getValue();
                    cells.put(f.name(), Cell.text(value));
                    headers.put(f.name(), e.getKey());
                    columns.put(f.name(), col < letters.length ? RawRow.columnIndex(letters[col]) : col);
                    break;
                }
            }
            col++;
        }
        return new SourceRecord(SourceRecord.Kind.DATA, sheet, row, cells, headers, columns, List.of());
    }
}
