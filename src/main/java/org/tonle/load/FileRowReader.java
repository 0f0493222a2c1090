package org.tonle.load;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.item.ItemStreamException;
import org.springframework.batch.infrastructure.item.ItemStreamReader;
import org.tonle.feed.ControlTotals;
import org.tonle.intake.FileLedger;
import org.tonle.normalise.DateReader;
import org.tonle.read.Cell;
import org.tonle.read.LayoutDetector;
import org.tonle.read.PrefetchingRowSource;
import org.tonle.read.RawRow;
import org.tonle.read.ReadLimits;
import org.tonle.read.RowSource;
import org.tonle.read.RowSources;
import org.tonle.read.SheetLayout;
import org.tonle.read.TextCheckpoint;
import org.tonle.read.UnreadableFileException;

/**
 * Reads one file as records: the data sheet after its header, up to its control row, then the
 * Summary sheet where the feed defines one. Its position (phase and last row) is kept in the step's
 * ExecutionContext, so a restart resumes after the last committed chunk.
 */
public class FileRowReader implements ItemStreamReader<SourceRecord> {

    static final String DATA_ROWS = "tonle.dataRows";
    static final String BLANK_ROWS = "tonle.blankRows";
    private static final String PHASE = "tonle.phase";
    private static final String LAST_ROW = "tonle.lastRow";
    private static final String NEXT_ROW = "tonle.nextRow";
    private static final String LAST_OFFSET = "tonle.lastOffset";
    private static final String CHECKPOINT_BYTES = "tonle.checkpointBytes";
    private static final String CHECKPOINT_CHARS = "tonle.checkpointChars";

    private enum Phase { DATA, SUMMARY, DONE }

    private final LoadContext load;
    private final ReadLimits limits;
    private final DateReader dates;
    private final LoadLedger ledger;
    private final ControlRows controlRows;

    private Phase phase = Phase.DATA;
    private int lastRow;
    /** Where the last row starts in a CSV file's text ({@link RawRow#offset}), -1 when unknown. */
    private long lastOffset = -1;
    /** Where decoding can begin at or before the last row, in a CSV file ({@link RawRow#checkpoint}), or null. */
    private TextCheckpoint lastCheckpoint;
    /** The row (CSV: line) where the next row starts if no blank one comes first. */
    private int nextRow;
    private long dataRows;
    private long blankRows;
    private RowSource source;
    private SheetLayout layout;
    private final Deque<RawRow> buffered = new ArrayDeque<>();

    public FileRowReader(LoadContext load, ReadLimits limits, DateReader dates, LoadLedger ledger) {
        this.load = load;
        this.limits = limits;
        this.dates = dates;
        this.ledger = ledger;
        this.controlRows = new ControlRows(load.feed().controls().markers());
    }

    @Override
    public void open(ExecutionContext context) {
        phase = Phase.valueOf(context.getString(PHASE, Phase.DATA.name()));
        lastRow = context.getInt(LAST_ROW, 0);
        lastOffset = context.getLong(LAST_OFFSET, -1);
        long checkpointBytes = context.getLong(CHECKPOINT_BYTES, -1);
        long checkpointChars = context.getLong(CHECKPOINT_CHARS, -1);
        // a checkpoint before the record (see StrictDecodingReader#checkpointAt), else none: read from the start
        lastCheckpoint = checkpointBytes >= 0 && checkpointChars >= 0 && checkpointChars <= checkpointBytes
                && checkpointChars < lastOffset ? new TextCheckpoint(checkpointBytes, checkpointChars) : null;
        nextRow = context.getInt(NEXT_ROW, 0);
        dataRows = context.getLong(DATA_ROWS, 0);
        blankRows = context.getLong(BLANK_ROWS, 0);
        boolean resuming = lastRow > 0 || phase != Phase.DATA;
        // a restart hashes the file on a thread of its own while the file is reopened where it stopped
        // (a CSV file from a byte position); no row reaches the step before the hash has shown the file
        // unchanged
        CompletableFuture<String> hash = resuming ? sha256(load) : null;
        try {
            openPhase(!resuming);
        } catch (UnreadableFileException | RuntimeException e) {
            if (hash != null) {
                closeSource();
                try {
                    requireUnchanged(hash);   // a changed file is the better explanation
                } catch (RuntimeException changedOrUnreadable) {
                    changedOrUnreadable.addSuppressed(e);
                    throw changedOrUnreadable;
                }
            }
            throw e instanceof UnreadableFileException u ? new ItemStreamException(u.getMessage(), u)
                    : (RuntimeException) e;
        }
        if (hash != null) {
            try {
                requireUnchanged(hash);
            } catch (ItemStreamException e) {
                closeSource();
                throw e;
            }
        }
    }

