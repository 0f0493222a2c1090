package org.tonle.read;

/**
 * The file cannot be read at all (not a valid workbook, wrong encoding, over a bound...).
 * The message is for an operator: it names the file and, where known, sheet, row and column.
 */
public class UnreadableFileException extends Exception {
    public UnreadableFileException(String message) {
        super(message);
    }

    public UnreadableFileException(String message, Throwable cause) {
        super(message, cause);
    }
}
