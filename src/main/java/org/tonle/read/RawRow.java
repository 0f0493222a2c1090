package org.tonle.read;

import java.util.List;

/**
 * One row as found: the sheet it came from (null for CSV), its number as a person counts it
 * (Excel's row number, or the CSV record's first line number) and its cells in column order.
 * {@code offset} is, for CSV, the character position where the record starts in the text after
 * the byte-order mark, from which the file can be reopened ({@link RowSources#openAt}); -1 for sheets.
 * {@code checkpoint} is, for CSV, a point before it (at it for the first record) where decoding can
 * begin, or null when the record is too long for the decoder to have kept one.
 */
public record RawRow(String sheet, int rowNumber, List<Cell> cells, long offset, TextCheckpoint checkpoint) {

    public RawRow(String sheet, int rowNumber, List<Cell> cells) {
        this(sheet, rowNumber, cells, -1, null);
    }

    public Cell cell(int column) {
        return column < cells.size() ? cells.get(column) : Cell.BLANK;
    }

    public boolean isBlank() {
        for (int i = 0, n = cells.size(); i < n; i++) {   // once a row: no stream, no iterator
            if (!cells.get(i).isBlank()) {
                return false;
            }
        }
        return true;
    }

    /** The 0-based index of Excel's column letters: A → 0, AA → 26. */
    public static int columnIndex(String letters) {
        int index = 0;
        for (char c : letters.toCharArray()) {
            index = index * 26 + (c - 'A' + 1);
        }
        return index - 1;
    }

    /** Excel's column letters for a 0-based index: 0 → A, 26 → AA. */
    public static String columnLetters(int column) {
        StringBuilder letters = new StringBuilder();
        for (int c = column + 1; c > 0; c = (c - 1) / 26) {
            letters.insert(0, (char) ('A' + (c - 1) % 26));
        }
        return letters.toString();
    }
}
