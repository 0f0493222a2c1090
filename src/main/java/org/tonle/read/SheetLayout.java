package org.tonle.read;

import java.util.List;
import java.util.Map;

/**
 * Where the header of a sheet is and which column holds which field.
 *
 * @param headerRow  Excel's row number of the (English) header row
 * @param columns    field name → 0-based column index
 * @param headers    field name → the header text as found (for raw records and messages)
 * @param titleLines the text of the rows above the header (report title, period line...)
 */
public record SheetLayout(int headerRow, Map<String, Integer> columns, Map<String, String> headers,
                          List<String> titleLines) {
}
