package org.tonle.feed;

/**
 * A rule between dates of one row, or between a date and the file: each held-back reason names it.
 *
 * @param kind  NOT_FUTURE, NOT_BEFORE (field on or after other), BEFORE (field strictly before other),
 *              IN_DECLARED_PERIOD
 */
public record DateRule(Kind kind, String field, String other) {

    public enum Kind { NOT_FUTURE, NOT_BEFORE, BEFORE, IN_DECLARED_PERIOD }

    public String describe() {
        return switch (kind) {
            case NOT_FUTURE -> field + " must not be in the future";
            case NOT_BEFORE -> field + " must not be before " + other;
            case BEFORE -> field + " must be before " + other;
            case IN_DECLARED_PERIOD -> field + " must fall inside the period the file declares";
        };
    }
}