    private static CompletableFuture<String> sha256(LoadContext load) {
        return CompletableFuture.supplyAsync(() -> {
            try {
                return FileLedger.sha256(load.file());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }, task -> {
            Thread thread = new Thread(task, "tonle-hash " + load.displayName());
            thread.setDaemon(true);
            thread.start();
        });
    }

    /**
     * A restart resumes at a row number (and, in a CSV file, at a character position, its text read
     * from a byte position) of the file as it was first read: a file changed since would be resumed in
     * the middle of other rows, or of a character.
     */
    private void requireUnchanged(CompletableFuture<String> hash) {
        String now;
        try {
            now = hash.join();
        } catch (CompletionException e) {
            Throwable cause = e.getCause() instanceof UncheckedIOException io ? io.getCause() : e.getCause();
            throw new ItemStreamException(load.displayName() + " cannot be read again to resume it ("
                    + cause.getMessage() + ")", cause);
        }
        if (!now.equals(ledger.recordedSha256(load.loadId()))) {
            throw new ItemStreamException(load.displayName() + " has changed since this load began reading it, so "
                    + "it cannot be resumed where it stopped: abandon this load, and the next run loads the file "
                    + "again as a new one");
        }
    }

    private void openPhase(boolean firstOpen) throws UnreadableFileException {
        closeSource();
        if (phase == Phase.DATA) {
            RowSource fromTheStart = RowSources.open(load.file(), load.displayName(), load.feed().dataSheet(), limits);
            // a restart reads the first rows only to find the header: no reading ahead of them, which a
            // reopening where the load stopped would throw away
            source = firstOpen ? new PrefetchingRowSource(fromTheStart, load.displayName()) : fromTheStart;
            load.date1904(source.date1904());
            layout = detect(load.feed().headersByField(), load.feed().requiredFields());
            if (firstOpen) {
                DeclaredPeriod.find(layout.titleLines(), dates).ifPresent(p -> {
                    load.declaredPeriod(p.from(), p.to());
                    ledger.recordDeclaredPeriod(load.loadId(), p.from(), p.to());
                });
            } else {
                ledger.declaredPeriod(load.loadId()).ifPresent(p -> load.declaredPeriod(p.from(), p.to()));
                if (lastOffset >= 0 && buffered.isEmpty() && lastRow > layout.headerRow()) {
                    // a restart far into a CSV file: reopen it at the last committed row instead of
                    // parsing every row before it again (that row itself is skipped as already read), its
                    // text read from the checkpoint before that row (the file is the same: its hash is checked)
                    closeSource();
                    source = new PrefetchingRowSource(RowSources.openAt(load.file(), load.displayName(),
                            load.feed().dataSheet(), limits, lastOffset, lastRow, lastCheckpoint), load.displayName());
                } else {
                    source = new PrefetchingRowSource(source, load.displayName());
                }
            }
        } else if (phase == Phase.SUMMARY) {
            ControlTotals.SummarySheet summary = load.feed().controls().summarySheet();
            source = new PrefetchingRowSource(
                    RowSources.open(load.file(), load.displayName(), summary.sheet(), limits), load.displayName());
            Map<String, List<String>> headers = new LinkedHashMap<>();
            headers.put("nationality", summary.nationalityHeaders());
            headers.putAll(summary.measureHeaders());
            layout = detect(headers, Set.of("nationality"));
        }
    }

    private SheetLayout detect(Map<String, List<String>> headers, Set<String> required) throws UnreadableFileException {
        buffered.clear();
        List<RawRow> first = new ArrayList<>();
        for (RawRow row; first.size() < LayoutDetector.MAX_TITLE_ROWS && (row = source.next()) != null; ) {
            first.add(row);
        }
        String where = load.displayName() + (first.isEmpty() || first.get(0).sheet() == null ? ""
                : ", sheet '" + first.get(0).sheet() + "'");
        SheetLayout found = new LayoutDetector(headers, required).detect(first, where);
        first.stream().filter(r -> r.rowNumber() > Math.max(found.headerRow(), lastRow)).forEach(buffered::add);
        if (phase == Phase.DATA && nextRow == 0) {
            nextRow = first.stream().filter(r -> r.rowNumber() == found.headerRow()).findFirst()
                    .map(r -> r.rowNumber() + lines(r)).orElse(found.headerRow() + 1);
        }
        return found;
    }

    @Override
    public SourceRecord read() throws Exception {
        while (phase != Phase.DONE) {
            RawRow row = nextRow();
            if (row == null) {
                nextPhase();
                continue;
            }
            if (phase == Phase.DATA) {
                // sheets hold no row for a blank line and the CSV reader skips empty lines: count the gap
                blankRows += Math.max(0, row.rowNumber() - nextRow);
                nextRow = row.rowNumber() + lines(row);
            }
            lastRow = row.rowNumber();
            lastOffset = row.offset();
            lastCheckpoint = row.checkpoint();
            if (row.isBlank()) {
                if (phase == Phase.DATA) {
                    blankRows++;
                }
                continue;
            }
            boolean control = controlRows.isControlRow(row);
            if (phase == Phase.DATA) {
                if (control) {
                    // a control row ends the data: signature blocks and notes follow it
                    SourceRecord record = record(SourceRecord.Kind.CONTROL, row);
                    nextPhase();
                    return record;
                }
                dataRows++;
                return record(SourceRecord.Kind.DATA, row);
            }
            return record(control ? SourceRecord.Kind.SUMMARY_TOTAL : SourceRecord.Kind.SUMMARY, row);
        }
        return null;
    }

    private RawRow nextRow() throws UnreadableFileException {
        if (!buffered.isEmpty()) {
            return buffered.poll();
        }
        RawRow row;
        do {
            row = source.next();
        } while (row != null && row.rowNumber() <= lastRow);
        return row;
    }

    private void nextPhase() throws UnreadableFileException {
        ControlTotals.SummarySheet summary = load.feed().controls().summarySheet();
        if (phase == Phase.DATA && summary != null
                && RowSources.hasSheet(load.file(), load.displayName(), summary.sheet(), limits)) {
            phase = Phase.SUMMARY;
        } else {
            phase = Phase.DONE;
        }
        lastRow = 0;
        lastOffset = -1;
        lastCheckpoint = null;
        openPhase(false);
    }

    /** How many lines a row takes: one, plus the line breaks inside quoted CSV fields. */
    private static int lines(RawRow row) {
        if (row.sheet() != null) {
            return 1;
        }
        int lines = 1;
        List<Cell> cells = row.cells();
        for (int k = 0, n = cells.size(); k < n; k++) {
            String text = cells.get(k).display();
            if (text.indexOf('\n') < 0 && text.indexOf('\r') < 0) {
                continue;   // nearly every cell: two vectorised searches instead of a loop over its characters
            }
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                if (c == '\n' || (c == '\r' && (i + 1 == text.length() || text.charAt(i + 1) != '\n'))) {
                    lines++;
                }
            }
        }
        return lines;
    }

