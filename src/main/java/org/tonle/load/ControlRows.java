package org.tonle.load;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.tonle.normalise.TextFolding;
import org.tonle.read.Cell;
import org.tonle.read.RawRow;

/**
 * Recognises a control row ("Total", "Grand total:", "សរុប / Total", "TOTAL") by its first non-empty
 * cell. Markers and cells are folded the same way (lower case, punctuation and runs of spaces to one
 * space), so a marker matches however the YAML or the sender punctuates it.
 */
final class ControlRows {

    private static final Pattern PUNCTUATION = Pattern.compile("[\\p{P}\\p{S}]+");
    private static final Pattern SPACES = Pattern.compile("\\s+");

    private final List<String> markers;

    ControlRows(List<String> markers) {
        this.markers = markers.stream().map(ControlRows::key).toList();
    }

    static String key(String text) {
        String folded = TextFolding.fold(text);
        return folded == null ? "" : SPACES.matcher(PUNCTUATION.matcher(folded.toLowerCase(Locale.ROOT))
                .replaceAll(" ")).replaceAll(" ").strip();
    }

    boolean isControlRow(RawRow row) {
        List<Cell> cells = row.cells();
        for (int i = 0, n = cells.size(); i < n; i++) {   // every row: no iterator
            Cell cell = cells.get(i);
            if (!cell.isBlank()) {
                String display = cell.display().strip();
                // this runs for every row: most rows start with a character no marker starts with
                if (!display.isEmpty() && Character.isLetterOrDigit(display.codePointAt(0))) {
                    int first = Character.toLowerCase(display.codePointAt(0));
                    if (!anyMarkerStartsWith(first)) {
                        return false;
                    }
                }
                String text = key(display);
                return markers.stream().anyMatch(m -> text.equals(m) || text.startsWith(m + " "));
            }
        }
        return false;
    }

    private boolean anyMarkerStartsWith(int codePoint) {
        for (String m : markers) {
            if (!m.isEmpty() && m.codePointAt(0) == codePoint) {
                return true;
            }
        }
        return false;
    }
}
