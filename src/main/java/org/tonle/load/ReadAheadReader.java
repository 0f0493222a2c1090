package org.tonle.load;

import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.item.ItemStreamReader;
import org.tonle.read.ReadAheadThread;

/**
 * The stage step's reader: reads and normalises the file's rows on a thread of its own
 * ({@link ReadAheadThread}), a bounded number of rows ahead, so that the next chunk is being read and
 * normalised while the database takes the previous one. What the step sees is unchanged: the same
 * rows in the same order, a failure at the row where reading failed (after every row before it),
 * and a restart position that is that of the last row the step took (at the end: the reader's
 * final position, blank rows after the last data row counted), never one read ahead.
 *
 * <p>{@link FileRowReader#open} runs on the step's thread (it records the declared period in the
 * ledger); after it, the file reader and the normaliser are used only by the reading thread until
 * {@link #close} has stopped it.
 */
public class ReadAheadReader implements ItemStreamReader<StagedRow> {

    /**
     * Rows handed over at once; rows read ahead of the step; and at most how many more the writer
     * may ask for (a whole chunk, when it writes the chunks' text ahead, so the next one is ready).
     */
    static final int BATCH = 256;
    static final int AHEAD = 8_192;
    static final int MORE_AT_MOST = 32_768;

    /** The writer's share of the work, done on the reading thread ({@link StagingWriter}). */
    public interface Preparation {
        /**
         * On the step's thread, before the reading thread starts; returns how many rows to read
         * ahead beyond {@value ReadAheadReader#AHEAD} (at most {@value ReadAheadReader#MORE_AT_MOST}).
         */
        int open();

        /** On the reading thread: each row, in order. */
        StagedRow prepare(StagedRow row);

        /** On the reading thread, after the last row. */
        void end();

        /** On the step's thread, once the reading thread has stopped. */
        void close();
    }

    private static final Preparation NONE = new Preparation() {
        @Override
        public int open() {
            return 0;
        }

        @Override
        public StagedRow prepare(StagedRow row) {
            return row;
        }

        @Override
        public void end() {
        }

        @Override
        public void close() {
        }
    };

    private final FileRowReader reader;
    private final RowNormaliser normaliser;
    private final Preparation prepare;
    private final String name;
    private ReadAheadThread<FileRowReader.Positioned<StagedRow>> ahead;
    private boolean finished;
    /** The position after the last row the step took (made into a {@link FileRowReader.Position} at updates). */
    private FileRowReader.Positioned<StagedRow> taken;
    private FileRowReader.Position opened;

    public ReadAheadReader(FileRowReader reader, RowNormaliser normaliser, String name) {
        this(reader, normaliser, NONE, name);
    }

    /** {@code prepare} does the writer's share of each row on the reading thread. */
    public ReadAheadReader(FileRowReader reader, RowNormaliser normaliser, Preparation prepare, String name) {
        this.reader = reader;
        this.normaliser = normaliser;
        this.prepare = prepare;
        this.name = name;
    }

    @Override
    public void open(ExecutionContext context) {
        reader.open(context);
        opened = reader.position();
        taken = null;
        finished = false;
        int more = Math.max(0, Math.min(MORE_AT_MOST, prepare.open()));
        ahead = new ReadAheadThread<>("tonle-stage " + name, BATCH, (AHEAD + more + BATCH - 1) / BATCH,
                this::nextItem);
    }

    /** On the reading thread. */
    private FileRowReader.Positioned<StagedRow> nextItem() throws Exception {
        if (finished) {
            return null;
        }
        for (SourceRecord record; (record = reader.read()) != null; ) {
            StagedRow row = normaliser.process(record);
            if (row != null) {
                return reader.positioned(prepare.prepare(row));
            }
        }
        finished = true;
        prepare.end();
        return reader.positioned(null);   // the last one has no row: the end, and the reader's final position
    }

    @Override
    public StagedRow read() throws Exception {
        FileRowReader.Positioned<StagedRow> item = ahead.next();
        if (item == null) {
            return null;
        }
        taken = item;
        return item.row();
    }

    /** Keeps the position of the last row the step took, not of the rows read ahead of it. */
    @Override
    public void update(ExecutionContext context) {
        FileRowReader.Position position = taken != null ? taken.position() : opened;
        if (position != null) {
            position.writeTo(context);
        }
    }

    @Override
    public void close() {
        if (ahead != null) {
            ahead.close();
        }
        prepare.close();
        reader.close();
    }
}
