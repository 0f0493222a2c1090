package org.tonle.read;

import java.nio.file.Path;
import java.util.List;

/** Opens the right {@link RowSource} for a file by its content and extension. */
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
        throw new UnreadableFileException(displayName + ": readers are not written yet");
    }

    /** The sheet names of a workbook in order; an empty list for CSV. */
    public static List<String> sheetNames(Path file, String displayName, ReadLimits limits)
            throws UnreadableFileException {
        return List.of();
    }
}
