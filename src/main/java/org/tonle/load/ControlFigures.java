package org.tonle.load;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.tonle.feed.ControlTotals;
import org.tonle.feed.FeedDefinition;
import org.tonle.normalise.NationalityResolver;
import org.tonle.normalise.Resolution;
import org.tonle.normalise.WholeNumbers;
import org.tonle.read.Cell;

/** The figures of a control row ("Total") or of a Summary sheet row. */
final class ControlFigures {

    static final String ALL = "ALL";
    static final String UNREADABLE = "???";

    private ControlFigures() {
    }

    static StagedRow of(SourceRecord record, FeedDefinition feed, NationalityResolver nationalities) {
        ControlTotals controls = feed.controls();
        List<StagedRow.ControlFigure> figures = new ArrayList<>();
        switch (record.kind()) {
            case CONTROL -> {
                controls.rowFields().forEach((field, measure) ->
                        number(record.cell(field)).ifPresent(v -> figures.add(
                                new StagedRow.ControlFigure("control row", ALL, measure, v))));
                if (controls.rowCountMeasure() != null) {
                    firstNumber(record.rowCells()).ifPresent(v -> figures.add(
                            new StagedRow.ControlFigure("control row", ALL, controls.rowCountMeasure(), v)));
                }
            }
            case SUMMARY, SUMMARY_TOTAL -> {
                String nationality = ALL;
                if (record.kind() == SourceRecord.Kind.SUMMARY) {
                    Resolution<String> r = nationalities.resolve(FieldReader.text(record.cell("nationality")) + "");
                    nationality = r.ok() ? r.value() : UNREADABLE;
                }
                for (Map.Entry<String, List<String>> m : controls.summarySheet().measureHeaders().entrySet()) {
                    String n = nationality;
                    number(record.cell(m.getKey())).ifPresent(v -> figures.add(
                            new StagedRow.ControlFigure("summary sheet", n, m.getKey(), v)));
                }
            }
            default -> throw new IllegalArgumentException("not a control record: " + record.kind());
        }
        return StagedRow.control(record.rowNumber(), record.sheet(), figures);
    }

    private static java.util.Optional<Long> number(Cell cell) {
        Resolution<Long> r = WholeNumbers.read(cell);
        return r.ok() ? java.util.Optional.ofNullable(r.value()) : java.util.Optional.empty();
    }

    /** The first number after the marker cell: "Total | | 209". */
    private static java.util.Optional<Long> firstNumber(List<Cell> cells) {
        boolean afterMarker = false;
        for (Cell cell : cells) {
            if (cell.isBlank()) {
                continue;
            }
            if (afterMarker) {
                var n = number(cell);
                if (n.isPresent()) {
                    return n;
                }
            }
            afterMarker = true;
        }
        return java.util.Optional.empty();
    }
}
