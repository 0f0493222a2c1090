package org.tonle.hostile;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.tonle.report.SpreadsheetText;

/** OWASP CSV injection: a cell that a spreadsheet would read as a formula gets a leading quote. */
class SpreadsheetTextTest {

    static Stream<String> formulas() {
        return Stream.of("=HYPERLINK(\"http://x\")", "+1+1", "-2+3", "@SUM(A1)", "=cmd|' /C calc'!A0", "\t=1+1",
                "\r=1+1", "=", "-", "-12");
    }

    @ParameterizedTest
    @MethodSource("formulas")
    void formulaLeadingCellsAreQuoted(String text) {
        assertThat(SpreadsheetText.escapeFormula(text)).isEqualTo("'" + text);
    }

    static Stream<String> plainTexts() {
        return Stream.of("'); DROP TABLE arrest; --", "Phnom Penh", "ភ្នំពេញ", "1+1", "a=b", "'quoted", " =1", "12");
    }

    @ParameterizedTest
    @MethodSource("plainTexts")
    void otherTextIsUnchanged(String text) {
        assertThat(SpreadsheetText.escapeFormula(text)).isEqualTo(text);
    }

    @Test
    void nothingStaysNothing() {
        assertThat(SpreadsheetText.escapeFormula(null)).isNull();
        assertThat(SpreadsheetText.escapeFormula("")).isEmpty();
    }
}
