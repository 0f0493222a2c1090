package org.tonle.feed;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

class FieldDefinitionTest {

    private final FieldDefinition sex = new FieldDefinition("sex", List.of("Sex"), FieldType.CHOICE, false,
            Map.of("female", "F", "male", "M", "ស្រី", "F"), null, null);

    @Test
    void aWrittenChoiceIsLookedUpWithoutCaseOrWhiteSpace() {
        assertEquals("F", sex.choice("Female"));
        assertEquals("F", sex.choice(" F E M A L E\t"));
        assertEquals("F", sex.choice("fe\r\nmale\u000B\f"));
        assertEquals("M", sex.choice("MALE"));
        assertEquals("F", sex.choice("ស្រី"));
        // a no-break space is not white space to \s: "female" written with one is not a choice
        assertNull(sex.choice("fe\u00A0male"));
        assertNull(sex.choice("femal"));
    }

    @Test
    void theKeyIsWhatTheRegularExpressionGave() {
        String alphabet = "aB \t\n\u000B\f\r\u00A0\u2003ស្រីİI";
        Random random = new Random(7);
        for (int n = 0; n < 20_000; n++) {
            StringBuilder text = new StringBuilder();
            for (int i = random.nextInt(9); i > 0; i--) {
                text.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            String written = text.toString();
            assertEquals(written.toLowerCase(Locale.ROOT).replaceAll("\\s+", ""), FieldDefinition.choiceKey(written),
                    () -> "for " + written.chars().mapToObj(c -> String.format("U+%04X", c)).toList());
        }
    }
}