    private SourceRecord record(SourceRecord.Kind kind, RawRow row) {
        return new SourceRecord(kind, row.sheet(), row.rowNumber(), null, layout.headers(), layout.columns(),
                row.cells());
    }

    /** Where the reader stands: what {@link #update} keeps for a restart. */
    record Position(String phase, int lastRow, long lastOffset, TextCheckpoint checkpoint, int nextRow, long dataRows,
                    long blankRows) {

        void writeTo(ExecutionContext context) {
            context.putString(PHASE, phase);
            context.putInt(LAST_ROW, lastRow);
            context.putLong(LAST_OFFSET, lastOffset);
            context.putLong(CHECKPOINT_BYTES, checkpoint == null ? -1 : checkpoint.bytes());
            context.putLong(CHECKPOINT_CHARS, checkpoint == null ? -1 : checkpoint.chars());
            context.putInt(NEXT_ROW, nextRow);
            context.putLong(DATA_ROWS, dataRows);
            context.putLong(BLANK_ROWS, blankRows);
        }
    }

    Position position() {
        return new Position(phase.name(), lastRow, lastOffset, lastCheckpoint, nextRow, dataRows, blankRows);
    }

    /**
     * A row read ahead and the reader's position just after it, in one object (a row and a
     * {@link Position} were two a row); {@code row} is null at the end.
     */
    record Positioned<T>(T row, String phase, int lastRow, long lastOffset, TextCheckpoint checkpoint, int nextRow,
                         long dataRows, long blankRows) {

        Position position() {
            return new Position(phase, lastRow, lastOffset, checkpoint, nextRow, dataRows, blankRows);
        }
    }

    <T> Positioned<T> positioned(T row) {
        return new Positioned<>(row, phase.name(), lastRow, lastOffset, lastCheckpoint, nextRow, dataRows, blankRows);
    }

    @Override
    public void update(ExecutionContext context) {
        position().writeTo(context);
    }

    @Override
    public void close() {
        closeSource();
    }

    private void closeSource() {
        if (source != null) {
            source.close();
            source = null;
        }
    }
}
