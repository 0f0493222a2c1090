package org.tonle.read;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.tonle.normalise.TextFolding;

/**
 * Header texts compared case-, space- and punctuation-insensitively: "Passport No." and
 * "passport_no" have the same key. A cell holding Khmer and English on two lines yields a key per line.
 */
public final class HeaderKey {

    private HeaderKey() {
    }

    public static String of(String text) {
        String folded = TextFolding.fold(text);
        if (folded == null) {
            return "";
        }
        StringBuilder key = new StringBuilder(folded.length());
        folded.toLowerCase(Locale.ROOT).codePoints()
                .filter(c -> Character.isLetterOrDigit(c) || Character.getType(c) == Character.NON_SPACING_MARK
                        || Character.getType(c) == Character.COMBINING_SPACING_MARK)
                .forEach(key::appendCodePoint);
        return key.toString();
    }

    /** The key of the whole cell and of each of its lines. */
    public static List<String> ofCell(String text) {
        List<String> keys = new ArrayList<>();
        if (text == null) {
            return keys;
        }
        keys.add(of(text));
        if (text.indexOf('\n') >= 0 || text.indexOf('\r') >= 0) {
            for (String line : text.split("\\R")) {
                keys.add(of(line));
            }
        }
        return keys;
    }
}
