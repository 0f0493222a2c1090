package org.tonle.feed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FeedCatalogueTest {

    @TempDir
    Path dir;

    @Test
    void theShippedFeedsAreValid() {
        FeedCatalogue feeds = FeedCatalogue.load(Path.of("jobs"));
        assertThat(feeds.names()).containsExactly("courts", "immigration", "interior-stats", "police");
        FeedDefinition police = feeds.get("police");
        assertThat(police.target()).isEqualTo(Target.ARREST);
        assertThat(police.versioning()).isEqualTo(new Versioning(Versioning.By.MONTH, List.of("operation_date"), false));
        assertThat(police.field("of_which_female").orElseThrow().notAbove()).isEqualTo("suspects_arrested");
        assertThat(feeds.get("immigration").controls().summarySheet().sheet()).isEqualTo("Summary");
        assertThat(feeds.get("immigration").field("sex").orElseThrow().choices()).containsEntry("ស្រី", "F");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            target: arrest             | target: arrests          | target: unknown target 'arrests'; allowed: deportation, arrest, court_case, published_stat
            field: province,           | field: "x`; DROP TABLE arrest",  | fields[2].field: 'x`; DROP TABLE arrest' is not a column of arrest
            type: whole_number, required: true} | type: count, required: true} | fields[4].type: unknown type 'count'; allowed: [text, name, choice, date, birth_year, month, nationality, nationality_counts, whole_number, decimal, passport, ignore]
            by: month                  | by: week                 | versioning.by: expected day, month or key
            notAbove: suspects_arrested | notAbove: suspects_arrested, colour: red | fields[5].colour: unknown key; allowed here: field, headers, type, required, choices, notAbove, issuer
            rule: not_future, field: operation_date | rule: not_future, field: arrest_date | rules[0].field: 'arrest_date' is not a field of this feed
            {sum: of_which_female}     | {sum: of_which_female, count: true} | controls.measures.of_which_female: a measure is either count: true or sum: FIELD
            """)
    void aMistakeNamesTheFileAndTheKey(String from, String to, String message) throws Exception {
        String police = Files.readString(Path.of("jobs/police.yml"));
        assertThat(police).contains(from);
        Path file = dir.resolve("police.yml");
        Files.writeString(file, police.replace(from, to));
        assertThatThrownBy(() -> FeedCatalogue.load(dir)).isInstanceOf(FeedDefinitionException.class)
                .hasMessage(file + ": " + message);
    }

    @Test
    void notYamlAtAllIsRefusedWithTheFile() throws Exception {
        Path file = dir.resolve("broken.yml");
        Files.writeString(file, "name: [unclosed");
        assertThatThrownBy(() -> FeedCatalogue.load(dir)).hasMessageStartingWith(file + ": is not valid YAML");
    }

    @Test
    void yamlThatAsksForAJavaObjectIsRefused() throws Exception {
        Path file = dir.resolve("evil.yml");
        Files.writeString(file, "name: !!java.io.File [\"/etc/passwd\"]\n");
        assertThatThrownBy(() -> FeedCatalogue.load(dir)).hasMessageStartingWith(file + ": is not valid YAML");
    }
}
