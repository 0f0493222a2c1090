package org.tonle.normalise;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class NationalityResolverTest {

    private static NationalityResolver resolver;

    @BeforeAll
    static void load() {
        long start = System.nanoTime();
        resolver = NationalityResolver.fromDirectory(NationalityTablesTest.SHIPPED);
        System.out.printf("NationalityResolver loaded in %d ms%n", (System.nanoTime() - start) / 1_000_000);
    }

    @Test
    void dimensionIsIsoPlusIcaoCodes() {
        List<Nationality> dim = resolver.dimension();
        assertEquals(254, dim.size());
        assertTrue(dim.contains(new Nationality("BGD", "BD", "050", "Bangladesh")));
        assertTrue(dim.contains(new Nationality("RKS", "XK", "", "Kosovo")));
        for (String icao : List.of("XXA", "XXB", "XXC", "XXX")) {
            assertTrue(dim.stream().anyMatch(n -> n.iso3().equals(icao) && n.iso2().isEmpty()), icao);
        }
        assertEquals(254, dim.stream().map(Nationality::iso3).distinct().count());
    }

    @Test
    void everyCodeAndIsoNameOfTheDimensionResolvesToItsRow() {
        NationalityReference ref = NationalityReference.load(NationalityTablesTest.SHIPPED);
        for (Nationality n : resolver.dimension()) {
            // held back on purpose: NA ("not available" in spreadsheets), Congo, Guinea (see ambiguous.csv)
            Stream.of(n.iso3(), n.iso2(), n.numericCode(), n.nameEn())
                    .filter(v -> !v.isEmpty() && !ref.held.containsKey(NationalityKey.of(v)))
                    .forEach(v -> assertEquals(n.iso3(), resolver.resolve(v).value(), () -> v + ": "
                            + resolver.resolve(v).reason()));
        }
    }

    @Test
    void holdsBackAmbiguousNationalityWithTheCandidates() {
        assertEquals("nationality 'Korea' is held back (could be KOR, PRK): North or South is not stated.",
                resolver.resolve("Korea").reason());
        assertTrue(resolver.resolve("UNK").reason().contains("UNMIK"));
        assertTrue(resolver.resolve("Nga").reason().contains("NGA, RUS"), resolver.resolve("Nga").reason());
    }

    @Test
    void namesBothStatesWhenATypingMistakeIsCloseToBoth() {
        String reason = resolver.resolve("Nigera").reason();
        assertTrue(reason.startsWith("nationality 'Nigera' "), reason);
        assertTrue(reason.contains("'niger' (NER)") && reason.contains("'nigeria' (NGA)"), reason);
    }

    @Test
    void saysWhyAnUnassignedCodeOrAnUnknownNameIsHeldBack() {
        assertEquals("nationality 'ZZ' is not an assigned ISO 3166-1 code.", resolver.resolve("ZZ").reason());
        assertEquals("nationality '999' is not an assigned ISO 3166-1 code.", resolver.resolve("999").reason());
        assertEquals("nationality 'Atlantis' is not known; add it to config/reference/nationality-aliases.csv.",
                resolver.resolve("Atlantis").reason());
        assertEquals("nationality is blank", resolver.resolve(null).reason());
        assertEquals("nationality is blank", resolver.resolve(" \u00A0 ").reason());
    }

    @Test
    void aRepeatedValueIsServedFromTheCache() {
        String raw = new String("Cambodai");
        assertSame(resolver.resolve(raw), resolver.resolve("Cambodai"));
    }

    @Test
    void anOperatorAliasMakesAnUnknownValueResolve(@TempDir Path dir) throws IOException {
        Path ref = copyShipped(dir);
        assertFalse(NationalityResolver.fromDirectory(ref).resolve("Cambodge").ok());
        assertFalse(NationalityResolver.fromDirectory(ref).resolve("Korea").ok());
        append(ref, "Cambodge,KHM,seen in immigration feed 2026-02\nKorea,KOR,this ministry only means South\n");
        NationalityResolver withAlias = NationalityResolver.fromDirectory(ref);
        assertEquals("KHM", withAlias.resolve("CAMBODGE").value());
        // the operator's file outranks ambiguous.csv: the decision is theirs, and recorded
        assertEquals("KOR", withAlias.resolve("Korea").value());
    }

    @Test
    void anAliasToAnUnknownCodeFailsTheLoadNamingFileLineAndValue(@TempDir Path dir) throws IOException {
        Path ref = copyShipped(dir);
        long lines = Files.readAllLines(ref.resolve(NationalityReference.ALIASES)).size();
        append(ref, "Cambodge,KHN,typo in the code\n");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> NationalityResolver.fromDirectory(ref));
        assertTrue(e.getMessage().contains("nationality-aliases.csv line " + (lines + 1)), e.getMessage());
        assertTrue(e.getMessage().contains("'Cambodge'") && e.getMessage().contains("'KHN'"), e.getMessage());
    }

    @Test
    void twoAliasesForOneValueMustAgree(@TempDir Path dir) throws IOException {
        Path ref = copyShipped(dir);
        append(ref, "Cambodge,KHM,\ncambodge,THA,\n");
        assertThrows(IllegalArgumentException.class, () -> NationalityResolver.fromDirectory(ref));
    }

    @Test
    void aMissingReferenceDirectoryOrColumnFailsTheLoad(@TempDir Path dir) throws IOException {
        assertThrows(IllegalArgumentException.class, () -> NationalityResolver.fromDirectory(dir.resolve("nope")));
        Path ref = copyShipped(dir);
        Files.writeString(ref.resolve(NationalityReference.ALIASES), "name,code\nx,KHM\n");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> NationalityResolver.fromDirectory(ref));
        assertTrue(e.getMessage().contains("'value'"), e.getMessage());
    }

    @Test
    void matchingKeysKeepTheVowelSignsOfKhmerThaiLaoAndBurmese() {
        assertEquals("កម្ពុជា", NationalityKey.of("កម្ពុជា"));
        assertEquals("កូរ៉េខាងត្បូង", NationalityKey.of("កូរ៉េ\u200Bខាង\u200Bត្បូង"));
        assertEquals("เกาหลีใต้", NationalityKey.of("เกาหลีใต้"));
        assertEquals("မြန်မာ", NationalityKey.of("မြန်မာ"));
        assertEquals("han quoc", NationalityKey.of(" Hàn  Quốc "));
        assertEquals("dai loan", NationalityKey.of("Đài Loan"));
        assertEquals("대한민국", NationalityKey.of("대한민국"));
    }

    static Path copyShipped(Path dir) throws IOException {
        Path ref = Files.createDirectories(dir.resolve("reference"));
        try (Stream<Path> files = Files.list(NationalityTablesTest.SHIPPED)) {
            for (Path f : files.toList()) {
                Files.copy(f, ref.resolve(f.getFileName()));
            }
        }
        return ref;
    }

    private static void append(Path ref, String rows) throws IOException {
        Path aliases = ref.resolve(NationalityReference.ALIASES);
        String text = Files.readString(aliases, StandardCharsets.UTF_8);
        if (!text.endsWith("\n")) {
            rows = "\n" + rows;
        }
        Files.writeString(aliases, rows, StandardCharsets.UTF_8, StandardOpenOption.APPEND);
    }
}
