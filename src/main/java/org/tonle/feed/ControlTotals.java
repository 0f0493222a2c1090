package org.tonle.feed;

import java.util.List;
import java.util.Map;

/**
 * The sender's own totals and how they are checked against what was loaded.
 *
 * @param markers        first non-empty cell of a control row, folded ("total", "grand total", "សរុប")
 * @param rowFields      for a control row: field → measure its figure declares
 * @param rowCountMeasure for registers of persons: the measure the first number of a control row declares
 * @param measures       measure → how it is computed from loaded rows
 * @param summarySheet   a sheet of per-nationality control totals, or null
 */
public record ControlTotals(List<String> markers, Map<String, String> rowFields, String rowCountMeasure,
                            Map<String, Measure> measures, SummarySheet summarySheet) {

    /** COUNT of rows (optionally where a column equals a value) or SUM of a column. */
    public record Measure(String count, String sum, String whereField, String whereValue) {
    }

    /** A sheet with a nationality column and one column per measure. */
    public record SummarySheet(String sheet, List<String> nationalityHeaders, Map<String, List<String>> measureHeaders) {
    }
}
