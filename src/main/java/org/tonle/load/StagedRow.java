package org.tonle.load;

import java.util.List;
import java.util.Map;

/**
 * What the normaliser makes of one source record: a clean row for the target table, a held-back row
 * with its reason, or the sender's control totals. {@code bulkLine} is a clean row already written
 * as a line of the bulk load's text ({@link StagingWriter#prepare}), or null; {@code spooled} the
 * chunk file that line went to ({@link ChunkSpool}), or null.
 */
public record StagedRow(Kind kind, int sourceRow, String sheet, String periodKey, String periodMonth,
                        Map<String, Object> values, List<NationalityCount> nationalityCounts, String fullName,
                        String nationalityIso3, String reason, String rawRecord, String rawColumns,
                        List<ControlFigure> controls, String bulkLine, ChunkSpool.Segment spooled) {

    public enum Kind { CLEAN, HELD_BACK, CONTROL }

    public record NationalityCount(String iso3, long count) {
    }

    /** A figure the sender declares: for one nationality ("ALL" for the whole file) and measure. */
    public record ControlFigure(String source, String nationalityIso3, String measure, long declared) {
    }

    static StagedRow clean(int row, String sheet, String periodKey, String periodMonth, Map<String, Object> values,
                           List<NationalityCount> counts, String fullName) {
        return new StagedRow(Kind.CLEAN, row, sheet, periodKey, periodMonth, values, counts, fullName,
                null, null, null, null, List.of(), null, null);
    }

    static StagedRow heldBack(int row, String sheet, String periodKey, String nationalityIso3, String reason,
                              String rawRecord, String rawColumns) {
        return new StagedRow(Kind.HELD_BACK, row, sheet, periodKey, null, Map.of(), List.of(), null,
                nationalityIso3, reason, rawRecord, rawColumns, List.of(), null, null);
    }

    static StagedRow control(int row, String sheet, List<ControlFigure> figures) {
        return new StagedRow(Kind.CONTROL, row, sheet, null, null, Map.of(), List.of(), null, null, null, null,
                null, figures, null, null);
    }

    /**
     * This row with its line of bulk text (a clean row; null for others) and its chunk file. A clean
     * row's values map is dropped: the line holds them (nothing reads a written row's values), and a
     * row waiting in the read-ahead queue keeps only what is still to be sent.
     */
    StagedRow withBulk(String line, ChunkSpool.Segment segment) {
        return new StagedRow(kind, sourceRow, sheet, periodKey, periodMonth, line == null ? values : Map.of(),
                nationalityCounts, fullName, nationalityIso3, reason, rawRecord, rawColumns, controls, line, segment);
    }
}
