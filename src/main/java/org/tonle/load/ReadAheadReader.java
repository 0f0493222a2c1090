package org.tonle.load;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.UnaryOperator;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.item.ItemStreamReader;

/**
 * The stage step's reader: reads and normalises the file's rows on a thread of its own, a bounded
 * number of rows ahead, so that the next chunk is being read and normalised while the database
 * takes the previous one. What the step sees is unchanged: the same rows in the same order, a
 * failure at the row where reading failed (after every row before it), and a restart position that
 * is that of the last row the step took, never one read ahead.
 *
 * <p>{@link FileRowReader#open} runs on the step's thread (it records the declared period in the
 * ledger); after it, the file reader and the normaliser are used only by the reading thread until
 * {@link #close} has stopped it.
 */
public class ReadAheadReader implements ItemStreamReader<StagedRow> {

    /** Rows handed over at once, and how many such batches may wait: 8,192 rows ahead at most. */
    static final int BATCH = 256;
    static final int BATCHES = 32;

    private static final Object END = new Object();

    private record Item(StagedRow row, FileRowReader.Position position) { }

    private record Failure(Exception error) { }

    private final FileRowReader reader;
    private final RowNormaliser normaliser;
    private final UnaryOperator<StagedRow> prepare;
    private final String name;
    private BlockingQueue<Object> queue;
    private Thread thread;
    private volatile boolean closed;
    private Iterator<Item> current = Collections.emptyIterator();
    private boolean ended;
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
        queue = new ArrayBlockingQueue<>(BATCHES);
        closed = false;
        ended = false;
        current = Collections.emptyIterator();
        thread = new Thread(this::readAhead, "tonle-stage " + name);
        thread.setDaemon(true);
        thread.start();
    }

    private void readAhead() {
        List<Item> batch = new ArrayList<>(BATCH);
        try {
            for (SourceRecord record; !closed && (record = reader.read()) != null; ) {
                StagedRow row = normaliser.process(record);
                if (row == null) {
                    continue;
                }
                batch.add(new Item(prepare.apply(row), reader.position()));
                if (batch.size() == BATCH) {
                    hand(batch);
                    batch = new ArrayList<>(BATCH);
                }
            }
            hand(batch);
            hand(END);
        } catch (Exception e) {
            hand(batch);
            hand(new Failure(e));
        } catch (Error e) {
            hand(batch);
            hand(new Failure(new IllegalStateException(e.toString(), e)));
        }
    }

    /** Queues one item, waiting for room; gives up only when the reader is closed. */
    private void hand(Object item) {
        if (item instanceof List<?> rows && rows.isEmpty()) {
            return;
        }
        try {
            while (!closed && !queue.offer(item, 100, TimeUnit.MILLISECONDS)) {
                // the step is busy with the database: wait for room
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public StagedRow read() throws Exception {
        while (!current.hasNext()) {
            if (ended) {
                return null;
            }
            Object item = queue.take();
            if (item == END) {
                ended = true;
                return null;
            }
            if (item instanceof Failure failure) {
                ended = true;
                throw failure.error();
            }
            @SuppressWarnings("unchecked")
            List<Item> rows = (List<Item>) item;
            current = rows.iterator();
        }
        Item item = current.next();
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
        closed = true;
        boolean interrupted = false;
        while (thread != null && thread.isAlive()) {
            queue.clear();
            try {
                thread.join(50);
            } catch (InterruptedException e) {
                interrupted = true;
            }
        }
        if (queue != null) {
            queue.clear();
        }
        reader.close();
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }
}
