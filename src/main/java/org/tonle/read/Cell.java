package org.tonle.read;

import java.time.LocalDateTime;

/**
 * One cell as found in the file, before any interpretation: what Excel (or the CSV text) holds.
 * Formulas are never evaluated: a formula cell arrives as its cached value, or as
 * {@link Kind#ERROR} with a reason when it has none.
 */
public record Cell(Kind kind, String text, Double number, LocalDateTime date) {

    public enum Kind { BLANK, TEXT, NUMBER, DATE, ERROR }

    public static final Cell BLANK = new Cell(Kind.BLANK, "", null, null);

    public static Cell text(String text) {
        return text == null || text.isEmpty() ? BLANK : new Cell(Kind.TEXT, text, null, null);
    }

    public static Cell number(double value, String formatted) {
        return new Cell(Kind.NUMBER, formatted, value, null);
    }

    public static Cell date(LocalDateTime value, String formatted) {
        return new Cell(Kind.DATE, formatted, null, value);
    }

    public static Cell error(String reason) {
        return new Cell(Kind.ERROR, reason, null, null);
    }

    public boolean isBlank() {
        return kind == Kind.BLANK || (kind == Kind.TEXT && text.isBlank());
    }

    /** The cell as a person reads it on screen; used for headers, raw records and messages. */
    public String display() {
        return text == null ? "" : text;
    }
}
