package org.tonle.read;

/** The sheet's layout does not fit the feed (no header, a required column missing): the file is refused. */
public class LayoutException extends UnreadableFileException {
    public LayoutException(String message) {
        super(message);
    }
}
