package org.tonle.load;

import java.util.List;
import java.util.Map;
import org.tonle.read.Cell;

/**
 * One row of a file as the layout sees it: a data row, a control row ("Total") of the data sheet,
 * or a row of the Summary sheet. Cells are keyed by field name; {@code headers} gives the header
 * text as found for each field and {@code columns} its column index, for messages and raw records.
 */
public record SourceRecord(Kind kind, String sheet, int rowNumber, Map<String, Cell> cells,
                           Map<String, String> headers, Map<String, Integer> columns, List<Cell> rowCells) {

    public enum Kind { DATA, CONTROL, SUMMARY, SUMMARY_TOTAL }

    public Cell cell(String field) {
        if (cells != null) {
            return cells.getOrDefault(field, Cell.BLANK);
        }
        Integer column = columns.get(field);
        return column == null ? Cell.BLANK : cellAt(column);
    }

    /** The cell in a column of the row (blank past its last cell); for records read from a sheet or CSV file. */
    public Cell cellAt(int column) {
        return column >= rowCells.size() ? Cell.BLANK : rowCells.get(column);
    }
}
