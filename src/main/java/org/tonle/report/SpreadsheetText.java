package org.tonle.report;

/**
 * Text for a cell of a CSV or xlsx file that Tonle writes. A spreadsheet treats a cell starting with
 * = + - @ (or a tab or carriage return before one) as a formula, so text sent by a ministry could run
 * as a formula on an analyst's machine (CSV injection). Following OWASP, such a cell is prefixed with
 * a single quote, which the spreadsheet shows as text. Every export must pass its cells through here.
 */
public final class SpreadsheetText {

    private SpreadsheetText() {
    }

    /** The text as a spreadsheet will show it, never as a formula; null stays null. */
    public static String escapeFormula(String text) {
        if (text == null || text.isEmpty()) {
            return text;
        }
        return switch (text.charAt(0)) {
            case '=', '+', '-', '@', '\t', '\r' -> "'" + text;
            default -> text;
        };
    }
}
