package org.tonle.load;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.tonle.feed.FieldDefinition;
import org.tonle.feed.FieldType;
import org.tonle.normalise.DateReader;
import org.tonle.normalise.NationalityResolver;
import org.tonle.normalise.Resolution;
import org.tonle.read.Cell;

/** Text fields read by their text alone: a text seen before in a field reads as it did then. */
class FieldReaderTextTest {

    static NationalityResolver nationalities;

    @BeforeAll
    static void reference() {
        nationalities = NationalityResolver.fromDirectory(Path.of("config/reference"));
    }

    private static FieldDefinition field(String name, FieldType type) {
        return new FieldDefinition(name, List.of(name), type, false, Map.of(), null, null);
    }

    @Test
    void aRepeatedTextReadsAsTheFirstTimeInEachFieldWithoutBeingReadAgain() {
        FieldReader reader = new FieldReader(nationalities, new DateReader());
        FieldDefinition province = field("province", FieldType.TEXT);
        FieldDefinition nationality = field("nationality_iso3", FieldType.NATIONALITY);

        Resolution<?> first = reader.read(province, Cell.text(" ភ្នំពេញ\u00A0"), false);
        assertThat(first.ok()).isTrue();
        assertThat(first.value()).isEqualTo("ភ្នំពេញ");
        assertThat(reader.read(province, Cell.text(" ភ្នំពេញ\u00A0"), false)).isSameAs(first);
        assertThat(reader.read(nationality, Cell.text("People's Republic of China"), false).value()).isEqualTo("CHN");
        assertThat(reader.read(nationality, Cell.text("People's Republic of China"), false).value()).isEqualTo("CHN");
        Resolution<?> unknown = reader.read(nationality, Cell.text("Atlantis"), false);
        assertThat(unknown.ok()).isFalse();
        assertThat(reader.read(nationality, Cell.text("Atlantis"), false).reason()).isEqualTo(unknown.reason());
        // the same text in another field is that field's own reading
        assertThat(reader.read(province, Cell.text("Atlantis"), false).value()).isEqualTo("Atlantis");
        // a number cell is read by its kind, not by the text it shows
        assertThat(reader.read(province, Cell.number(5, "5"), false).value()).isEqualTo("5");
    }

    @Test
    void aFieldWhoseTextsDoNotRepeatIsStillReadRightOnceItIsNoLongerRemembered() {
        FieldReader reader = new FieldReader(nationalities, new DateReader());
        FieldDefinition id = field("operation_id", FieldType.TEXT);

        Resolution<?> early = reader.read(id, Cell.text("  OP 1  "), false);
        assertThat(reader.read(id, Cell.text("  OP 1  "), false)).isSameAs(early);
        for (int i = 0; i < 1_100; i++) {
            assertThat(reader.read(id, Cell.text("OP\u3000" + i + " "), false).value()).isEqualTo("OP " + i);
        }
        Resolution<?> late = reader.read(id, Cell.text("  OP 1  "), false);
        assertThat(late.value()).isEqualTo("OP 1");
        assertThat(late).isNotSameAs(early);   // read again: the field's texts are no longer kept
        assertThat(reader.read(id, Cell.text(""), false).value()).isNull();
    }

    @Test
    void aChoiceIsRememberedAsReadHeldBackOrNotAndALongTextIsReadEachTime() {
        FieldReader reader = new FieldReader(nationalities, new DateReader());
        FieldDefinition sex = new FieldDefinition("sex", List.of("Sex"), FieldType.CHOICE, false,
                Map.of("m", "M", "male", "M", "f", "F"), null, null);

        Resolution<?> male = reader.read(sex, Cell.text("Male"), false);
        assertThat(male.value()).isEqualTo("M");
        assertThat(reader.read(sex, Cell.text("Male"), false)).isSameAs(male);
        Resolution<?> other = reader.read(sex, Cell.text("X"), false);
        assertThat(other.ok()).isFalse();
        assertThat(other.reason()).startsWith("'X' is not one of ");
        assertThat(reader.read(sex, Cell.text("X"), false)).isSameAs(other);

        FieldDefinition remarks = field("remarks", FieldType.TEXT);
        String longRemark = "ការ ".repeat(60) + " end";   // over 200 characters
        Resolution<?> first = reader.read(remarks, Cell.text(longRemark), false);
        assertThat(first.value()).isEqualTo("ការ ".repeat(60).strip() + " end");
        Resolution<?> again = reader.read(remarks, Cell.text(longRemark), false);
        assertThat(again.value()).isEqualTo(first.value());
        assertThat(again).isNotSameAs(first);
    }
}
