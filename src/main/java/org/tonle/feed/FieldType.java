package org.tonle.feed;

/** How a column's cells are normalised. Each type names the rule that can hold a row back. */
public enum FieldType {
    /** Folded text, stored as is. */
    TEXT,
    /** A person's name: stored only when tonle.personal.keep-names is on, and never in a view. */
    NAME,
    /** One of the definition's choices (e.g. sex, status), matched case- and space-insensitively. */
    CHOICE,
    /** A day-first date. */
    DATE,
    /** A date of birth, or a birth year alone; only the year is kept. */
    BIRTH_YEAR,
    /** A month: 2026-01, 01/2026, January 2026. */
    MONTH,
    NATIONALITY,
    /** "China (12); Vietnam (3)", "CHN:12, VNM:3", or one nationality with no count. */
    NATIONALITY_COUNTS,
    WHOLE_NUMBER,
    DECIMAL,
    /** A passport number: stored only as a keyed hash with the holder's nationality. */
    PASSPORT,
    /** Read for the raw record, not stored. */
    IGNORE;

    public static FieldType fromYaml(String value) {
        if (value == null) {
            return null;
        }
        String key = value.trim().toUpperCase().replace('-', '_');
        for (FieldType t : values()) {
            if (t.name().equals(key)) {
                return t;
            }
        }
        return null;
    }
}
