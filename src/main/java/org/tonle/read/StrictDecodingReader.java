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

    StrictDecodingReader(InputStream in, Charset charset, String encodingName, String displayName) {
        this.in = in;
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
        chars.clear();
        while (true) {
            CoderResult result = decoder.decode(bytes, chars, eof);
            if (result.isError()) {
                countLines(chars.position());
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
        countLines(chars.position());
        chars.flip();
        return chars.hasRemaining();
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

    private void countLines(int upTo) {
        for (int i = 0; i < upTo; i++) {
            char c = chars.get(i);
            if (c == '\r' || (c == '\n' && !previousWasCr)) {
                line++;
            }
            previousWasCr = c == '\r';
        }
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
