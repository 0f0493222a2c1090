package org.tonle.read;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * Runs a source of items on a thread of its own, a bounded number of items ahead of the one
 * consumer, handing them over in batches. The consumer gets every item in the order produced, then
 * the end, or the source's failure (an exception or an Error, as thrown) after every item produced
 * before it; and that failure again on every later call. A reading thread that dies without a word
 * (an Error thrown while reporting an Error) is noticed within a tenth of a second: the consumer
 * never waits forever. Rows are never dropped: an interrupt of the reading thread is remembered,
 * not acted on (only {@link #close} stops it).
 */
public final class ReadAheadThread<T> implements AutoCloseable {

    /** Items one at a time; null at the end. */
    @FunctionalInterface
    public interface Source<T> {
        T next() throws Exception;
    }

    private static final Object END = new Object();
    private static final long POLL_MILLIS = 100;

    private final Source<T> source;
    private final int batchSize;
    private final BlockingQueue<Object> queue;
    private final Thread thread;
    private final String name;
    private volatile boolean closed;
    /** Set by the reading thread before it hands over END; no allocation needed to report it. */
    private volatile Throwable failure;
    private Iterator<T> current = Collections.emptyIterator();
    private boolean ended;

    /** Starts reading at once: at most {@code batchSize * batches} items ahead of the consumer. */
    public ReadAheadThread(String name, int batchSize, int batches, Source<T> source) {
        this.source = source;
        this.batchSize = batchSize;
        this.queue = new ArrayBlockingQueue<>(batches);
        this.name = name;
        this.thread = new Thread(this::readAhead, name);
        thread.setDaemon(true);
        thread.start();
    }

    private void readAhead() {
        List<T> batch = new ArrayList<>(batchSize);
        try {
            for (T item; !closed && (item = source.next()) != null; ) {
                batch.add(item);
                if (batch.size() == batchSize) {
                    List<T> full = batch;
                    // the next list first: should that fail, the full one is handed once, below
                    batch = new ArrayList<>(batchSize);
                    hand(full);
                }
            }
        } catch (Throwable t) {
            failure = t;
        }
        hand(batch);
        hand(END);
    }

    /** Queues one item, waiting for room however long the consumer takes; gives up only once closed. */
    private void hand(Object item) {
        if (item instanceof List<?> list && list.isEmpty()) {
            return;
        }
        boolean interrupted = false;
        while (!closed) {
            try {
                if (queue.offer(item, POLL_MILLIS, TimeUnit.MILLISECONDS)) {
                    break;
                }
            } catch (InterruptedException e) {
                interrupted = true;   // keep the rows: only close() stops this thread
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    /** The next item, or null at the end; throws what the source threw, where it threw it. */
    public T next() throws Exception {
        while (!current.hasNext()) {
            if (ended) {
                rethrowFailure();
                return null;
            }
            Object item = queue.poll(POLL_MILLIS, TimeUnit.MILLISECONDS);
            if (item == null) {
                if (closed) {
                    ended = true;
                    if (failure == null) {
                        failure = new IllegalStateException("the reading of '" + name + "' was closed");
                    }
                } else if (!thread.isAlive() && queue.isEmpty()) {
                    ended = true;
                    if (failure == null) {
                        failure = new IllegalStateException("the reading thread '" + name
                                + "' ended without handing over the end of the file");
                    }
                }
                continue;
            }
            if (item == END) {
                ended = true;
                continue;
            }
            @SuppressWarnings("unchecked")
            List<T> items = (List<T>) item;
            current = items.iterator();
        }
        return current.next();
    }

    private void rethrowFailure() throws Exception {
        Throwable t = failure;
        if (t instanceof Exception e) {
            throw e;
        }
        if (t instanceof Error e) {
            throw e;
        }
        if (t != null) {
            throw new IllegalStateException(t);
        }
    }

    /** Whether the reading thread is still running (for tests and diagnostics). */
    boolean alive() {
        return thread.isAlive();
    }

    /** Stops the reading thread and waits until it has ended. */
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
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }
}
