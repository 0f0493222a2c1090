package org.tonle.load;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.tonle.feed.FeedCatalogue;
import org.tonle.feed.FeedDefinition;
import org.tonle.normalise.DateReader;
import org.tonle.normalise.NationalityResolver;
import org.tonle.normalise.PassportHasher;
import org.tonle.read.Cell;

/** One immigration row at a time through the normaliser, with today fixed at 25 November 2026. */
class RowNormaliserTest {

    static final LocalDate TODAY = LocalDate.of(2026, 11, 25);
    static final List<String> HEADERS = List.of("Full name", "Sex", "Date of birth", "Nationality", "Passport No.",
            "Date of arrest", "Date of deportation", "Status");
    static final List<String> FIELDS = List.of("full_name", "sex", "birth_year", "nationality_iso3", "passport_hmac",
            "arrest_date", "deportation_date", "status");

    static FeedDefinition immigration;
    static NationalityResolver nationalities;
    static PassportHasher passports = new PassportHasher("0123456789abcdef-test-key".getBytes(StandardCharsets.UTF_8));

    @BeforeAll
    static void reference() {
        immigration = FeedCatalogue.load(Path.of("jobs")).get("immigration");
        nationalities = NationalityResolver.fromDirectory(Path.of("config/reference"));
    }

    static StagedRow normalise(boolean declaredJanuary, String... cells) {
        LoadContext load = new LoadContext(1, immigration, null, "immigration/test.xlsx");
        if (declaredJanuary) {
            load.declaredPeriod(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 1, 31));
        }
        Map<String, Cell> byField = new LinkedHashMap<>();
        Map<String, String> headers = new LinkedHashMap<>();
        Map<String, Integer> columns = new LinkedHashMap<>();
        List<Cell> row = new ArrayList<>();
        for (int i = 0; i < FIELDS.size(); i++) {
            Cell cell = Cell.text(cells[i]);
            byField.put(FIELDS.get(i), cell);
            headers.put(FIELDS.get(i), HEADERS.get(i));
            columns.put(FIELDS.get(i), i + 1);
            row.add(cell);
        }
        SourceRecord record = new SourceRecord(SourceRecord.Kind.DATA, "Register", 14, byField, headers, columns, row);
        return new RowNormaliser(load, nationalities, new DateReader(), passports, TODAY, false).process(record);
    }

    @Test
    void aCleanRowKeepsNoNameAndOnlyAKeyedHashOfThePassport() {
        StagedRow row = normalise(false, "Kim Min-jun", "Male", "14/03/1994", "Republic of Korea", "m 123-4567",
                "02/01/2026", "23/01/2026", "Suspect");
        assertThat(row.kind()).isEqualTo(StagedRow.Kind.CLEAN);
        assertThat(row.fullName()).isNull();
        assertThat(row.periodKey()).isEqualTo("2026-01-23");
        assertThat(row.periodMonth()).isEqualTo("2026-01");
        assertThat(row.values()).containsEntry("sex", "M").containsEntry("birth_year", 1994)
                .containsEntry("nationality_iso3", "KOR").containsEntry("status", "SUSPECT")
                .containsEntry("passport_hmac", passports.hash("KOR", "M1234567"))
                .doesNotContainKey("full_name");
        assertThat(row.values().get("passport_hmac").toString()).hasSize(64).doesNotContain("1234567");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            blank name            | ''          | M | 1994       | KOR   | 02/01/2026 | 23/01/2026 | Suspect  | row 14, column B 'Full name': is blank but required
            unknown status        | Kim         | M | 1994       | KOR   | 02/01/2026 | 23/01/2026 | Detained | row 14, column I 'Status': 'Detained' is not one of suspect, victim, suspect/victim, victim/suspect
            unknown sex           | Kim         | X | 1994       | KOR   | 02/01/2026 | 23/01/2026 | Suspect  | row 14, column C 'Sex': 'X' is not one of m, male, ប្រុស, f, female, ស្រី
            ambiguous nationality | Kim         | M | 1994       | Korea | 02/01/2026 | 23/01/2026 | Suspect  | row 14, column E 'Nationality': nationality 'Korea' is held back (could be KOR, PRK): North or South is not stated.
            deported before arrest| Kim         | M | 1994       | KOR   | 24/01/2026 | 23/01/2026 | Suspect  | row 14, rule 'deportation_date must not be before arrest_date': 2026-01-23 vs 2026-01-24
            deportation in future | Kim         | M | 1994       | KOR   | 02/01/2026 | 01/12/2026 | Suspect  | row 14, rule 'deportation_date must not be in the future': 2026-12-01 is after today (2026-11-25)
            born in the future    | Kim         | M | 2027       | KOR   | 02/01/2026 | 23/01/2026 | Suspect  | row 14, rule 'birth_year must not be in the future': year 2027 is after 2026; rule 'birth_year must be before arrest_date': year 2027 vs 2026-01-02
            born after the arrest | Kim         | M | 03/03/2026 | KOR   | 02/01/2025 | 23/01/2026 | Suspect  | row 14, rule 'birth_year must be before arrest_date': year 2026 vs 2025-01-02
            month-first date      | Kim         | M | 1994       | KOR   | 02/01/2026 | 01/23/2026 | Suspect  | row 14, column H 'Date of deportation': date '01/23/2026' is not a day-first date (month 23 does not exist); day and month are never swapped
            two problems at once  | Kim         | M | 1994       | Nigera| 02/01/2026 | 31/02/2026 | Suspect  | row 14, column E 'Nationality': nationality 'Nigera' looks like a typing mistake but could mean more than one thing, so it is not guessed: 'niger' (NER), 'nigeria' (NGA).; column H 'Date of deportation': date '31/02/2026' is not a calendar date
            """)
    void holdsBackWithAReasonThatNamesRowColumnAndRule(String why, String name, String sex, String born,
                                                        String nationality, String arrested, String deported,
                                                        String status, String reason) {
        StagedRow row = normalise(false, name, sex, born, nationality, "M1234567", arrested, deported, status);
        assertThat(row.kind()).isEqualTo(StagedRow.Kind.HELD_BACK);
        assertThat(row.reason()).isEqualTo(reason);
    }

    @Test
    void aDeportationOutsideTheDeclaredPeriodIsHeldBackWithTheRuleNamed() {
        StagedRow row = normalise(true, "Kim", "F", "1990", "KOR", "", "02/01/2026", "03/02/2026", "Victim");
        assertThat(row.reason()).isEqualTo("row 14, rule 'deportation_date must fall inside the period the file "
                + "declares': 2026-02-03 is outside 2026-01-01 – 2026-01-31");
        assertThat(row.periodKey()).isEqualTo("2026-02-03");
    }

    @Test
    void theRawRecordMasksNameAndPassportAndCutsTheBirthDateToItsYear() {
        StagedRow row = normalise(false, "Kim Min-jun", "M", "14/03/1994", "Korea", "M1234567", "02/01/2026",
                "23/01/2026", "Suspect");
        assertThat(row.rawRecord()).isEqualTo("{\"Full name\":\"***\",\"Sex\":\"M\",\"Date of birth\":\"1994\","
                + "\"Nationality\":\"Korea\",\"Passport No.\":\"***\",\"Date of arrest\":\"02/01/2026\","
                + "\"Date of deportation\":\"23/01/2026\",\"Status\":\"Suspect\"}");
        assertThat(row.rawColumns()).isEqualTo("B,C,D,E,F,G,H,I");
    }
}
