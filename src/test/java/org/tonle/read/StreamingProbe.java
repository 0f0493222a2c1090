package org.tonle.read;

import java.nio.file.Path;

/** Run in a child JVM with a small heap: reads a whole sheet and prints what it saw. */
public final class StreamingProbe {
    private StreamingProbe() {
    }

    public static void main(String[] args) throws Exception {
        Path file = Path.of(args[0]);
        long rows = 0;
        RawRow last = null;
        try (RowSource source = RowSources.open(file, file.getFileName().toString(), null, ReadLimits.DEFAULT)) {
            for (RawRow row; (row = source.next()) != null; ) {
                rows++;
                last = row;
            }
        }
        System.out.println("rows=" + rows + " last=" + last.rowNumber() + " cells=" + last.cells().size()
                + " name=" + last.cell(0).text() + " date=" + last.cell(3).date());
    }
}
