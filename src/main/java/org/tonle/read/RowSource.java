package org.tonle.read;

/**
 * A stream of the raw rows of one sheet (or of one CSV file), read in bounded memory.
 * Implementations never load a whole workbook.
 */
public interface RowSource extends AutoCloseable {

    /** The next row, or null at the end. Entirely empty rows may be skipped by the reader. */
    RawRow next() throws UnreadableFileException;

    /** True when the workbook uses Excel's 1904 date system (always false for CSV and 1900 books). */
    boolean date1904();

    @Override
    void close();
}
