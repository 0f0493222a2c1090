package org.tonle.read;

import java.nio.file.Path;
import java.util.List;

final class XlsRowSource {
    static RowSource open(Path file, String displayName, String sheetName, ReadLimits limits)
            throws UnreadableFileException {
        throw new UnreadableFileException(displayName + ": .xls workbooks are not read yet");
    }

    static List<String> sheetNames(Path file, String displayName, ReadLimits limits) throws UnreadableFileException {
        throw new UnreadableFileException(displayName + ": .xls workbooks are not read yet");
    }
}
