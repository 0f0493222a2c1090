package org.tonle.read;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;

/**
 * Decodes bytes and refuses the first invalid sequence, naming its line. InputStreamReader would
 * also refuse with a REPORT decoder, but it drops the characters decoded just before the bad
 * bytes, so it cannot say on which line they are; here we decode ourselves and count lines.
 */
final class StrictDecodingReader extends Reader {
    private static final int BUFFER = 8192;

    private final InputStream in;
    private final CharsetDecoder decoder;
    private final String encodingName;
    private final String displayName;
    private final ByteBuffer bytes = ByteBuffer.allocate(BUFFER);
    private final CharBuffer chars = CharBuffer.allocate(BUFFER);
    private boolean eof;
    private boolean flushed;
    private long line = 1;
    private boolean previousWasCr;
    /**
     * While {@link #skip(long, long)} passes over text already read once (its lines are not counted):
     * the characters left to skip when this buffer was filled (at least one; 0 when not skipping), and
     * the line the skip ends on.
     */
    private long skipLeft;
    private long skippingTo;
    /** Bytes the decoder has taken (after the byte-order mark), and the character the buffer starts at. */
    private long consumed;
    private long bufferStart;
    /** Where the last {@value #KEPT} buffers began: a ring, {@link #recentNext} the next to replace. */
    private static final int KEPT = 32;
    private final TextCheckpoint[] recent = new TextCheckpoint[KEPT];
    private int recentNext;

    /** A reader of {@code in}, which starts at {@code from} of the text (the start, or a checkpoint). */
    StrictDecodingReader(InputStream in, Charset charset, String encodingName, String displayName,
                         TextCheckpoint from) {
        this.in = in;
        this.consumed = from.bytes();
        this.bufferStart = from.chars();
        this.decoder = charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        this.encodingName = encodingName;
        this.displayName = displayName;
        bytes.flip();
        chars.flip();
    }

    @Override
    public int read(char[] target, int offset, int length) throws IOException {
        if (length == 0) {
            return 0;
        }
        if (!chars.hasRemaining() && !fill()) {
            return -1;
        }
        int n = Math.min(length, chars.remaining());
        chars.get(target, offset, n);
        return n;
    }

    private boolean fill() throws IOException {
        if (flushed) {
            return false;
        }
        bufferStart += chars.limit();
        // no character straddles this point: the decoder takes a character's bytes only once it can write it
        recent[recentNext] = new TextCheckpoint(consumed, bufferStart);
        recentNext = (recentNext + 1) % KEPT;
        chars.clear();
        while (true) {
            int before = bytes.position();
            CoderResult result = decoder.decode(bytes, chars, eof);
            consumed += bytes.position() - before;
            if (result.isError()) {
                int decoded = chars.position();
                if (skipLeft == 0) {
                    countLines(0, decoded);
                } else if (decoded < skipLeft) {
                    throw new RefusedInputException(displayName + ": the text before line " + Texts.count(skippingTo)
                            + " (where the load stopped) is not valid " + encodingName);
                } else {
                    // past the end of the skip, in the same buffer: lines counted from where the skip ends
                    int end = (int) skipLeft;
                    line = skippingTo;
                    previousWasCr = chars.array()[end - 1] == '\r';
                    countLines(end, decoded);
                }
                throw new RefusedInputException(displayName + ": line " + Texts.count(line)
                        + " is not valid " + encodingName);
            }
            if (result.isOverflow() || (chars.position() > 0 && !eof)) {
                break;
            }
            if (eof) {
                decoder.flush(chars);
                flushed = true;
                break;
            }
            readMoreBytes();
        }
        if (skipLeft == 0) {
            countLines(0, chars.position());
        }
        chars.flip();
        return chars.hasRemaining();
    }

    /**
     * Passes over the next {@code count} characters, decoding them (a bad byte is still refused) but
     * not counting their lines: the caller knows that the character after them starts line
     * {@code lineThere}. Returns the last character passed over (0 when none was).
     */
    char skip(long count, long lineThere) throws IOException {
        skippingTo = lineThere;
        char last = 0;
        try {
            for (long left = count; left > 0; ) {
                skipLeft = left;   // a bad byte is named by where it is against the end of the skip
                if (!chars.hasRemaining() && !fill()) {
                    throw new IOException(displayName + " is shorter than when it was first read ("
                            + Texts.count(count) + " characters expected before the restart point)");
                }
                int n = (int) Math.min(chars.remaining(), left);
                chars.position(chars.position() + n);
                last = chars.get(chars.position() - 1);
                left -= n;
            }
        } finally {
            skipLeft = 0;
        }
        // as fill() would have left them: the line at the end of what is decoded so far
        line = lineThere;
        previousWasCr = last == '\r';
        countLines(chars.position(), chars.limit());
        return last;
    }

    /**
     * The latest checkpoint before character {@code offset} of the text (at it for the first
     * character) among those of the buffers read lately, or null when the text there has been read
     * too long ago (a record longer than the buffers kept: it is resumed by decoding from the start)
     * or not yet. Strictly before: a restart from it passes over the character before the record,
     * which must be a line break ({@link CsvRowSource#open}).
     */
    TextCheckpoint checkpointAt(long offset) {
        if (offset >= bufferStart + chars.limit()) {
            return null;
        }
        for (int k = 1; k <= KEPT; k++) {
            TextCheckpoint point = recent[(recentNext - k + KEPT) % KEPT];
            if (point == null) {
                return null;
            }
            if (point.chars() < offset || point.chars() == 0) {
                return point;
            }
        }
        return null;
    }

    private void readMoreBytes() throws IOException {
        bytes.compact();
        int read = in.read(bytes.array(), bytes.position(), bytes.remaining());
        if (read < 0) {
            eof = true;
        } else {
            bytes.position(bytes.position() + read);
        }
        bytes.flip();
    }

    private void countLines(int from, int upTo) {
        char[] text = chars.array();
        long lines = line;
        boolean cr = previousWasCr;
        for (int i = from; i < upTo; i++) {
            char c = text[i];
            if (c == '\r' || (c == '\n' && !cr)) {
                lines++;
            }
            cr = c == '\r';
        }
        line = lines;
        previousWasCr = cr;
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
