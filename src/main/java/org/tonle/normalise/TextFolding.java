package org.tonle.normalise;

import java.text.Normalizer;

/** Folds text as found in hand-made files into the form that is matched and stored. */
public final class TextFolding {

    private TextFolding() {
    }

    /**
     * Trimmed, non-breaking and zero-width spaces removed (inner runs of white space become one
     * space), full-width forms to ASCII, Unicode NFC. Null stays null.
     *
     * <p>Line breaks count as white space: a folded value is always one line ("សញ្ជាតិ\nNationality"
     * becomes "សញ្ជាតិ Nationality"). Callers that must keep a multi-line text as written (remarks)
     * store the raw value beside the folded one.
     *
     * <p>Full-width forms are mapped explicitly rather than with NFKC, because NFKC would also
     * rewrite other compatibility characters (superscripts, ligatures, circled digits) that are
     * part of what the sender wrote.
     */
    public static String fold(String text) {
        if (text == null) {
            return null;
        }
        if (isPlainAscii(text)) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length());
        boolean pendingSpace = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (isZeroWidth(c)) {
                continue;
            }
            if (isSpace(c)) {
                pendingSpace = out.length() > 0;
                continue;
            }
            if (pendingSpace) {
                out.append(' ');
                pendingSpace = false;
            }
            out.append(c >= '\uFF01' && c <= '\uFF5E' ? (char) (c - 0xFEE0) : c);
        }
        String folded = out.toString();
        return Normalizer.isNormalized(folded, Normalizer.Form.NFC)
                ? folded
                : Normalizer.normalize(folded, Normalizer.Form.NFC);
    }

    /** Khmer, Thai, Lao and Myanmar decimal digits replaced by 0-9; other characters unchanged. */
    public static String latinDigits(String text) {
        if (text == null) {
            return null;
        }
        char[] chars = null;
        for (int i = 0; i < text.length(); i++) {
            int digit = digitValue(text.charAt(i));
            if (digit >= 0) {
                if (chars == null) {
                    chars = text.toCharArray();
                }
                chars[i] = (char) ('0' + digit);
            }
        }
        return chars == null ? text : new String(chars);
    }

    /**
     * Only the scripts the feeds use. Khmer U+17F0–17F9 (lek attak, used for lunar dates) look like
     * digits but are not decimal digits, so they are left for the caller to refuse.
     */
    private static int digitValue(char c) {
        if (c < '\u0E50') {
            return -1;
        }
        if (c >= '\u17E0' && c <= '\u17E9') {
            return c - '\u17E0';
        }
        if (c >= '\u0E50' && c <= '\u0E59') {
            return c - '\u0E50';
        }
        if (c >= '\u0ED0' && c <= '\u0ED9') {
            return c - '\u0ED0';
        }
        if (c >= '\u1040' && c <= '\u1049') {
            return c - '\u1040';
        }
        if (c >= '\uFF10' && c <= '\uFF19') {
            return c - '\uFF10';
        }
        return -1;
    }

    // Most cells are short ASCII words or figures; they need no copy.
    private static boolean isPlainAscii(String text) {
        int n = text.length();
        if (n == 0) {
            return true;
        }
        if (text.charAt(0) == ' ' || text.charAt(n - 1) == ' ') {
            return false;
        }
        char previous = 'x';
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            if (c < ' ' || c > '~' || (c == ' ' && previous == ' ')) {
                return false;
            }
            previous = c;
        }
        return true;
    }

    private static boolean isZeroWidth(char c) {
        return c == '\u200B' || c == '\u200C' || c == '\u200D' || c == '\u2060' || c == '\uFEFF';
    }

    // isSpaceChar covers NBSP, U+202F, U+2007, U+3000 and the other Zs/Zl/Zp spaces that
    // isWhitespace deliberately leaves out; NEL (U+0085) is in neither.
    private static boolean isSpace(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '\u0085';
    }
}
