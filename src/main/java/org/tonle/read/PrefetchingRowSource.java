package org.tonle.read;

/**
 * Reads another row source on a thread of its own ({@link ReadAheadThread}), a bounded number of
 * rows ahead, so that decoding and parsing the file overlap the rest of the load. The rows, the end
 * and a refusal reach the caller in exactly the order the source produced them: a file refused at
 * row 1,000 still yields the rows before 1,000 first and then the same refusal.
 *
 * <p>The source is used by one thread at a time: the caller until this object is made, then the
 * reading thread, then the caller again to close it once the reading thread has ended.
 */
public final class PrefetchingRowSource implements RowSource {

    /** Rows handed over at once, and how many such batches may wait: 16,384 rows ahead at most. */
    static final int BATCH = 512;
    static final int BATCHES = 32;

    private final RowSource source;
    private final boolean date1904;
    private final ReadAheadThread<RawRow> ahead;

    public PrefetchingRowSource(RowSource source, String name) {
        this.source = source;
        this.date1904 = source.date1904();
        this.ahead = new ReadAheadThread<>("tonle-read " + name, BATCH, BATCHES, source::next);
    }

    @Override
    public RawRow next() throws UnreadableFileException {
        try {
            return ahead.next();
        } catch (UnreadableFileException | RuntimeException e) {
            throw e;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while reading the file", e);
        } catch (Exception e) {
            throw new IllegalStateException(e.getMessage(), e);   // RowSource.next throws nothing else
        }
    }

    @Override
    public boolean date1904() {
        return date1904;
    }

    /** Stops the reading thread, waits for it, then closes the source. */
    @Override
    public void close() {
        ahead.close();
        source.close();
    }
}
