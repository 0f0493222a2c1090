package org.tonle.read;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class LayoutDetectorTest {

    private static final Map<String, List<String>> FIELDS = new LinkedHashMap<>();

    static {
        FIELDS.put("full_name", List.of("Full name", "Name"));
        FIELDS.put("nationality_iso3", List.of("Nationality"));
        FIELDS.put("passport_hmac", List.of("Passport No."));
        FIELDS.put("deportation_date", List.of("Date of deportation"));
    }

    private final LayoutDetector detector = new LayoutDetector(FIELDS,
            Set.of("full_name", "nationality_iso3", "deportation_date"));

    private static RawRow row(int number, String... cells) {
        List<Cell> list = new ArrayList<>();
        for (String c : cells) {
            list.add(c == null ? Cell.BLANK : Cell.text(c));
        }
        return new RawRow("Register", number, list);
    }

    @Test
    void findsTheEnglishHeaderBelowTitleRowsAndAKhmerHeaderRow() throws Exception {
        SheetLayout layout = detector.detect(List.of(
                row(1, "Ministry of Interior"),
                row(2, "Deportation date: 23/01/2026"),
                row(3, "ល.រ", "ឈ្មោះ", "សញ្ជាតិ", "លិខិតឆ្លងដែន", "ថ្ងៃបណ្តេញចេញ"),
                row(4, "No.", "FULL  NAME", "nationality", "Passport no", "Date of Deportation", "Remarks"),
                row(5, "1", "Kim Min-jun", "KOR", "M1234567", "23/01/2026")), "f.xlsx, sheet 'Register'");
        assertThat(layout.headerRow()).isEqualTo(4);
        assertThat(layout.columns()).containsExactly(Map.entry("full_name", 1), Map.entry("nationality_iso3", 2),
                Map.entry("passport_hmac", 3), Map.entry("deportation_date", 4));
        assertThat(layout.headers()).containsEntry("full_name", "FULL  NAME");
        assertThat(layout.titleLines()).containsExactly("Ministry of Interior", "Deportation date: 23/01/2026",
                "ល.រ ឈ្មោះ សញ្ជាតិ លិខិតឆ្លងដែន ថ្ងៃបណ្តេញចេញ");
    }

    @Test
    void readsKhmerAndEnglishOnTwoLinesOfOneCellInAnyColumnOrder() throws Exception {
        SheetLayout layout = detector.detect(List.of(
                row(1, "ថ្ងៃបណ្តេញចេញ\nDate of deportation", "សញ្ជាតិ\nNationality", "ឈ្មោះ\r\nName")), "f.xlsx");
        assertThat(layout.columns()).containsExactly(Map.entry("deportation_date", 0),
                Map.entry("nationality_iso3", 1), Map.entry("full_name", 2));
        assertThat(layout.headers()).containsEntry("nationality_iso3", "សញ្ជាតិ Nationality");
    }

    @Test
    void aMissingRequiredColumnNamesItsHeader() {
        assertThatThrownBy(() -> detector.detect(List.of(row(1, "Title"), row(2, "Name", "Passport No.", "Date of deportation")),
                "f.xlsx, sheet 'Register'")).isInstanceOf(LayoutException.class)
                .hasMessage("f.xlsx, sheet 'Register', header row 2: required column 'Nationality' not found");
    }

    @Test
    void noHeaderAtAllIsSaid() {
        assertThatThrownBy(() -> detector.detect(List.of(row(1, "a", "b"), row(2, "1", "2")), "f.csv"))
                .hasMessage("f.csv: no header row found in the first 40 rows; expected columns such as 'Full name', "
                        + "'Nationality', 'Passport No.', 'Date of deportation'");
    }
}
