package org.tonle.feed;

import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * One column of a feed.
 *
 * @param name      the warehouse column it fills (checked against the feed's {@link Target})
 * @param headers   the English header texts that identify it, compared folded
 * @param choices   for CHOICE: folded written form → stored value
 * @param notAbove  for WHOLE_NUMBER: the field whose value this one may not exceed
 * @param issuer    for PASSPORT: the nationality field of the issuing state
 */
public record FieldDefinition(String name, List<String> headers, FieldType type, boolean required,
                              Map<String, String> choices, String notAbove, String issuer) {

    /** For CHOICE: the stored value a written form stands for (compared as {@link #choiceKey}), else null. */
    public String choice(String written) {
        return choices.get(choiceKey(written));
    }

    /**
     * A written choice as it is looked up: lower case, without white space ("Female ", "F E M A L E" and
     * "female" are one). The same as {@code toLowerCase(ROOT).replaceAll("\\s+", "")}, without compiling a
     * pattern for every cell (two choice fields a row in the immigration feed).
     */
    public static String choiceKey(String written) {
        String lower = written.toLowerCase(Locale.ROOT);
        StringBuilder key = null;
        for (int i = 0; i < lower.length(); i++) {
            char c = lower.charAt(i);
            boolean space = c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
            if (space && key == null) {
                key = new StringBuilder(lower.length()).append(lower, 0, i);
            } else if (!space && key != null) {
                key.append(c);
            }
        }
        return key == null ? lower : key.toString();
    }
}
