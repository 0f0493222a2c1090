package org.tonle.normalise;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.junit.jupiter.api.Test;

/** The shipped tables themselves: no key may silently name two states. */
class NationalityTablesTest {

    static final Path SHIPPED = Path.of("config/reference");

    @Test
    void shippedTablesHaveNoCollisionsOutsideAmbiguousCsv() {
        NationalityReference ref = NationalityReference.load(SHIPPED);
        Map<String, List<NationalityReference.Source>> unintended = new TreeMap<>();
        ref.keys.forEach((key, sources) -> {
            boolean codeWins = ref.codesOf(key, true).size() == 1;
            if (ref.codesOf(key).size() > 1 && !ref.held.containsKey(key) && !codeWins) {
                unintended.put(key, sources);
            }
        });
        unintended.forEach((key, sources) -> System.out.println("COLLISION '" + key + "': " + sources));
        assertEquals(Map.of(), unintended, "add these to ambiguous.csv or fix the table that is wrong");
    }

    /** Every row of the name tables comes back as its own code, unless it is held back on purpose. */
    @Test
    void everyShippedNameResolvesToItsOwnCode() {
        NationalityReference ref = NationalityReference.load(SHIPPED);
        NationalityResolver resolver = NationalityResolver.fromDirectory(SHIPPED);
        int checked = 0;
        for (String file : List.of(NationalityReference.NAMES, NationalityReference.EXTRA)) {
            for (NationalityCsv.Row row : NationalityCsv.read(SHIPPED.resolve(file), "value", "iso3")) {
                String key = NationalityKey.of(row.get("value"));
                if (ref.held.containsKey(key) || ref.codesOf(key).size() > 1) {
                    // held back, or told apart by how it is written (Áo is Austria, AO is Angola)
                    Resolution<String> r = resolver.resolve(row.get("value"));
                    assertTrue(!r.ok() || r.value().equals(row.get("iso3")), row.get("value") + " -> " + r.value());
                    continue;
                }
                assertEquals(row.get("iso3"), resolver.resolve(row.get("value")).value(),
                        () -> file + " line " + row.line() + " '" + row.get("value") + "'");
                checked++;
            }
        }
        assertTrue(checked > 3000, "checked " + checked);
    }

    /** Names that fold to a letter code of another state: resolved by case, see NationalityResolver. */
    @Test
    void onlyKnownNamesLookLikeCodesOfOtherStates() {
        NationalityReference ref = NationalityReference.load(SHIPPED);
        Map<String, Set<String>> overlaps = new TreeMap<>();
        ref.keys.forEach((key, sources) -> {
            if (ref.codesOf(key).size() > 1 && ref.codesOf(key, true).size() == 1 && !ref.held.containsKey(key)) {
                overlaps.put(key, ref.codesOf(key));
            }
        });
        System.out.println("code/name overlaps: " + overlaps);
        // Vietnamese: Áo (Austria) = AO Angola, Bỉ (Belgium) = BI Burundi, Nga (Russia) = NGA Nigeria
        assertEquals(Map.of("ao", Set.of("AGO", "AUT"), "bi", Set.of("BDI", "BEL"), "nga", Set.of("NGA", "RUS")),
                overlaps);
    }
}
