package org.tonle.normalise;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvFileSource;

/** The table of values seen or expected in the ministries' files, each with its exact outcome. */
class NationalityCasesTest {

    private static final Pattern ESCAPE = Pattern.compile("\\\\u([0-9A-Fa-f]{4})");
    private static NationalityResolver resolver;

    @BeforeAll
    static void load() {
        resolver = NationalityResolver.fromDirectory(NationalityTablesTest.SHIPPED);
    }

    @ParameterizedTest(name = "[{index}] ''{0}'' -> {1} ({2})")
    @CsvFileSource(resources = "/nationality-cases.csv", numLinesToSkip = 1, encoding = "UTF-8")
    void resolvesExactlyOrHoldsBack(String written, String expected, String why) {
        String raw = unescape(written == null ? "" : written);
        Resolution<String> r = resolver.resolve(raw);
        if (expected.equals("HELD_BACK")) {
            assertFalse(r.ok(), () -> "'" + raw + "' should be held back (" + why + ") but gave " + r.value());
            assertNull(r.value());
            if (raw.isBlank()) {
                assertEquals("nationality is blank", r.reason());
            } else {
                assertTrue(r.reason().contains("'" + raw + "'"), () -> "reason must quote the raw value: " + r.reason());
            }
            assertFalse(r.reason().contains("\n"), r.reason());
        } else {
            assertTrue(r.ok(), () -> "'" + raw + "' (" + why + ") was held back: " + r.reason());
            assertEquals(expected, r.value(), () -> "'" + raw + "' (" + why + ")");
        }
    }

    /** Invisible characters (U+200B, U+00A0, U+FEFF) are written as backslash-u escapes in the table. */
    static String unescape(String text) {
        Matcher m = ESCAPE.matcher(text);
        StringBuilder sb = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(sb, Matcher.quoteReplacement(String.valueOf((char) Integer.parseInt(m.group(1), 16))));
        }
        m.appendTail(sb);
        return sb.toString();
    }
}
