package org.tonle.load;

import java.util.function.UnaryOperator;
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

    /** Rows handed over at once, and how many such batches may wait: 8,192 rows ahead at most. */
    static final int BATCH = 256;
    static final int BATCHES = 32;

    /** A row and the reader's position just after it; the last one has no row: the end. */
    private record Item(StagedRow row, FileRowReader.Position position) { }

    private final FileRowReader reader;
    private final RowNormaliser normaliser;
    private final UnaryOperator<StagedRow> prepare;
    private final String name;
    private ReadAheadThread<Item> ahead;
    private boolean finished;
    private FileRowReader.Position taken;

    public ReadAheadReader(FileRowReader reader, RowNormaliser normaliser, String name) {
        this(reader, normaliser, UnaryOperator.identity(), name);
    }

    /** {@code prepare} is applied to each row on the reading thread (the writer's share of the work). */
    public ReadAheadReader(FileRowReader reader, RowNormaliser normaliser, UnaryOperator<StagedRow> prepare,
                           String name) {
        this.reader = reader;
        this.normaliser = normaliser;
        this.prepare = prepare;
        this.name = name;
    }

    @Override
    public void open(ExecutionContext context) {
        reader.open(context);
        taken = reader.position();
        finished = false;
        ahead = new ReadAheadThread<>("tonle-stage " + name, BATCH, BATCHES, this::nextItem);
    }

    /** On the reading thread. */
    private Item nextItem() throws Exception {
        if (finished) {
            return null;
        }
        for (SourceRecord record; (record = reader.read()) != null; ) {
            StagedRow row = normaliser.process(record);
            if (row != null) {
                return new Item(prepare.apply(row), reader.position());
            }
        }
        finished = true;
        return new Item(null, reader.position());
    }

    @Override
    public StagedRow read() throws Exception {
        Item item = ahead.next();
        if (item == null) {
            return null;
        }
        taken = item.position();
        return item.row();
    }

    /** Keeps the position of the last row the step took, not of the rows read ahead of it. */
    @Override
    public void update(ExecutionContext context) {
        if (taken != null) {
            taken.writeTo(context);
        }
    }

    @Override
    public void close() {
        if (ahead != null) {
            ahead.close();
        }
        reader.close();
    }
}
