package org.tonle.read;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * Reads another row source on a thread of its own, a bounded number of rows ahead, so that decoding
 * and parsing the file overlap the database's work on the previous chunk. The rows, the end and a
 * refusal reach the caller in exactly the order the source produced them: a file refused at row
 * 1,000 still yields rows before 1,000 first and then the same refusal.
 *
 * <p>The source is used by one thread at a time: the caller until this object is made, then the
 * reading thread, then the caller again to close it once the reading thread has ended.
 */
public final class PrefetchingRowSource implements RowSource {

    /** Rows handed over at once, and how many such batches may wait: 16,384 rows ahead at most. */
    static final int BATCH = 512;
    static final int BATCHES = 32;

    private static final Object END = new Object();

    private record Failure(Throwable error) { }

    private final RowSource source;
    private final boolean date1904;
    private final BlockingQueue<Object> queue = new ArrayBlockingQueue<>(BATCHES);
    private final Thread thread;
    private volatile boolean closed;
    private Iterator<RawRow> current = java.util.Collections.emptyIterator();
    private boolean ended;

    public PrefetchingRowSource(RowSource source, String name) {
        this.source = source;
        this.date1904 = source.date1904();
        this.thread = new Thread(this::readAhead, "tonle-read " + name);
        thread.setDaemon(true);
        thread.start();
    }

    private void readAhead() {
        List<RawRow> batch = new ArrayList<>(BATCH);
        try {
            for (RawRow row; !closed && (row = source.next()) != null; ) {
                batch.add(row);
                if (batch.size() == BATCH) {
                    hand(batch);
                    batch = new ArrayList<>(BATCH);
                }
            }
            hand(batch);
            hand(END);
        } catch (UnreadableFileException | RuntimeException | Error e) {
            hand(batch);
            hand(new Failure(e));
        }
    }

    /** Queues one item, waiting for room; gives up only when the reader is closed. */
    private void hand(Object item) {
        if (item instanceof List<?> rows && rows.isEmpty()) {
            return;
        }
        try {
            while (!closed && !queue.offer(item, 100, TimeUnit.MILLISECONDS)) {
                // the caller is busy with the database; wait for room
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public RawRow next() throws UnreadableFileException {
        while (!current.hasNext()) {
            if (ended) {
                return null;
            }
            Object item;
            try {
                item = queue.take();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while reading the file", e);
            }
            if (item == END) {
                ended = true;
                return null;
            }
            if (item instanceof Failure failure) {
                ended = true;
                if (failure.error() instanceof UnreadableFileException u) {
                    throw u;
                }
                if (failure.error() instanceof RuntimeException r) {
                    throw r;
                }
                throw (Error) failure.error();
            }
            @SuppressWarnings("unchecked")
            List<RawRow> rows = (List<RawRow>) item;
            current = rows.iterator();
        }
        return current.next();
    }

    @Override
    public boolean date1904() {
        return date1904;
    }

    /** Stops the reading thread, waits for it, then closes the source. */
    @Override
    public void close() {
        closed = true;
        boolean interrupted = false;
        while (thread.isAlive()) {
            queue.clear();
            try {
                thread.join(50);
            } catch (InterruptedException e) {
                interrupted = true;
            }
        }
        queue.clear();
        source.close();
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }
}
