package org.tonle.read;

/**
 * A point in a CSV file's text where decoding can begin again: {@code bytes} after the byte-order mark
 * and the {@code chars} characters they decode to. A restart far into a large file starts reading its
 * bytes there instead of decoding everything before it again ({@link RowSources#openAt}); the points
 * are where the decoder began a buffer, so no character straddles one.
 */
public record TextCheckpoint(long bytes, long chars) {

    /** The start of the text. */
    public static final TextCheckpoint START = new TextCheckpoint(0, 0);

    public TextCheckpoint {
        if (bytes < 0 || chars < 0 || chars > bytes) {
            // no encoding Tonle reads (UTF-8, UTF-16) makes more characters than bytes
            throw new IllegalArgumentException("not a point in a text: byte " + bytes + ", character " + chars);
        }
    }
}
