package org.tonle.load;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.tonle.read.Cell;
import org.tonle.read.RawRow;

class ControlRowsTest {

    private final ControlRows rows = new ControlRows(List.of("total", "Grand-Total", "សរុប"));

    @ParameterizedTest
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            Total          | 209   | true
            TOTAL:         | 825   | true
            ' Grand total' | 48    | true
            grand-total    | 48    | true
            សរុប / Total   | 30    | true
            -              | Total | true
            Totals         | 3     | false
            Total persons deported | 209 | true
            Kim Min-jun    | Total | false
            12             | Total | false
            """)
    void findsTheControlRowByItsFirstNonEmptyCell(String first, String second, boolean control) {
        List<Cell> cells = new ArrayList<>();
        cells.add(first == null ? Cell.BLANK : Cell.text(first));
        cells.add(Cell.text(second));
        assertThat(rows.isControlRow(new RawRow("Sheet1", 40, cells))).isEqualTo(control);
    }
}
