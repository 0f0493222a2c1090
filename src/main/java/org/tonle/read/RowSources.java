package org.tonle.read;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Opens the right {@link RowSource} for a file by its content, using the extension only as a hint
 * for text files (they have no magic bytes). Every refusal message starts with the display name.
 */
public final class RowSources {

    private RowSources() {
    }

    /**
     * Opens one sheet of a workbook, or the CSV file.
     *
     * @param file        the file to read
     * @param displayName the name used in messages (the file's path inside the inbox)
     * @param sheetName   the sheet to read; null means the first sheet (ignored for CSV)
     */
    public static RowSource open(Path file, String displayName, String sheetName, ReadLimits limits)
            throws UnreadableFileException {
        return switch (checkedKind(file, displayName, limits)) {
            case ZIP -> XlsxRowSource.open(file, displayName, sheetName, limits);
            case OLE2 -> XlsRowSource.open(file, displayName, sheetName, limits);
            default -> CsvRowSource.open(file, displayName, limits);
        };
    }

    /**
     * Opens the file to resume after a restart: a CSV file from the record that starts at character
     * {@code offset} on line {@code line} (a {@link RawRow#offset} and its row number), so the
     * records before it are not parsed again, with its text read from {@code from} (the row's
     * {@link RawRow#checkpoint}; null: from the start), so the bytes before that are not decoded
     * again; a workbook from its start, as {@link #open} does.
     */
    public static RowSource openAt(Path file, String displayName, String sheetName, ReadLimits limits, long offset,
                                   int line, TextCheckpoint from) throws UnreadableFileException {
        return switch (checkedKind(file, displayName, limits)) {
            case ZIP -> XlsxRowSource.open(file, displayName, sheetName, limits);
            case OLE2 -> XlsRowSource.open(file, displayName, sheetName, limits);
            default -> CsvRowSource.open(file, displayName, limits, offset, line,
                    from == null || from.chars() >= Math.max(offset, 1) ? TextCheckpoint.START : from);
        };
    }

    /** Whether a workbook has a sheet of that name (case and spaces do not count); false for CSV. */
    public static boolean hasSheet(Path file, String displayName, String sheetName, ReadLimits limits)
            throws UnreadableFileException {
        return SheetNames.find(sheetName, sheetNames(file, displayName, limits)).isPresent();
    }

    /** The sheet names of a workbook in order; an empty list for CSV. */
    public static List<String> sheetNames(Path file, String displayName, ReadLimits limits)
            throws UnreadableFileException {
        return switch (checkedKind(file, displayName, limits)) {
            case ZIP -> XlsxRowSource.sheetNames(file, displayName, limits);
            case OLE2 -> XlsRowSource.sheetNames(file, displayName, limits);
            default -> List.of();
        };
    }

    /** The file's kind once size and type are acceptable: ZIP, OLE2, or OTHER meaning CSV text. */
    private static FileKind checkedKind(Path file, String displayName, ReadLimits limits)
            throws UnreadableFileException {
        long size;
        FileKind kind;
        try {
            size = Files.size(file);
            kind = size == 0 ? FileKind.OTHER : FileKind.of(file);
        } catch (IOException e) {
            throw new UnreadableFileException(displayName + ": the file cannot be opened (" + Texts.reason(e) + ")", e);
        }
        if (size == 0) {
            throw new UnreadableFileException(displayName + ": the file is empty");
        }
        if (size > limits.maxFileBytes()) {
            throw new UnreadableFileException(displayName + ": the file is " + Texts.count(size)
                    + " bytes, larger than the " + Texts.count(limits.maxFileBytes()) + " bytes accepted");
        }
        String extension = FileKind.extension(displayName);
        String expected = FileKind.expectedFrom(extension);
        return switch (kind) {
            case ZIP, OLE2 -> kind;
            case OTHER -> {
                if (expected.equals("an Excel workbook")) {
                    throw new UnreadableFileException(displayName + ": this is not an Excel workbook"
                            + " (its content is neither .xlsx nor .xls)");
                }
                if (!FileKind.isTextExtension(extension)) {
                    String type = extension.isEmpty() ? "files without an extension" : "files of type ." + extension;
                    throw new UnreadableFileException(displayName + ": " + type
                            + " are not read (only .xlsx, .xls, .csv, .txt and .tsv)");
                }
                yield kind;
            }
            default -> throw new UnreadableFileException(displayName + ": this is " + kind.description()
                    + ", not " + expected);
        };
    }
}
