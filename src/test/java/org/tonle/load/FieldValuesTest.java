package org.tonle.load;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A row's values in an array by the feed's field order, behaving as the map it replaced. */
class FieldValuesTest {

    private final FieldValues.Names names = new FieldValues.Names(List.of("date", "nationality_iso3", "count", "note"));

    @Test
    void aNullValueIsPresentAndAFieldNeverSetIsAbsent() {
        FieldValues values = new FieldValues(names);
        values.set(0, "2026-01-09");
        values.put("note", null);

        assertThat(values).hasSize(2).containsEntry("date", "2026-01-09").containsKey("note")
                .doesNotContainKey("count").doesNotContainKey("remarks");
        assertThat(values.get("note")).isNull();
        assertThat(values.at(2)).isNull();
        assertThat(values.get("not a field")).isNull();
        assertThat(values.toString()).isEqualTo("{date=2026-01-09, note=null}");
    }

    @Test
    void itEqualsTheLinkedHashMapOfTheSameEntriesAndIteratesInTheFeedsOrderWhateverOrderValuesCameIn() {
        FieldValues values = new FieldValues(names);
        values.put("count", 3L);
        values.put("date", "2026-01-09");
        values.put("nationality_iso3", "THA");
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("nationality_iso3", "THA");
        map.put("count", 3L);
        map.put("date", "2026-01-09");

        assertThat(values).isEqualTo(map);
        assertThat(map).isEqualTo(values);
        assertThat(values.hashCode()).isEqualTo(map.hashCode());
        assertThat(values.keySet()).containsExactly("date", "nationality_iso3", "count");
        assertThat(values.put("count", 4L)).isEqualTo(3L);
        assertThat(values.at(2)).isEqualTo(4L);
    }

    @Test
    void removingGivesTheValueBackOnceAndTheIteratorRemovesToo() {
        FieldValues values = new FieldValues(names);
        values.set(1, "KHM");
        values.set(3, "x");

        assertThat(values.remove("nationality_iso3")).isEqualTo("KHM");
        assertThat(values.remove("nationality_iso3")).isNull();
        assertThat(values.removeAt(1)).isNull();
        assertThat(values).hasSize(1);
        var it = values.entrySet().iterator();
        assertThat(it.next().getKey()).isEqualTo("note");
        it.remove();
        assertThat(values).isEmpty();
        assertThat(it.hasNext()).isFalse();
        assertThatThrownBy(it::remove).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void aNameThatIsNotTheFeedsFieldCannotBePutAndNamesKnowTheirOrder() {
        FieldValues values = new FieldValues(names);

        assertThatThrownBy(() -> values.put("remarks", "x")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'remarks' is not one of the feed's fields");
        assertThat(names.are(List.of("date", "nationality_iso3", "count", "note"))).isTrue();
        assertThat(names.are(List.of("date", "count", "nationality_iso3", "note"))).isFalse();
        assertThat(names.indexOf(new String("count"))).isEqualTo(2);
    }
}
