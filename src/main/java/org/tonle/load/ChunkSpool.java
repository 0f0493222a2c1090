package org.tonle.load;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The LOAD DATA text of the chunks ahead of the step, written on the reading thread: each run of
 * {@code chunkSize} rows (the step's chunks, counted from the reader's open) gets a spool file of its
 * clean rows' lines, complete by the time the step writes that chunk. The step's thread then only
 * sends the file, and the database goes from one chunk to the next without waiting for the text to
 * be written. The step uses a segment only if it is exactly its chunk (same rows, complete, written
 * without error); otherwise it writes the chunk's lines itself, as before: nothing depends on the
 * spool but speed.
 */
final class ChunkSpool {

    private static final Logger LOG = LoggerFactory.getLogger(ChunkSpool.class);

    /** One chunk's rows: how many, and the clean ones' lines in a file. */
    static final class Segment {
        private final Path file;
        private Writer out;
        private int rows;
        private int lines;
        /** Set on the reading thread once the last row is written; read by the step. */
        private volatile boolean complete;
        private volatile boolean unusable;

        private Segment(Path file, Writer out) {
            this.file = file;
            this.out = out;
        }

        Path file() {
            return file;
        }

        int lines() {
            return lines;
        }

        /** The file, if it holds exactly a chunk of {@code rows} rows of which {@code lines} are clean. */
        boolean holds(int rows, int lines) {
            return complete && !unusable && this.rows == rows && this.lines == lines;
        }
    }

    private final Path directory;
    private final int chunkSize;
    /** Segments with a file on disk: deleted when sent or at close. */
    private final Set<Segment> files = ConcurrentHashMap.newKeySet();
    private Segment current;
    private boolean failed;
    private final Opener opener;

    /** Opens a chunk file for writing (a seam for tests of failing writes). */
    @FunctionalInterface
    interface Opener {
        Writer open(Path file) throws IOException;
    }

    ChunkSpool(Path directory, int chunkSize) {
        this(directory, chunkSize, file -> Files.newBufferedWriter(file, StandardCharsets.UTF_8));
    }

    ChunkSpool(Path directory, int chunkSize, Opener opener) {
        this.directory = directory;
        this.chunkSize = chunkSize;
        this.opener = opener;
    }

    /**
     * On the reading thread: one more row of the chunk being spooled, with its line ({@code null} for a
     * row that is not a clean one). Returns the row's segment, or null once spooling has failed.
     */
    Segment add(String line) {
        if (failed) {
            return null;
        }
        Segment segment = current;
        try {
            if (segment == null) {
                segment = new Segment(MysqlLocalInfile.newChunkFile(directory), null);
                files.add(segment);   // from here on the file is deleted whatever happens
                current = segment;
                segment.out = opener.open(segment.file);
            }
            if (line != null) {
                segment.out.write(line);
                segment.lines++;
            }
            segment.rows++;
            if (segment.rows == chunkSize) {
                finish(segment);
            }
            return segment;
        } catch (IOException e) {
            fail(segment, e);
            return null;
        }
    }

    /** On the reading thread, after the last row: the last (short) chunk is complete. */
    void end() {
        Segment segment = current;
        if (segment != null && !failed) {
            try {
                finish(segment);
            } catch (IOException e) {
                fail(segment, e);
            }
        }
    }

    private void finish(Segment segment) throws IOException {
        current = null;
        Writer out = segment.out;
        segment.out = null;
        out.close();
        segment.complete = true;
    }

    /** Spooling stops: this and later chunks are written by the step itself (slower, never different). */
    private void fail(Segment segment, IOException e) {
        LOG.warn("cannot spool the bulk text ahead of the load ({}); the load writes it chunk by chunk", e.toString());
        failed = true;
        current = null;
        if (segment != null) {
            segment.unusable = true;
            closeQuietly(segment);
        }
    }

    /** On the step's thread: the segment's file is no longer needed (sent, or not used). */
    void release(Segment segment) {
        if (files.remove(segment)) {
            segment.unusable = true;
            delete(segment.file);
        }
    }

    /** After the reading thread has stopped: every file not sent is removed. */
    void close() {
        if (current != null) {
            closeQuietly(current);
            current = null;
        }
        for (Segment segment : files) {
            closeQuietly(segment);
            release(segment);
        }
    }

    private static void closeQuietly(Segment segment) {
        Writer out = segment.out;
        segment.out = null;
        if (out != null) {
            try {
                out.close();
            } catch (IOException ignored) {
                // the file is deleted next
            }
        }
    }

    private static void delete(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException ignored) {
            // the directory is private and removed at exit
        }
    }
}
